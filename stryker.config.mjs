/**
 * `npm run test:mutation`: mutation testing of the rules (StrykerJS, jest runner, per-test coverage) over the
 * domain, the custom functions and the sheets, static tables included (a wrong word is a defect a user sees).
 * Not part of CI: it takes tens of minutes on 2 cores. Figures and every survivor: docs/testing.md.
 * One folder at a time, against some suites: KAM_MUTATION_SUITES=domain,functions npx stryker run --mutate "src/domain/**\/*.ts"
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  packageManager: "npm",
  testRunner: "jest",
  jest: { projectType: "custom", configFile: "jest.mutation.config.js", enableFindRelatedTests: false },
  coverageAnalysis: "perTest",
  concurrency: 2,
  timeoutMS: 60_000,
  // the first run, all suites with coverage per test, takes minutes on 2 cores (the formula suites most)
  dryRunTimeoutMinutes: 30,
  mutate: [
    "src/domain/**/*.ts",
    "src/functions/**/*.ts",
    "src/sheets/**/*.ts",
    "src/kinds/*/domain/**/*.ts",
    "src/kinds/*/functions/**/*.ts",
    "src/kinds/*/sheets/**/*.ts",
  ],
  ignoreStatic: false,
  thresholds: { high: 95, low: 90, break: 85 },
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "test-results/mutation/index.html" },
  jsonReporter: { fileName: "test-results/mutation/mutation.json" },
  tempDirName: "test-results/.stryker-tmp",
  // the sandbox needs the sources and tests, not what builds and runs leave behind
  ignorePatterns: ["dist", "test-results", "coverage", "docs/screenshots"],
  disableTypeChecks: "{src,test}/**/*.{js,ts,jsx,tsx}",
};
