export default async function globalTeardown(): Promise<void> {
  await globalThis.__METODSET_PG__?.stop();
}
