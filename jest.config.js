// One jest setup for the whole repo. Test tiers are jest projects: `npm test` runs them all,
// `npm test -- --selectProjects unit` runs one. TypeScript is compiled by swc to ESM.
const project = (displayName, testMatch, extra = {}) => ({
  displayName,
  testMatch,
  rootDir: '.',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
        module: { type: 'es6' },
        sourceMaps: 'inline',
      },
    ],
  },
  // Workspace packages resolve to their sources, so tests never depend on a stale build.
  moduleNameMapper: {
    '^@newsflow/infra$': '<rootDir>/infra/src/index.ts',
    '^@newsflow/([a-z-]+)$': '<rootDir>/packages/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  ...extra,
});

/** @type {import('jest').Config} */
export default {
  testTimeout: 60_000,
  projects: [
    project(
      'unit',
      ['<rootDir>/{packages,services,infra}/**/test/**/*.test.ts', '<rootDir>/test/compose/**/*.test.ts'],
      {
        testPathIgnorePatterns: ['/node_modules/', '\\.int\\.test\\.ts$'],
      },
    ),
    project('integration', ['<rootDir>/{packages,services,infra}/**/test/**/*.int.test.ts']),
    project('e2e', ['<rootDir>/test/e2e/**/*.test.ts']),
    project('faults', ['<rootDir>/test/faults/**/*.test.ts']),
    project('browser', ['<rootDir>/test/browser/**/*.test.ts']),
    project('fuzz', ['<rootDir>/test/fuzz/**/*.test.ts']),
  ],
};
