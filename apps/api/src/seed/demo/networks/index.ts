import { DemoNetwork } from '../networks.types';
import { FRIENDS_NETWORK } from './friends.data';
import { ILLUSTRATIVE_NETWORK } from './illustrative.data';
import { PODPOROZHYE_NETWORK } from './podporozhye.data';
import { TIMASHEVSK_NETWORK } from './timashevsk.data';
import { VORKUTA_NETWORK } from './vorkuta.data';
import { YAROSLAVL_NETWORK } from './yaroslavl.data';

/** The networks of the five programmes in docs/seeds/ (and one illustrative network); organisations are referred to by registry keys. */
export const DEMO_NETWORKS: DemoNetwork[] = [
  FRIENDS_NETWORK,
  YAROSLAVL_NETWORK,
  PODPOROZHYE_NETWORK,
  VORKUTA_NETWORK,
  TIMASHEVSK_NETWORK,
  ILLUSTRATIVE_NETWORK,
];
