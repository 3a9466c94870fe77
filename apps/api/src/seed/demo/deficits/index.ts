export { FRAMEWORK_CODE, FRIENDS_SELF_DIAGNOSES } from './friends.data';
export type { DemoSelfDiagnosis } from './friends.data';
export { DEMO_FREE_TEXT, demoOption, PODPOROZHYE_CAMPAIGN, PODPOROZHYE_PROFILES } from './podporozhye.data';
export type { SchoolProfile } from './podporozhye.data';
