import { DemoMentoring, DemoMentoringProgram, DemoMentorProfile } from '../mentoring.types';
import { FRIENDS_MENTORING } from './friends.data';
import { PODPOROZHYE_MENTORING } from './podporozhye.data';
import { TIMASHEVSK_MENTORING } from './timashevsk.data';
import { VORKUTA_MENTORING } from './vorkuta.data';
import { YAROSLAVL_MENTORING } from './yaroslavl.data';

/**
 * Mentoring of the programmes in docs/seeds/ (Ярославль, Подпорожье, Воркута, Тимашевск; «Будем дружить
 * школами» — illustrative, in its fictional schools): the mentor base, programmes, mentorships and their
 * sessions. People, organisations and networks are referred to by their demo keys.
 */
const ALL: DemoMentoring[] = [FRIENDS_MENTORING, YAROSLAVL_MENTORING, PODPOROZHYE_MENTORING, VORKUTA_MENTORING, TIMASHEVSK_MENTORING];

export const DEMO_MENTOR_PROFILES: DemoMentorProfile[] = ALL.flatMap((s) => s.profiles);
export const DEMO_MENTORING_PROGRAMS: DemoMentoringProgram[] = ALL.flatMap((s) => s.programs);
