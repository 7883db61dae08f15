/**
 * Where the built web viewer is: copied into the CLI's dist/viewer at build time (so an installed
 * CLI has it), or, when running from the sources, the viewer package's own dist.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

// From the bundled dist/*.js: ./viewer/; from the sources (src/): ../dist/viewer/, then the viewer package.
const CANDIDATES = ["./viewer/", "../dist/viewer/", "../../viewer/dist/"];

/** The folder holding the built viewer's index.html, or the first place it was looked for when it is missing. */
export function viewerDir(): { readonly dir: string; readonly found: boolean } {
  const dirs = CANDIDATES.map((c) => fileURLToPath(new URL(c, import.meta.url)));
  const found = dirs.find((d) => existsSync(`${d}index.html`));
  return found ? { dir: found, found: true } : { dir: dirs[0]!, found: false };
}

/** The viewer's bundled example registry (served when `sevscale view` gets no registry). */
export const EXAMPLE_REGISTRY_FOLDER = "example-registry";
