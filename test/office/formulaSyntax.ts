/**
 * Excel refuses a request that writes a formula it cannot parse (the whole batch fails). The double checks each
 * formula written through the API with HyperFormula's parser (syntax only: KAM.* and other unknown names parse as
 * function calls), once per shape of formula (its numbers set aside), so a sheet's thousands of row formulas cost
 * a few checks.
 */
import { HyperFormula } from "hyperformula";
import { OfficeError } from "./model";

let engine: HyperFormula | undefined;
const checked = new Map<string, boolean>();

export function checkFormula(formula: string, where: string): void {
  const shape = formula.replace(/\d+/g, "1");
  let valid = checked.get(shape);
  if (valid === undefined) {
    engine ??= HyperFormula.buildEmpty({ licenseKey: "gpl-v3" });
    valid = engine.validateFormula(formula);
    checked.set(shape, valid);
  }
  if (!valid) throw new OfficeError("InvalidArgument", `${where}: Excel cannot parse the formula ${formula}`);
}
