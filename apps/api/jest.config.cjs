/**
 * One jest run for the API and the shared library: unit specs (`*.spec.ts`, no I/O) and
 * integration specs (`test/**\/*.int-spec.ts`) against a real PostgreSQL that globalSetup starts
 * (embedded, or TEST_DATABASE_URL). Each integration file gets its own database cloned from a
 * migrated, seeded template, so files run in parallel and never see each other's rows.
 */
const ESM_ONLY = 'openid-client|oauth4webapi|jose';

/** @type {import('jest').Config} */
const config = {
  rootDir: '../..',
  roots: ['<rootDir>/apps/api', '<rootDir>/libs/shared'],
  testMatch: ['**/*.spec.ts', '**/*.int-spec.ts'],
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/apps/api/tsconfig.jest.json' }],
    // ESM-only packages (openid-client and what it imports): Node 20.19+ requires them as they are, jest's own module
    // system cannot, so jest compiles them to CommonJS.
    [`^.+/node_modules/(${ESM_ONLY})/.+\\.js$`]: ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs', target: 'es2022' } }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY})/)`],
  moduleNameMapper: { '^@metodset/shared$': '<rootDir>/libs/shared/src/index.ts' },
  globalSetup: '<rootDir>/apps/api/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/apps/api/test/support/global-teardown.ts',
  maxWorkers: 2,
  // A guard against a hung test, not a speed check: tests wait for the state they need, and a busy machine
  // (another `npm test` beside this one) may make a schema-walking suite take minutes.
  testTimeout: 600_000,
};

module.exports = config;
