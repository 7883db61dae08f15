#!/usr/bin/env node
import { processIO } from "./io.js";
import { main } from "./main.js";

// A reader that stops early (`sevscale validate dir | head -1`) closes the pipe: the rest of the
// output has nowhere to go, which is not an error of sevscale's. Exit quietly with the code the
// command would have given (0 if it had none yet), never with an unhandled EPIPE and a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(typeof process.exitCode === "number" ? process.exitCode : 0);
    process.stderr.write(`sevscale: cannot write output (${error.code ?? error.message})\n`);
    process.exit(2);
  });
}

// Any unexpected failure is reported in one line (details with SEVSCALE_DEBUG=1), never as a
// bare stack trace: users run this in scripts and hooks.
main(process.argv.slice(2), processIO()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`sevscale: internal error: ${message}\n`);
    if (process.env["SEVSCALE_DEBUG"]) process.stderr.write(`${error instanceof Error ? error.stack : ""}\n`);
    process.exitCode = 70;
  },
);
