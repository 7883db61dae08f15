/**
 * The main job on the bundled examples, through the real `sevscale` binary: validate every example
 * scale and mapping, then show the four examples and the reference scale side by side by
 * reference level, translate the UK's "Category 3" into the Australian scale, and classify a
 * sample ASD incident (examples/facts/asd-sample.json); then check the signed example registry,
 * and a copy of it with one byte changed, which must fail. Each step prints its command line
 * first. Exits non-zero if any step does not end as expected.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(root, "packages", "cli", "bin", "sevscale.js");

const exampleScales = ["us-ciss", "us-nciss", "gb-ncsc-2018", "au-asd", "es-guia-nacional-2020", "eu-nis2-2024-2690"].map((stem) => `examples/scales/${stem}.json`);

// A tampered copy of the example registry: one byte of the NCISS scale changed.
const tampered = mkdtempSync(join(tmpdir(), "sevscale-demo-"));
cpSync(join(root, "examples", "registry"), tampered, { recursive: true });
const victim = join(tampered, "us", "nciss", "1.0.0", "scale.json");
const original = readFileSync(victim, "utf8");
if (!original.includes("Critical")) throw new Error(`demo: nothing to tamper with in ${victim}`);
writeFileSync(victim, original.replace("Critical", "Cr1tical"));

const steps: { title: string; args: string[]; expect?: number }[] = [
  { title: "Validate the example scales and mappings", args: ["validate", "examples/scales", "examples/mappings"] },
  { title: "The six example scales and the reference scale side by side, by reference level", args: ["compare", ...exampleScales, "crs"] },
  {
    title: 'Translate the UK\'s "Category 3" into the Australian ASD scale',
    args: ["translate", "Category 3", "--from", "examples/scales/gb-ncsc-2018.json", "--to", "examples/scales/au-asd.json"],
  },
  {
    title: "Classify a sample incident on the ASD scale, with the explanation",
    args: ["classify", "examples/scales/au-asd.json", "--facts", "examples/facts/asd-sample.json"],
  },
  {
    title: "Is a cloud provider's incident significant under NIS2? The loss alone decides; planned maintenance is assumed 'no'",
    args: ["classify", "examples/scales/eu-nis2-2024-2690.json", "--facts", "examples/facts/nis2-cloud-loss.json"],
  },
  {
    title: "Check the signed example registry (digests and signatures, demo keyring)",
    args: ["registry", "check", "examples/registry", "--keyring", "examples/keys/demo-keyring.json"],
  },
  {
    title: "Check a copy of the registry with one byte changed in one scale: it must fail (exit 1)",
    args: ["registry", "check", tampered, "--keyring", "examples/keys/demo-keyring.json"],
    expect: 1,
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
  const expected = step.expect ?? 0;
  if (r.status !== expected) {
    failed++;
    process.stdout.write(`\n(step ended with exit code ${r.status}, expected ${expected})\n`);
  } else if (expected !== 0) {
    process.stdout.write(`\n(exit code ${r.status}, as expected)\n`);
  }
}
rmSync(tampered, { recursive: true, force: true });
process.exit(failed === 0 ? 0 : 1);
