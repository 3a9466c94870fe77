import { DemoAssociation } from '../associations.types';
import { FRIENDS_ASSOCIATIONS } from './friends.data';
import { PODPOROZHYE_ASSOCIATIONS } from './podporozhye.data';
import { TIMASHEVSK_ASSOCIATIONS } from './timashevsk.data';
import { VORKUTA_ASSOCIATIONS } from './vorkuta.data';
import { YAROSLAVL_ASSOCIATIONS } from './yaroslavl.data';

/**
 * The associations of the five programmes in docs/seeds/ (ШМО, РМО, ПОС, groups, a council);
 * people, organisations and networks are referred to by their demo keys, municipalities by name.
 */
export const DEMO_ASSOCIATIONS: DemoAssociation[] = [
  ...FRIENDS_ASSOCIATIONS,
  ...YAROSLAVL_ASSOCIATIONS,
  ...PODPOROZHYE_ASSOCIATIONS,
  ...VORKUTA_ASSOCIATIONS,
  ...TIMASHEVSK_ASSOCIATIONS,
];
