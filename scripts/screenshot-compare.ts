/**
 * Regenerates docs/img/compare-examples.png (the README's chart) and docs/img/render-au-asd.png:
 * renders the example comparison and the ASD scale page with the CLI, then screenshots them with
 * Debian's headless Chromium (`apt-get install -y chromium`). Run:
 *   pnpm run build && pnpm exec tsx scripts/screenshot-compare.ts
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const chromium = process.env["CHROMIUM"] ?? "/usr/bin/chromium";
if (!existsSync(chromium)) throw new Error(`${chromium} not found: apt-get install -y chromium (or set CHROMIUM)`);
const work = mkdtempSync(join(tmpdir(), "sevscale-shot-"));
const sevscale = (...args: string[]) => execFileSync(process.execPath, [join(root, "packages/cli/bin/sevscale.js"), ...args], { cwd: root, stdio: "inherit" });

const shots = [
  { args: ["compare", "examples/scales", "--format", "html"], page: "compare.html", png: "docs/img/compare-examples.png", size: "1100,1240" },
  { args: ["render", "examples/scales/au-asd.json", "--format", "html"], page: "au-asd.html", png: "docs/img/render-au-asd.png", size: "1100,3000" },
];
try {
  for (const s of shots) {
    const page = join(work, s.page);
    sevscale(...s.args, "--out", page);
    execFileSync(
      chromium,
      ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--hide-scrollbars", `--screenshot=${join(root, s.png)}`, `--window-size=${s.size}`, `file://${page}`],
      { stdio: "inherit" },
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
