/** Three projects: pure/node tests, React components in jsdom, and the browser end-to-end test. */
// Transpile only (isolated modules): `npm run typecheck` does the type checking, once.
const tsJest = ["ts-jest", { tsconfig: "tsconfig.jest.json" }];
module.exports = {
  // `npm run test:coverage`: what the suite runs of our own code only (src/), not tests or helpers.
  collectCoverageFrom: ["<rootDir>/src/**/*.{ts,tsx}", "!<rootDir>/src/**/*.d.ts"],
  coverageDirectory: "<rootDir>/coverage",
  coverageReporters: ["text-summary", "html"],
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      transform: { "^.+\\.tsx?$": tsJest },
      testMatch: ["<rootDir>/test/**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
      // A folder shared by the run's test files, so the CLI is compiled once (test/support/builtCli).
      globalSetup: "<rootDir>/test/support/globalSetup.ts",
      globalTeardown: "<rootDir>/test/support/globalTeardown.ts",
    },
    {
      displayName: "dom",
      testEnvironment: "jsdom",
      transform: { "^.+\\.tsx?$": tsJest },
      testMatch: ["<rootDir>/test/**/*.test.tsx"],
      setupFilesAfterEnv: ["<rootDir>/test/setup-dom.ts"],
    },
    {
      displayName: "e2e",
      testEnvironment: "node",
      transform: { "^.+\\.tsx?$": tsJest },
      testMatch: ["<rootDir>/test/e2e/**/*.e2e.ts"],
      // One production build for all browser test files (E2E_DIST), made only when they run.
      globalSetup: "<rootDir>/test/e2e/globalSetup.ts",
      globalTeardown: "<rootDir>/test/e2e/globalTeardown.ts",
    },
  ],
};
