import { ILLUSTRATIVE_SITES } from './illustrative.data';
import { DemoStagingSite } from './staging.types';
import { TIMASHEVSK_SITES } from './timashevsk.data';

export const DEMO_STAGING_SITES: DemoStagingSite[] = [...TIMASHEVSK_SITES, ...ILLUSTRATIVE_SITES];
