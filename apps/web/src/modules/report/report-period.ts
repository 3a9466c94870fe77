/** Half-years of the monitoring «2 раза в год»: the current one and the three before it, newest first. */
export function halfYears(today: Date, count = 4): { half: 1 | 2; year: number; from: string; to: string }[] {
  let year = today.getFullYear();
  let half: 1 | 2 = today.getMonth() < 6 ? 1 : 2;
  const out: { half: 1 | 2; year: number; from: string; to: string }[] = [];
  for (let i = 0; i < count; i++) {
    out.push({ half, year, from: half === 1 ? `${year}-01-01` : `${year}-07-01`, to: half === 1 ? `${year}-06-30` : `${year}-12-31` });
    if (half === 1) {
      half = 2;
      year--;
    } else half = 1;
  }
  return out;
}
