// Loads the built custom functions bundle the way Excel's JavaScript-only runtime may: a bare context that
// defines only `CustomFunctions` and `Office` (no window, no document, no self). Every function that
// dist/functions.json declares must get registered, and the registered functions must compute. The shipped
// functions.json, functions-de.json and functions-nl.json must also be valid by Microsoft's metadata schema
// (test/schemas) and declare the same function ids.
import { readFileSync } from "node:fs";
import Ajv from "ajv";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import assert from "node:assert/strict";

const dist = fileURLToPath(new URL("../../dist/", import.meta.url));
const metadata = JSON.parse(readFileSync(dist + "functions.json", "utf8"));
const source = readFileSync(dist + "functions.js", "utf8");

const schema = JSON.parse(
  readFileSync(fileURLToPath(new URL("../schemas/custom-functions-metadata.schema.json", import.meta.url)), "utf8"),
);
const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
for (const file of ["functions.json", "functions-de.json", "functions-nl.json"]) {
  const m = JSON.parse(readFileSync(dist + file, "utf8"));
  assert.ok(validate(m), `dist/${file} is not valid by Microsoft's schema: ${JSON.stringify(validate.errors)}`);
  assert.deepEqual(
    m.functions.map((f) => f.id),
    metadata.functions.map((f) => f.id),
    `dist/${file} declares the ids of functions.json`,
  );
}

class CustomFunctionsError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}
const registered = new Map();
const context = vm.createContext({
  CustomFunctions: {
    associate: (id, fn) => registered.set(id, fn),
    Error: CustomFunctionsError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
  },
  Office: { context: { displayLanguage: "en-US" } },
});
vm.runInContext(source, context, { filename: "functions.js" });

const declared = metadata.functions.map((f) => f.id).sort();
assert.ok(declared.length > 0, "functions.json declares no function");
assert.deepEqual([...registered.keys()].sort(), declared, "every function in functions.json is associated");
for (const forbidden of ["react", "document.", "window."]) {
  assert.ok(!source.includes(forbidden), `the functions bundle must not contain "${forbidden}"`);
}

// a taste of each readiness function, evaluated inside the bare context
const col = (...v) => v.map((x) => [x]);
assert.equal(registered.get("READINESS")(col(4, 0, null, 2)), 3);
assert.equal(registered.get("WEAKCOUNT")(col(1, 2, 3, 4), 3), 2);
assert.equal(registered.get("VERDICT")(col(2, 2, 5), 3, "en"), "Not ready: put the weak conditions in place first");
// an invalid score does not count (as on the sheet and in the pane); a malformed argument is #VALUE! with a message
assert.equal(registered.get("READINESS")(col(7, 4)), 4);
assert.throws(
  () => registered.get("READINESS")(col(4, 2), col("x")),
  (e) => e.code === "#VALUE!" && /n\/a range has 1 cells/.test(e.message),
);
assert.equal(registered.get("VERDICT")(col(5, null, 5), 3, "en", null, col("R01", "", "R03")), "Ready to introduce KAM");
assert.equal(registered.get("FIT")(col(5, 2), col(4, 4)), 6 / 8);
assert.equal(registered.get("TASKSTATE")(46346, "Offen", 46349), "überfällig");
assert.equal(registered.get("PROGRESS")(col("Erledigt", "Offen")), 0.5);

console.log(`functions bundle: ${declared.length} functions registered in a bare context (${declared.join(", ")}); ${source.length} bytes`);
