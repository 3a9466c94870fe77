import { Initial1795389000205 } from './1795389000205-Initial';
/** Checked-in migrations, oldest first. `npm run cli -- migrate generate <Name>` appends here. */
export const MIGRATIONS: Function[] = [Initial1795389000205];
