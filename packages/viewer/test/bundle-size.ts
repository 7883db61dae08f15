/**
 * Size of the viewer's JavaScript, min + gzip (zlib level 9), for docs/benchmarks.md: the first
 * view (the entry chunk, the core's English messages and what they import statically), the chunks loaded on demand, and
 * @sevscale/core's share of the first view — measured by building the same entry again with
 * @sevscale/core left out, and taking the difference.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "vite";
import type { Rollup } from "vite";
import { VIEWER_DIST } from "./harness.js";

const gz = (bytes: Uint8Array | string) => gzipSync(bytes, { level: 9 }).byteLength;

/**
 * The first view's budget, min + gzip: enforced by bundle-size.test.ts (fails above it by more than
 * 10 %) and reported by `pnpm bench viewer`. History: 127.1 KB with zod (keyrings, the registry
 * index), jose and node-semver in the first view (2026-12-05); 120 KB was the budget then; 78.6 KB
 * (80,497 bytes) with jose and the es/fr/pt texts on demand, the CRS outline, the core's own semver
 * and the packed structure table (2026-12-05); 78.9 KB (80,727 bytes) with the locale's quotation marks, number
 * forms, plurals and value words (fr-words) after the size cuts (2026-12-06); 74.9 KB (76,648 bytes)
 * with the core's messages cut to the areas the viewer shows (src/core-locales: no diff, audit or
 * export messages, no pages' words), which also takes each other language's on-demand core
 * messages from 18.7–19.9 KB to 14.2–15.0 KB (2026-12-06); 71.9 KB (73,581 bytes) with the reference
 * scale's descriptions and definitions in a chunk fetched after the compare view's first draw; 70.1 KB
 * (71,780 bytes) with the classification messages fetched with the classify view; 69.6 KB (71,297 bytes)
 * with the assessment messages fetched with the edit view; 67.4 KB (69,001 bytes) with translate (the
 * compare view's overlaps) fetched with the reference definitions after the first draw, and the
 * translation messages with the translate view.
 */
export const FIRST_VIEW_BUDGET = 67.4 * 1024;

/** One chunk of the built viewer. */
export interface ChunkSize {
  readonly file: string;
  readonly minified: number;
  readonly gzip: number;
  readonly firstView: boolean;
}

/** The measured sizes, in bytes. */
export interface BundleSizes {
  readonly chunks: readonly ChunkSize[];
  readonly firstViewGzip: number;
  readonly coreShareGzip: number;
  readonly cssGzip: number;
}

interface ManifestChunk {
  readonly file: string;
  readonly isEntry?: boolean;
  readonly imports?: readonly string[];
}

/**
 * Chunks the page loads before anything is clicked, from Vite's manifest: the entry, the core's
 * English messages the viewer shows (the page fetches those of its language before drawing:
 * src/core-locales), and what they import statically.
 */
function firstViewFiles(): Set<string> {
  const manifest = JSON.parse(readFileSync(join(VIEWER_DIST, ".vite/manifest.json"), "utf8")) as Record<string, ManifestChunk>;
  const files = new Set<string>();
  const add = (key: string): void => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const k of chunk.imports ?? []) add(k);
  };
  const englishCore = Object.keys(manifest).find((key) => key === "src/core-locales/en.ts");
  // Without it the first view would be measured without the messages it cannot draw without.
  if (englishCore === undefined) throw new Error("the manifest has no chunk of the core's English messages (src/core-locales/en.ts)");
  add(englishCore);
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) add(key);
  return files;
}

/** Measures the built viewer (run `pnpm run build` first). */
export async function measureBundle(): Promise<BundleSizes> {
  const first = firstViewFiles();
  const assets = readdirSync(join(VIEWER_DIST, "assets"));
  const chunks = assets
    .filter((f) => f.endsWith(".js"))
    .map((f) => {
      const bytes = readFileSync(join(VIEWER_DIST, "assets", f));
      return { file: f, minified: bytes.byteLength, gzip: gz(bytes), firstView: first.has(`assets/${f}`) };
    })
    .sort((a, b) => Number(b.firstView) - Number(a.firstView) || b.gzip - a.gzip);
  const cssGzip = assets.filter((f) => f.endsWith(".css")).reduce((n, f) => n + gz(readFileSync(join(VIEWER_DIST, "assets", f))), 0);
  const firstViewGzip = chunks.filter((c) => c.firstView).reduce((n, c) => n + c.gzip, 0);

  // The same entry without core: what is left of the first view is the viewer's own code.
  const output = (await build({
    root: join(VIEWER_DIST, ".."),
    configFile: join(VIEWER_DIST, "../vite.config.ts"),
    logLevel: "silent",
    build: { write: false, rollupOptions: { external: [/^@sevscale\/core/] } },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const outputs = Array.isArray(output) ? output : [output];
  const entry = outputs.flatMap((o) => o.output).find((c): c is Rollup.OutputChunk => c.type === "chunk" && c.isEntry);
  if (!entry) throw new Error("no entry chunk in the viewer build without core");
  const ownGzip = gz(entry.code);
  return { chunks, firstViewGzip, coreShareGzip: firstViewGzip - ownGzip, cssGzip };
}
