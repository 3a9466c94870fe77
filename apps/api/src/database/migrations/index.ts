import { Initial1795388856238 } from './1795388856238-Initial';
/** Checked-in migrations, oldest first. `npm run cli -- migrate generate <Name>` appends here. */
export const MIGRATIONS: Function[] = [Initial1795388856238];
