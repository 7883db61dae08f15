/**
 * The end-to-end harness: Debian's Chromium driven by playwright-core (never a downloaded browser)
 * and the built viewer served with the same server code as `sevscale view`. Used by the e2e tests
 * and by `pnpm bench` (scripts/bench/viewer.ts).
 */
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { serveStatic } from "@sevscale/node";
import type { StaticServer } from "@sevscale/node";
import { chromium } from "playwright-core";
import type { Browser, Page } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
/** The built viewer (`npm run setup` builds it). */
export const VIEWER_DIST = resolve(here, "../dist");
/** The example registry of the repository. */
export const EXAMPLE_REGISTRY = resolve(here, "../../../examples/registry");
/** Screenshots and other test artefacts (git-ignored). */
export const ARTEFACTS = resolve(here, "artefacts");

/** Where Chromium is: SEVSCALE_CHROMIUM, else Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
  return process.env["SEVSCALE_CHROMIUM"] ?? "/usr/bin/chromium";
}

/** Launches headless Chromium; throws (so tests fail, never skip) when it cannot start. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath}: install it with 'apt-get install -y chromium' (or set SEVSCALE_CHROMIUM).`);
  }
  return chromium.launch({
    executablePath,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
  });
}

/** Serves the built viewer with a registry folder beside it (as `sevscale view <dir>` does). */
export async function serveViewer(registryDir: string | null = EXAMPLE_REGISTRY): Promise<StaticServer> {
  if (!existsSync(join(VIEWER_DIST, "index.html"))) throw new Error(`The viewer is not built (${VIEWER_DIST}): run 'npm run setup'.`);
  return serveStatic({ roots: registryDir ? [registryDir, VIEWER_DIST] : [VIEWER_DIST] });
}

/** Saves a full-page screenshot as a test artefact and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTEFACTS, { recursive: true });
  const path = join(ARTEFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Milliseconds from navigation start to the compare view's "interactive" mark, read in the page. */
export async function compareInteractiveMs(page: Page): Promise<number> {
  await page.waitForFunction(() => performance.getEntriesByName("sevscale:compare-interactive").length > 0);
  return page.evaluate(() => performance.getEntriesByName("sevscale:compare-interactive")[0]!.startTime);
}
