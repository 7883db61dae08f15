/**
 * The main job on the bundled examples, through the real `sevscale` binary: validate every example
 * scale and mapping, then show the four examples and the reference scale side by side by
 * reference level, translate the UK's "Category 3" into the Australian scale, and classify a
 * sample ASD incident (examples/facts/asd-sample.json). Each step prints its command line first.
 * Exits non-zero if any step fails.
 */
import { spawnSync } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(root, "packages", "cli", "bin", "sevscale.js");

const exampleScales = ["us-ciss", "us-nciss", "gb-ncsc-2018", "au-asd"].map((stem) => `examples/scales/${stem}.json`);

const steps: { title: string; args: string[] }[] = [
  { title: "Validate the example scales and mappings", args: ["validate", "examples/scales", "examples/mappings"] },
  { title: "The four example scales and the reference scale side by side, by reference level", args: ["compare", ...exampleScales, "crs"] },
  {
    title: 'Translate the UK\'s "Category 3" into the Australian ASD scale',
    args: ["translate", "Category 3", "--from", "examples/scales/gb-ncsc-2018.json", "--to", "examples/scales/au-asd.json"],
  },
  {
    title: "Classify a sample incident on the ASD scale, with the explanation",
    args: ["classify", "examples/scales/au-asd.json", "--facts", "examples/facts/asd-sample.json"],
  },
];

/** An argument as a POSIX shell would need it, so the printed command line can be copied. */
function shellQuote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, "'\\''")}'`;
}

let failed = 0;
for (const step of steps) {
  process.stdout.write(`\n=== ${step.title}\n$ sevscale ${step.args.map(shellQuote).join(" ")}\n\n`);
  const r = spawnSync(process.execPath, [bin, ...step.args], { cwd: root, stdio: "inherit", env: process.env });
  if (r.status !== 0) {
    failed++;
    process.stdout.write(`\n(step failed with exit code ${r.status})\n`);
  }
}
process.exit(failed === 0 ? 0 : 1);
