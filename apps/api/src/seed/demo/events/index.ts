import { DemoEvent } from '../events.types';
import { FRIENDS_EVENTS } from './friends.data';
import { PODPOROZHYE_EVENTS } from './podporozhye.data';
import { TIMASHEVSK_EVENTS } from './timashevsk.data';

export const DEMO_EVENTS: DemoEvent[] = [...FRIENDS_EVENTS, ...PODPOROZHYE_EVENTS, ...TIMASHEVSK_EVENTS];
