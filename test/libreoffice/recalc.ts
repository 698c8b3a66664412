/**
 * LibreOffice as an independent spreadsheet engine: converts .xlsx files headless, recalculating every formula
 * on load (a profile of our own tells it to; by default it would keep the cached results). CI installs it
 * (apt-get install libreoffice-calc-nogui); without it these tests fail, they are never skipped.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";

const RECALC_ON_LOAD = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export function soffice(): string {
  const found = [process.env.SOFFICE_PATH, "/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/lib/libreoffice/program/soffice"].find(
    (p) => p && existsSync(p),
  );
  if (!found) throw new Error("LibreOffice not found: install it (apt-get install -y libreoffice-calc-nogui)");
  return found;
}

/** Recalculates the files in one LibreOffice run (one profile per call); returns the recalculated copies. */
export function recalculate(files: readonly string[]): string[] {
  const work = mkdtempSync(join(tmpdir(), "kam-lo-"));
  mkdirSync(join(work, "profile", "user"), { recursive: true });
  writeFileSync(join(work, "profile", "user", "registrymodifications.xcu"), RECALC_ON_LOAD);
  const out = join(work, "out");
  execFileSync(
    soffice(),
    [
      `-env:UserInstallation=file://${join(work, "profile")}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "xlsx",
      "--outdir",
      out,
      ...files,
    ],
    {
      stdio: "pipe",
      timeout: 240_000,
    },
  );
  return files.map((f) => {
    const p = join(out, basename(f));
    if (!existsSync(p)) throw new Error(`LibreOffice did not convert ${f}`);
    return p;
  });
}
