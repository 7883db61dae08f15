import { cpSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defaultClientConditions, defineConfig } from "vite";
import type { Plugin } from "vite";

const exampleRegistry = fileURLToPath(new URL("../../examples/registry", import.meta.url));
const out = fileURLToPath(new URL("./dist", import.meta.url));

/** Copies the bundled example registry (shown when nothing is served beside the page) into dist. */
function exampleRegistryPlugin(): Plugin {
  let write = true;
  return {
    name: "sevscale-example-registry",
    apply: "build",
    configResolved(config) {
      write = config.build.write;
    },
    closeBundle() {
      if (write) cpSync(exampleRegistry, `${out}/example-registry`, { recursive: true });
    },
  };
}

export default defineConfig({
  // Relative URLs: the built page works from any folder (beside a registry, under a sub-path).
  base: "./",
  resolve: {
    // @sevscale/core from its TypeScript source, so the viewer never bundles a stale dist/.
    conditions: ["@sevscale/source", ...defaultClientConditions],
  },
  build: {
    target: "es2022",
    outDir: out,
    emptyOutDir: true,
    reportCompressedSize: false,
    // dist/.vite/manifest.json: which chunks the first view loads (the size benchmark reads it).
    manifest: true,
    sourcemap: false,
  },
  plugins: [exampleRegistryPlugin()],
});
