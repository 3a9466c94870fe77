import { Injectable } from '@nestjs/common';
import { DeliveryState, WebhookEvent } from '@metodset/shared';
import { EntityManager } from 'typeorm';
import { AccessScope } from '../../common/auth/access-scope';
import { WebhookDeliveryEntity, WebhookSubscriptionEntity } from './sync.entity';

export interface DeliveryWithTarget {
  delivery: WebhookDeliveryEntity;
  url: string;
  secret: string;
  active: boolean;
}

/** All SQL of webhooks: subscriptions, the fan-out of an event to deliveries, the delivery log. */
@Injectable()
export class WebhookRepository {
  async insertSubscription(m: EntityManager, ownerAccountId: string, url: string, secret: string, events: WebhookEvent[], scope: AccessScope): Promise<WebhookSubscriptionEntity> {
    const repo = m.getRepository(WebhookSubscriptionEntity);
    return repo.save(
      repo.create({
        ownerAccountId,
        url,
        secret,
        events,
        scopeAll: scope.all,
        scopeRegionIds: [...scope.regionIds],
        scopeMunicipalityIds: [...scope.municipalityIds],
        scopeOrganizationIds: [...scope.organizationIds],
      }),
    );
  }

  async subscriptionsOf(m: EntityManager, ownerAccountId: string): Promise<WebhookSubscriptionEntity[]> {
    return m.getRepository(WebhookSubscriptionEntity).find({ where: { ownerAccountId }, order: { createdAt: 'DESC', id: 'ASC' } });
  }

  async findOwned(m: EntityManager, ownerAccountId: string, id: string, lock = false): Promise<WebhookSubscriptionEntity | null> {
    const q = m.getRepository(WebhookSubscriptionEntity).createQueryBuilder('s').where('s.id = :id AND s.owner_account_id = :ownerAccountId', { id, ownerAccountId });
    if (lock) q.setLock('pessimistic_write');
    return q.getOne();
  }

  async archive(m: EntityManager, id: string): Promise<void> {
    await m.query(`UPDATE webhook_subscription SET archived_at = coalesce(archived_at, now()) WHERE id = $1`, [id]);
  }

  async ownerOf(m: EntityManager, id: string): Promise<string | null> {
    const rows: { owner_account_id: string }[] = await m.query(`SELECT owner_account_id FROM webhook_subscription WHERE id = $1`, [id]);
    return rows[0]?.owner_account_id ?? null;
  }

  async restore(m: EntityManager, id: string): Promise<void> {
    await m.query(`UPDATE webhook_subscription SET archived_at = NULL WHERE id = $1`, [id]);
  }

  /**
   * One delivery per live subscription to this event whose owner's scope covers one of the organisations (given, or
   * where the people hold a position now). Returns the new deliveries' ids.
   */
  async fanOut(m: EntityManager, event: WebhookEvent, organizationIds: string[], personIds: string[], payload: object): Promise<string[]> {
    const rows: { id: string }[] = await m.query(
      `WITH orgs AS (
         SELECT o.id, o.municipality_id, mu.region_id
           FROM organization o JOIN municipality mu ON mu.id = o.municipality_id
          WHERE o.id = ANY($2::uuid[])
             OR o.id IN (SELECT p.organization_id FROM position p WHERE p.person_id = ANY($3::uuid[]) AND p.ended_on IS NULL)
       )
       INSERT INTO webhook_delivery (subscription_id, event, payload)
       SELECT s.id, CAST($1::text AS webhook_event), $4::jsonb
         FROM webhook_subscription s
        WHERE s.archived_at IS NULL AND $1::text = ANY(s.events)
          AND (s.scope_all OR EXISTS (SELECT 1 FROM orgs
                WHERE orgs.id = ANY(s.scope_organization_ids) OR orgs.municipality_id = ANY(s.scope_municipality_ids) OR orgs.region_id = ANY(s.scope_region_ids)))
       RETURNING id`,
      [event, organizationIds, personIds, JSON.stringify(payload)],
    );
    return rows.map((r) => r.id);
  }

  async delivery(m: EntityManager, id: string): Promise<DeliveryWithTarget | null> {
    const d = await m.getRepository(WebhookDeliveryEntity).findOne({ where: { id }, relations: { subscription: true } });
    if (!d || !d.subscription) return null;
    return { delivery: d, url: d.subscription.url, secret: d.subscription.secret, active: !d.subscription.archivedAt };
  }

  async attempted(m: EntityManager, id: string, state: DeliveryState, status: number | null, error: string | null): Promise<void> {
    await m.query(
      `UPDATE webhook_delivery SET attempts = attempts + 1, state = CAST($2::text AS delivery_state), last_status = $3, last_error = $4, last_attempt_at = now(),
              delivered_at = CASE WHEN $2::text = 'DELIVERED' THEN now() END
        WHERE id = $1`,
      [id, state, status, error?.slice(0, 500) ?? null],
    );
  }

  async deliveriesOf(m: EntityManager, ownerAccountId: string, subscriptionId: string | null, first: number): Promise<WebhookDeliveryEntity[]> {
    const q = m
      .getRepository(WebhookDeliveryEntity)
      .createQueryBuilder('d')
      .innerJoin('d.subscription', 's')
      .where('s.owner_account_id = :ownerAccountId', { ownerAccountId })
      .orderBy('d.created_at', 'DESC')
      .addOrderBy('d.id', 'ASC')
      .take(first);
    if (subscriptionId) q.andWhere('d.subscription_id = :subscriptionId', { subscriptionId });
    return q.getMany();
  }
}
