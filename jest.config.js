/**
 * Four tiers: unit (*.spec.ts beside the code), integration against the real Postgres and
 * Redis (*.int-spec.ts), HTTP end-to-end with supertest (test/e2e), and the web app in a real
 * Chromium (test/browser). Postgres and Redis are resolved once by the global setup.
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: {
        legacyDecorator: true,
        decoratorMetadata: true,
        react: { runtime: 'automatic' },
      },
      target: 'es2022',
    },
    module: { type: 'commonjs', ignoreDynamic: true },
  },
];

const shared = {
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper: {
    '^@apprenance/migrations$': '<rootDir>/migrations/index.ts',
    '^@apprenance/(config|db|domain|jobs|devstack|storage|certificates)$': '<rootDir>/libs/$1/src',
  },
  testEnvironment: 'node',
  rootDir: __dirname,
  // .stryker-tmp: the mutation run's sandboxes, copies of the sources.
  modulePathIgnorePatterns: ['<rootDir>/.*/dist/', '<rootDir>/.data/', '<rootDir>/.stryker-tmp/'],
};

module.exports = {
  transform: shared.transform,
  moduleNameMapper: shared.moduleNameMapper,
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  maxWorkers: 2,
  // Global only: jest ignores a per-project testTimeout. Generous because tests hash real
  // argon2id passwords on two shared cores; no assertion depends on time.
  testTimeout: 60_000,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,libs,migrations}/**/*.spec.ts'],
    },
    {
      ...shared,
      displayName: 'int',
      testMatch: ['<rootDir>/{apps,libs,migrations,test}/**/*.int-spec.ts'],
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
    },
    {
      ...shared,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
    },
  ],
};
