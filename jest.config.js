/** Three projects: pure/node tests, React components in jsdom, and the browser end-to-end test. */
// Transpile only (isolated modules): `npm run typecheck` does the type checking, once.
const tsJest = ["ts-jest", { tsconfig: "tsconfig.jest.json" }];
module.exports = {
  // `npm run test:coverage`: what the suite runs of our own code only (src/), not tests or helpers.
  collectCoverageFrom: ["<rootDir>/src/**/*.{ts,tsx}", "!<rootDir>/src/**/*.d.ts"],
  coverageDirectory: "<rootDir>/coverage",
  coverageReporters: ["text-summary", "html"],
  // On two cores, the files that run the compiled CLI run last (see the file).
  testSequencer: "<rootDir>/test/support/sequencer.js",
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      transform: { "^.+\\.tsx?$": tsJest },
      testMatch: ["<rootDir>/test/**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
      // A folder shared by the run's test files, so the CLI is compiled once (test/support/builtCli),
      // in the background from the first node file on when the whole suite runs.
      globalSetup: "<rootDir>/test/support/globalSetup.ts",
      globalTeardown: "<rootDir>/test/support/globalTeardown.ts",
      setupFiles: ["<rootDir>/test/support/startCliCompile.ts"],
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
      // One production build for all browser test files (E2E_DIST) and test/build, made only when
      // they run (test/e2e/buildOnce).
      globalSetup: "<rootDir>/test/e2e/globalSetup.ts",
      globalTeardown: "<rootDir>/test/e2e/globalTeardown.ts",
    },
  ],
};
