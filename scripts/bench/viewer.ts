/**
 * Benchmark: the web viewer. Its JavaScript, min + gzip (first view, with @sevscale/core's share;
 * chunks loaded on demand), and the time from navigation to an interactive compare view of the
 * example registry in headless Chromium, measured by the e2e harness (a fresh browser context per
 * run, served over 127.0.0.1 by the code of `sevscale view`). Budgets (issue 11): 120 KB for the
 * first view's JavaScript; 1 s to an interactive compare view. Needs the build and Chromium.
 */
import { pathToFileURL } from "node:url";
import { FIRST_VIEW_BUDGET, measureBundle } from "../../packages/viewer/test/bundle-size.js";
import { compareInteractiveMs, launchBrowser, serveViewer } from "../../packages/viewer/test/harness.js";
import type { TableSection } from "./types.js";

const RUNS = 15;
const TIME_BUDGET_MS = 1000;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function interactiveTimes(): Promise<number[]> {
  const browser = await launchBrowser();
  const server = await serveViewer();
  try {
    const times: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const context = await browser.newContext({ locale: "en-GB" });
      const page = await context.newPage();
      await page.goto(`${server.url}#/compare`);
      const ms = await compareInteractiveMs(page);
      if (i > 0) times.push(ms); // the first run warms the server's file cache
      await context.close();
    }
    return times;
  } finally {
    await browser.close();
    await server.close();
  }
}

export async function run(): Promise<TableSection> {
  const size = await measureBundle();
  const times = await interactiveTimes();
  const t = median(times);
  const rows = [
    ...size.chunks.map((c) => [c.firstView ? `first view: ${c.file}` : `on demand: ${c.file}`, kb(c.minified), kb(c.gzip)]),
    ["first view, of which @sevscale/core", "", kb(size.coreShareGzip)],
    ["first view, the viewer's own code", "", kb(size.firstViewGzip - size.coreShareGzip)],
    ["stylesheet", "", kb(size.cssGzip)],
    [`navigation → interactive compare view, median of ${RUNS} (ms)`, "", t.toFixed(0)],
    [`navigation → interactive compare view, min / max (ms)`, "", `${Math.min(...times).toFixed(0)} / ${Math.max(...times).toFixed(0)}`],
  ];
  return {
    title: "Web viewer",
    description:
      "Sizes of the built viewer's JavaScript chunks (KB; gzip at level 9). The first view is the entry script and the core's locale of the page's language (English here); the editor (CodeMirror 6), the other languages and the translate, classify and edit views load when opened. Core's share is the first view minus the same entry built with `@sevscale/core` external. The time is from navigation start to the compare view's `sevscale:compare-interactive` mark (registry fetched, every digest verified, ladders drawn), in headless Chromium, a fresh browser context per run.",
    header: ["what", "minified (KB)", "min + gzip (KB) / ms"],
    rows,
    ratios: [
      `First view: ${kb(size.firstViewGzip)} KB min + gzip, of which core ${kb(size.coreShareGzip)} KB (${((100 * size.coreShareGzip) / size.firstViewGzip).toFixed(0)} %) (budget ${kb(FIRST_VIEW_BUDGET)} KB: ${size.firstViewGzip <= FIRST_VIEW_BUDGET ? "met" : "missed"}).`,
      `Navigation → interactive compare view: median ${t.toFixed(0)} ms (budget ${TIME_BUDGET_MS} ms: ${t <= TIME_BUDGET_MS ? "met" : "missed"}).`,
    ],
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const s = await run();
  for (const r of s.rows) process.stdout.write(`${r.join("  ")}\n`);
  for (const r of s.ratios) process.stdout.write(`${r}\n`);
}
