import { EventKind, EventRecurrence, EventTiming } from '@metodset/shared';
import { DemoEvent } from '../events.types';

/**
 * Seed 004: «Проведение заседаний Координационного совета 4 раза в год» (план-график, 2020) within the project
 * 2020–2023. The seed gives no days, so the series is quarterly with each occurrence a whole quarter (a PERIOD): four a
 * year from the fourth quarter of 2020 (the council was set up in «Август-сентябрь 2020») to the end of 2023. Hosted by
 * the network of the regional resource centre. No attendance is given.
 */
export const TIMASHEVSK_EVENTS: DemoEvent[] = [
  {
    key: 'demo:event:timashevsk-coordination-council',
    title: 'Заседание Координационного совета',
    kind: EventKind.COORDINATION_COUNCIL,
    host: { networkKey: 'demo:network:timashevsk-krc' },
    timing: EventTiming.PERIOD,
    periodLabel: '4 раза в год',
    startsOn: '2020-10-01',
    endsOn: '2020-12-31',
    series: { frequency: EventRecurrence.QUARTERLY, interval: 1, until: '2023-12-31' },
    responsibleNote: '',
    source: 'План-график выполнения работ, 2020: «Проведение заседаний Координационного совета 4 раза в год» (seed 004)',
  },
];
