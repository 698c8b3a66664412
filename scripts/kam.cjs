#!/usr/bin/env node
// The `kam` command (package.json "bin"): runs the built command line, dist/cli/cli.js (KAM_CLI names another
// module with the same `main`, for the tests of this launcher).
const fs = require("fs");
const path = require("path");

const cli = process.env.KAM_CLI || path.join(__dirname, "..", "dist", "cli", "cli.js");
if (!fs.existsSync(cli)) {
  console.error("The KAM command line is not built yet: run npm run build first.");
  process.exit(2);
}

// A write error (say, the reader of a pipe went away) makes the exit code non-zero; without a listener it would
// end the process with a stack trace.
let writeFailed = false;
for (const stream of [process.stdout, process.stderr]) stream.on("error", () => (writeFailed = true));

/**
 * Exits once everything written has been handed on: process.exit() right after writing to a pipe cut the output
 * at 64 KB. An empty write's callback runs after every earlier write on the stream has been flushed.
 */
function finish(code) {
  const flushed = (stream) => new Promise((done) => (stream.writableEnded || stream.destroyed ? done() : stream.write("", () => done())));
  Promise.all([flushed(process.stdout), flushed(process.stderr)]).then(() => process.exit(writeFailed && code === 0 ? 1 : code));
}

require(cli)
  .main(process.argv.slice(2))
  .then(finish)
  .catch((e) => {
    console.error(e instanceof Error ? e.message : String(e));
    finish(1);
  });
