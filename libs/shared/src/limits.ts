/** Limits both sides agree on. */
export const PAGE_SIZE_MAX = 100;
export const PAGE_SIZE_DEFAULT = 25;
/** The page sizes a list offers. */
export const PAGE_SIZES = [25, 50, 100] as const;
/** The furthest a list may skip with `offset`. */
export const PAGE_OFFSET_MAX = 1_000_000;
export const PASSWORD_MIN_LENGTH = 12;
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;
/** Survey answers of one side (mentors or mentees) are shown, aggregated, only when at least this many of that side answered. */
export const SURVEY_ANONYMITY_MIN = 3;
