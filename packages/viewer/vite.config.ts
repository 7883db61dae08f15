import { cpSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defaultClientConditions, defineConfig } from "vite";

const exampleRegistry = fileURLToPath(new URL("../../examples/registry", import.meta.url));
const out = fileURLToPath(new URL("./dist", import.meta.url));

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
    sourcemap: false,
  },
  plugins: [
    {
      // The bundled example registry the page shows when nothing is served beside it.
      name: "sevscale-example-registry",
      apply: "build",
      closeBundle() {
        cpSync(exampleRegistry, `${out}/example-registry`, { recursive: true });
      },
    },
  ],
});
