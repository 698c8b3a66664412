#!/usr/bin/env node
// The `kam` command (package.json "bin"): runs the built command line, dist/cli/cli.js.
const fs = require("fs");
const path = require("path");

const cli = path.join(__dirname, "..", "dist", "cli", "cli.js");
if (!fs.existsSync(cli)) {
  console.error("The KAM command line is not built yet: run npm run build first.");
  process.exit(2);
}
require(cli)
  .main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((e) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  });
