#!/usr/bin/env node
import { processIO } from "./io.js";
import { main } from "./main.js";

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
