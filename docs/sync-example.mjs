#!/usr/bin/env node
// Runnable example of the bulk sync (docs/api.md, «Синхронизация»): a regional system sends its roster of teachers
// to Metodset by its own ids, in batches of up to 1,000 rows, and reads one result per row. Run it twice: the second
// run reports every row UNCHANGED and changes nothing.
//
//   METODSET_URL=https://metodset.example.ru METODSET_TOKEN=mdsk_… MUNICIPALITY_ID=<uuid> node docs/sync-example.mjs
//
// Optional: ROSTER_SIZE (default 5000). Prints a line per batch and, last, the totals as JSON.

const url = (process.env.METODSET_URL ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
const token = process.env.METODSET_TOKEN;
const municipalityId = process.env.MUNICIPALITY_ID;
const size = Number(process.env.ROSTER_SIZE ?? 5000);
if (!token || !municipalityId) {
  console.error('Нужны METODSET_TOKEN (секрет API-клиента) и MUNICIPALITY_ID');
  process.exit(2);
}

async function gql(query, variables) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  if (res.status === 429) {
    // Over the published limit: wait as told and try again.
    const wait = Number(res.headers.get('retry-after') ?? '1');
    await new Promise((r) => setTimeout(r, wait * 1000));
    return gql(query, variables);
  }
  const body = await res.json();
  if (body.errors) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data;
}

const SYNC_ORGS = `mutation($input: SyncOrganizationsInput!) { syncOrganizations(input: $input) { created updated unchanged refused rows { externalId status reason } } }`;
const SYNC_PEOPLE = `mutation($input: SyncPeopleInput!) { syncPeople(input: $input) { created updated unchanged refused rows { externalId status code reason } } }`;

// The system's own roster: two schools and `size` teachers (deterministic, so a second run sends the same rows).
const schools = [
  { externalId: 'ESCHOOL-ORG-1', name: 'МОУ «Школа электронного журнала № 1» (пример)', kind: 'SCHOOL', municipalityId },
  { externalId: 'ESCHOOL-ORG-2', name: 'МОУ «Школа электронного журнала № 2» (пример)', kind: 'SCHOOL', municipalityId },
];
const SUBJECTS = ['математика', 'русский язык', 'физика', 'история', 'биология'];
const people = Array.from({ length: size }, (_, i) => ({
  externalId: `ESCHOOL-T-${String(i + 1).padStart(5, '0')}`,
  lastName: `Учителев-${i + 1}`,
  firstName: ['Анна', 'Борис', 'Вера', 'Глеб'][i % 4],
  middleName: 'Примерович',
  subjects: [SUBJECTS[i % SUBJECTS.length]],
  experienceYears: i % 40,
  positions: [{ organizationExternalId: schools[i % 2].externalId, kind: 'TEACHER', title: `учитель (${SUBJECTS[i % SUBJECTS.length]})` }],
}));

const totals = { created: 0, updated: 0, unchanged: 0, refused: 0 };
const add = (r) => Object.keys(totals).forEach((k) => (totals[k] += r[k]));

const orgs = (await gql(SYNC_ORGS, { input: { rows: schools } })).syncOrganizations;
if (orgs.refused) throw new Error(`Организации отклонены: ${orgs.rows.filter((r) => r.status === 'REFUSED').map((r) => `${r.externalId}: ${r.reason}`).join('; ')}`);
const started = Date.now();
for (let i = 0; i < people.length; i += 1000) {
  const r = (await gql(SYNC_PEOPLE, { input: { rows: people.slice(i, i + 1000) } })).syncPeople;
  add(r);
  for (const row of r.rows.filter((x) => x.status === 'REFUSED')) console.error(`${row.externalId}: ${row.code} ${row.reason}`);
  console.error(`строки ${i + 1}–${Math.min(i + 1000, people.length)}: создано ${r.created}, обновлено ${r.updated}, без изменений ${r.unchanged}, отклонено ${r.refused}`);
}
console.log(JSON.stringify({ ...totals, seconds: (Date.now() - started) / 1000 }));
