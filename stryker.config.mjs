/**
 * `npm run test:mutation`: mutates the rule files and runs only their unit tests
 * (jest.mutation.config.js), so a run stays within minutes on two cores. The score and what
 * survives are recorded in docs/reliability.md.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  mutate: [
    'libs/domain/src/seats.ts',
    'libs/domain/src/pair-rules.ts',
    'libs/domain/src/attendance-rates.ts',
    'libs/domain/src/session-schedule.ts',
    'apps/api/src/auth/access.guard.ts',
    'apps/api/src/common/throttling/throttle.ts',
    'apps/api/src/common/problem/problem.filter.ts',
    'apps/api/src/common/problem/problem.ts',
  ],
  testRunner: 'jest',
  jest: { configFile: 'jest.mutation.config.js', enableFindRelatedTests: false },
  coverageAnalysis: 'perTest',
  concurrency: 2,
  // On a loaded machine the default limit (1.5 × the dry run + 5 s) reported slow runs of
  // ordinary mutants as timeouts, which Stryker counts as detected: only a real loop should.
  timeoutMS: 20_000,
  // Static mutants (module-level constants, decorator arguments) need a fresh jest per mutant,
  // ~9 s each here: three quarters of the run for a quarter of the mutants. Their behaviour is
  // pinned by the HTTP tiers (access table, throttling e2e) instead.
  ignoreStatic: true,
  // The sandbox needs the sources the tests import, not the web app, the e2e tiers or builds.
  ignorePatterns: ['/apps/admin', '/test', '/bench', '/docs', '/.data', 'dist', '/reports'],
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: 85 },
};
