// Type checking is done once by `tsc --noEmit` in `npm test`; ts-jest only transpiles (isolatedModules) to keep the suite fast.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test', '<rootDir>/packages/excel-emulator/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: { jsx: 'react-jsx', module: 'commonjs', esModuleInterop: true, resolveJsonModule: true, isolatedModules: true }, diagnostics: false }],
  },
  // Browser API stubs for jsdom test files (the task pane); a no-op under the node environment.
  setupFilesAfterEnv: ['<rootDir>/test/taskpane/setup-jsdom.ts'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
};
