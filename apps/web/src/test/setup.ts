import { afterAll } from 'vitest';
import { settleTimers, trackTimers } from './pending-timers';

// Runs before every spec file (vite.config.mts, test.setupFiles).
trackTimers();
afterAll(settleTimers);
