/** Jest runs in ESM mode (NestJS 12 is ESM-only): ts-jest transpiles, `npm test` type-checks with tsc first. */
const shared = {
  testEnvironment: 'node',
  setupFiles: ['reflect-metadata'],
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.jest.json' }] },
  moduleNameMapper: {
    '^@app/(.*)$': '<rootDir>/libs/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
};

export default {
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'] },
    { ...shared, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'], slowTestThreshold: 30 },
    { ...shared, displayName: 'reliability', testMatch: ['<rootDir>/test/reliability/**/*.reliability-spec.ts'], slowTestThreshold: 60 },
    // Real Chromium against the real server (test/browser/support): skipped with a message when Chromium is missing, failed in CI.
    { ...shared, displayName: 'browser', testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'], slowTestThreshold: 60 },
    { ...shared, displayName: 'security', testMatch: ['<rootDir>/test/security/**/*.security-spec.ts'], slowTestThreshold: 60 },
  ],
  // Compiled by `npm test` before Jest starts: Jest loads these outside its module resolver.
  globalSetup: '<rootDir>/dist/test/global-setup.js',
  globalTeardown: '<rootDir>/dist/test/global-teardown.js',
  testTimeout: 60_000,
  maxWorkers: 2,
};
