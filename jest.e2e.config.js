/**
 * End-to-end browser tests (`npm run test:e2e`): playwright-core drives Debian's chromium against
 * the built task pane and the browser preview, served by a small static server inside the tests.
 * One worker: the files share one build, and the machine has two cores.
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.e2e.ts'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { isolatedModules: true, diagnostics: false }] },
  maxWorkers: 1,
  // A cold webpack build of the pane runs in beforeAll; single flows take seconds.
  testTimeout: 120_000,
  reporters: ['default', '<rootDir>/test/summaryReporter.js'],
};
