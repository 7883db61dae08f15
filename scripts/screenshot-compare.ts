/**
 * Regenerates docs/img/compare-examples.png (the README's chart) and docs/img/render-au-asd.png:
 * draws the example comparison (the six encoded national schemes and the illustrative companion
 * pair, whose two ladders stand under one bracket) as an SVG chart and renders the ASD scale page
 * with the CLI, then screenshots them with Debian's headless Chromium (`apt-get install -y
 * chromium`). The chart is shot at its own size, so its text stays legible. Run:
 *   pnpm run build && pnpm exec tsx scripts/screenshot-compare.ts
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const chromium = process.env["CHROMIUM"] ?? "/usr/bin/chromium";
if (!existsSync(chromium)) throw new Error(`${chromium} not found: apt-get install -y chromium (or set CHROMIUM)`);
const work = mkdtempSync(join(tmpdir(), "sevscale-shot-"));
const sevscale = (...args: string[]) => execFileSync(process.execPath, [join(root, "packages/cli/bin/sevscale.js"), ...args], { cwd: root, stdio: "inherit" });

/** The window size of a shot: given, or an SVG's own width and height. */
const sizeOf = (page: string, size: string | undefined): string => {
  if (size !== undefined) return size;
  const m = /<svg [^>]*width="(\d+)" height="(\d+)"/.exec(readFileSync(page, "utf8"));
  if (m === null) throw new Error(`${page}: no SVG size`);
  return `${m[1]},${m[2]}`;
};

const COMPANIONS = ["examples/illustrative/scales/incident-impact.json", "examples/illustrative/scales/incident-threat.json"];
const shots = [
  { args: ["compare", "examples/scales", ...COMPANIONS, "--format", "svg"], page: "compare.svg", png: "docs/img/compare-examples.png", size: undefined },
  { args: ["render", "examples/scales/au-asd.json", "--format", "html"], page: "au-asd.html", png: "docs/img/render-au-asd.png", size: "1100,3000" },
];
try {
  for (const s of shots) {
    const page = join(work, s.page);
    sevscale(...s.args, "--out", page);
    execFileSync(
      chromium,
      ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--hide-scrollbars", `--screenshot=${join(root, s.png)}`, `--window-size=${sizeOf(page, s.size)}`, `file://${page}`],
      { stdio: "inherit" },
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
