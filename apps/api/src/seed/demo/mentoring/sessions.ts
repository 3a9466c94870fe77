import { SessionFormat } from '@metodset/shared';
import { DemoSession } from '../mentoring.types';

/** A meeting that took place (on the planned day unless `on` says otherwise). */
export const held = (plannedOn: string, format: SessionFormat, topic: string, durationMinutes: number, notes: string, on = plannedOn): DemoSession => ({
  plannedOn,
  format,
  topic,
  held: { on, durationMinutes, notes },
});

/** A meeting of the plan that has not taken place (yet). */
export const planned = (plannedOn: string, format: SessionFormat, topic: string): DemoSession => ({ plannedOn, format, topic });
