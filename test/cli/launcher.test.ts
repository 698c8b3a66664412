/**
 * The `kam` launcher (scripts/kam.cjs) hands the whole output on before it exits, on a pipe as on a file, and a
 * write error gives a non-zero exit. (`kam read big.xlsx --json | cat` gave exactly 65,536 bytes of a larger
 * document, with exit 0.)
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, openSync, closeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const launcher = join(__dirname, "../../scripts/kam.cjs");
const env = { ...process.env, KAM_CLI: join(__dirname, "fixtures/bigOutput.cjs") };

describe("the kam launcher", () => {
  it("writes 200 KB of JSON completely into a pipe before it exits", () => {
    // through `| cat`, as in a script; the shell's exit status is the launcher's (pipefail)
    const r = spawnSync("bash", ["-o", "pipefail", "-c", `"${process.execPath}" "${launcher}" 200000 | cat`], {
      env,
      maxBuffer: 10_000_000,
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout.toString()).filler).toHaveLength(200_000);
  });

  it("writes it completely into a file", () => {
    const file = join(mkdtempSync(join(tmpdir(), "kam-launcher-")), "out.json");
    const fd = openSync(file, "w");
    const r = spawnSync(process.execPath, [launcher, "200000"], { env, stdio: ["ignore", fd, "inherit"] });
    closeSync(fd);
    expect(r.status).toBe(0);
    expect(JSON.parse(readFileSync(file, "utf8")).filler).toHaveLength(200_000);
  });

  it("exits non-zero when its output cannot be written (the reader went away)", async () => {
    const child = spawn(process.execPath, [launcher, "2000000"], { env, stdio: ["ignore", "pipe", "ignore"] });
    // read one chunk, then close the pipe: the rest cannot be written
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on("exit", (c) => done(c)));
    expect(code).not.toBe(0);
  });

  it("runs from any folder as the README says, npx --prefix naming the project, without asking the registry", () => {
    const elsewhere = mkdtempSync(join(tmpdir(), "kam-elsewhere-"));
    // offline: a lookup of a package named "kam" in the registry would fail instead of fetching someone's code
    const r = spawnSync("npx", ["--prefix", join(__dirname, "../.."), "kam", "1000"], {
      cwd: elsewhere,
      env: { ...env, npm_config_offline: "true" },
      encoding: "utf8",
    });
    expect(r.stderr).not.toMatch(/registry|E404|ENOTCACHED/);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).filler).toHaveLength(1000);
  });
});
