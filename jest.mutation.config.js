/**
 * The suites mutation testing runs against (`npm run test:mutation`): the rules' own tests, the functions, the
 * sheets, the hosts (which read and write sheets through the Office.js double and as .xlsx: the sheets' parsers
 * are tested there most), the properties, the formula engine and the wording. The pane, browser and LibreOffice
 * suites test the code around the rules and are left out: they would multiply the run's time without reaching
 * other mutants. KAM_MUTATION_SUITES=domain,functions picks some of them (a quicker run, e.g. for one folder).
 */
const base = require("./jest.config.js");

const ALL = ["domain", "functions", "sheets", "hosts", "property", "formulas", "i18n"];
const chosen = (process.env.KAM_MUTATION_SUITES ?? ALL.join(","))
  .split(",")
  .map((s) => s.trim())
  .filter((s) => ALL.includes(s));
// the sheets' "stays right" tests compute whole sheets with the formula engine: they run with the formula suite,
// so that "sheets" alone stays a run of seconds per mutant
const engine = chosen.includes("formulas");
const sheets = chosen.includes("sheets");
// KAM_MUTATION_ONLY="[Ss]election|charts" keeps only the test files whose path matches (a regular expression):
// a kind's files are reached by its own tests, and a static mutant then runs those instead of whole suites
const only = process.env.KAM_MUTATION_ONLY;
const ignore = [
  ...(only ? [`^(?!.*(?:${only})).*$`] : []),
  ...(engine ? [] : ["/test/sheets/.*StaysRight\\.test\\.ts$"]),
  ...(engine && !sheets ? ["/test/sheets/(?!.*StaysRight\\.test\\.ts$)"] : []),
];

module.exports = {
  ...base,
  roots: [...chosen, ...(engine && !sheets ? ["sheets"] : [])].map((s) => `<rootDir>/test/${s}`),
  testPathIgnorePatterns: ["/node_modules/", ...ignore],
};
