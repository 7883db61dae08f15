/**
 * Regenerates docs/img/viewer-compare.png (the README's and docs/viewer.md's picture of the web
 * viewer): the built viewer served with the example registry (the server of `sevscale view`),
 * opened in Debian's headless Chromium through the e2e harness, the compare view set to the
 * Australian, UK and US NCISS scales with the UK's Category 3 focused, and the view's main region
 * captured. Run:
 *   pnpm run build && pnpm exec tsx --conditions=@sevscale/source scripts/screenshot-viewer.ts
 */
import { resolve } from "node:path";
import { launchBrowser, serveViewer } from "../packages/viewer/test/harness.js";

const root = resolve(import.meta.dirname, "..");
/** The scales shown, in the picker's order; every other scale is unchecked. */
const SHOWN = ["au/asd", "gb/ncsc-2018", "us/nciss"];
const FOCUSED = { scale: "gb/ncsc-2018", code: "Category 3" };

const server = await serveViewer();
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, locale: "en-GB" });
  await page.goto(`${server.url}#/compare`);
  await page.waitForSelector(".band");
  for (const box of await page.locator('input[name="compare-scale"]').all()) {
    const want = SHOWN.includes((await box.getAttribute("value")) ?? "");
    if ((await box.isChecked()) !== want) await box.click();
  }
  for (const id of SHOWN) await page.waitForSelector(`.band[data-scale="${id}"]`);
  await page.locator(`.band[data-scale="${FOCUSED.scale}"][data-code="${FOCUSED.code}"]`).focus();
  await page.waitForSelector("#compare-detail dl, #compare-detail h3");
  await page.locator("#main").screenshot({ path: resolve(root, "docs/img/viewer-compare.png") });
} finally {
  await browser.close();
  await server.close();
}
