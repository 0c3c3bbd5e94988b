/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { isolatedModules: true }],
  },
  // middy ships ES modules only; let ts-jest turn them into CommonJS.
  transformIgnorePatterns: ['node_modules/(?!(@middy)/)'],
  testTimeout: 60000,
};
