import { DemoCampaign } from '../diagnostics.types';
import { VORKUTA_CAMPAIGNS } from './vorkuta.data';

/** Demo diagnostic campaigns (seed 003, Воркута). People, organisations and networks by their demo keys. */
export const DEMO_CAMPAIGNS: DemoCampaign[] = [...VORKUTA_CAMPAIGNS];
