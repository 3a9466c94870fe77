import { Injectable } from '@nestjs/common';
import type { WebhookEvent } from '@metodset/shared';
import { EntityManager } from 'typeorm';

/** What an event is about: the people and organisations it concerns (subscribers see it only when these lie in their scope). */
export interface DomainEventSubject {
  personIds?: (string | null)[];
  organizationIds?: (string | null)[];
  /** What the receiver gets as `data`: ids and a few facts, never personal details beyond ids. */
  data: Record<string, unknown>;
}

export type DomainEventListener = (m: EntityManager, event: WebhookEvent, subject: DomainEventSubject) => Promise<void>;

/**
 * Events of the domains (a route approved, a mentorship started, …) for whoever listens (webhooks). A domain emits
 * inside its own transaction, so a listener's writes (deliveries and their queue entries) commit with the change or
 * not at all; domains never depend on the listeners' modules.
 */
@Injectable()
export class DomainEvents {
  private readonly listeners: DomainEventListener[] = [];

  listen(listener: DomainEventListener): void {
    this.listeners.push(listener);
  }

  async emit(m: EntityManager, event: WebhookEvent, subject: DomainEventSubject): Promise<void> {
    for (const listener of this.listeners) await listener(m, event, subject);
  }
}
