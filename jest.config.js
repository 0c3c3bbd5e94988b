/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.[tj]s$': 'ts-jest',
  },
  // middy ships ES modules only; let ts-jest turn them into CommonJS.
  transformIgnorePatterns: ['node_modules/(?!(@middy)/)'],
  setupFiles: ['<rootDir>/test/support/jestSetup.ts'],
  testTimeout: 60000,
};
