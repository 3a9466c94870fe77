import { DemoPlan } from '../plans.types';
import { ILLUSTRATIVE_PLANS } from './illustrative.data';
import { PODPOROZHYE_PLANS } from './podporozhye.data';
import { TIMASHEVSK_PLANS } from './timashevsk.data';
import { VORKUTA_PLANS } from './vorkuta.data';
import { YAROSLAVL_PLANS } from './yaroslavl.data';

/** The plans of the programmes in docs/seeds/ (002, 003, 001, 004) and one illustrative plan. */
export const DEMO_PLANS: DemoPlan[] = [...PODPOROZHYE_PLANS, ...VORKUTA_PLANS, ...YAROSLAVL_PLANS, ...TIMASHEVSK_PLANS, ...ILLUSTRATIVE_PLANS];
