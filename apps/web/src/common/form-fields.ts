/** `isField` of a form: its own fields and the items of its list fields (`attendeeIds.2`). */
export function fieldChecker(fields: readonly string[]): (field: string) => boolean {
  return (field) => fields.includes(field) || fields.includes(field.replace(/\.\d+$/, ''));
}

/** Today as YYYY-MM-DD in the user's time zone. */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
