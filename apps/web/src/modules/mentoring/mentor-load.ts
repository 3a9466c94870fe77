/** A mentor's places: how many mentees they have now across programmes, and how many they take. */
export interface MentorLoadLike {
  load: number;
  capacity: number;
  freePlaces: number;
  available: boolean;
}

export type LoadLevel = 'free' | 'last' | 'full' | 'unavailable';

/** free: several places; last: one place left; full: none; unavailable: not taking mentees now. */
export function loadLevel(m: MentorLoadLike): LoadLevel {
  if (!m.available) return 'unavailable';
  if (m.freePlaces <= 0) return 'full';
  return m.freePlaces === 1 ? 'last' : 'free';
}

export function loadSeverity(level: LoadLevel): 'success' | 'warn' | 'danger' | 'secondary' {
  switch (level) {
    case 'free':
      return 'success';
    case 'last':
      return 'warn';
    case 'full':
      return 'danger';
    case 'unavailable':
      return 'secondary';
  }
}

/** Whether the mentor can take this many more mentees. */
export const canTake = (m: MentorLoadLike, mentees: number): boolean => m.available && m.freePlaces >= Math.max(mentees, 1);

/** The chosen mentors who have fewer free places than the mentees being assigned (the API will refuse them). */
export function shortOfPlaces<M extends MentorLoadLike>(mentors: readonly M[], mentees: number): M[] {
  return mentors.filter((m) => !canTake(m, mentees));
}
