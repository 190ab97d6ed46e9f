/**
 * The fast unit tests of the rule files, and nothing else: StrykerJS runs them once per mutant,
 * so the database tiers (seconds per file) would make a mutation run cost hours on two cores.
 */
const { projects } = require('./jest.config');

const {
  displayName: _name,
  testMatch: _all,
  ...unit
} = projects.find((project) => project.displayName === 'unit');

module.exports = {
  ...unit,
  testMatch: [
    '<rootDir>/libs/domain/src/*.spec.ts',
    '<rootDir>/apps/api/src/auth/*.spec.ts',
    '<rootDir>/apps/api/src/common/throttling/*.spec.ts',
    '<rootDir>/apps/api/src/common/problem/*.spec.ts',
  ],
};
