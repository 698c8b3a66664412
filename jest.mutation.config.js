/**
 * The suites mutation testing runs against (`npm run test:mutation`): the rules' own tests, the functions, the
 * sheets, the properties, the formula engine and the wording. The hosts, pane, browser and LibreOffice suites
 * test the code around the rules and are left out: they would multiply the run's time without reaching other
 * mutants. KAM_MUTATION_SUITES=domain,functions picks some of them (a quicker run, e.g. for one folder).
 */
const base = require("./jest.config.js");

const ALL = ["domain", "functions", "sheets", "property", "formulas", "i18n"];
const chosen = (process.env.KAM_MUTATION_SUITES ?? ALL.join(",")).split(",").filter((s) => ALL.includes(s.trim()));

module.exports = {
  ...base,
  roots: chosen.map((s) => `<rootDir>/test/${s.trim()}`),
};
