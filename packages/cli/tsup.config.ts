import { cpSync, existsSync } from "node:fs";
import { defineConfig } from "tsup";

// One bundle for the binary: workspace packages and dependencies are bundled in, and each command
// is a chunk loaded on demand (code splitting), so start-up reads only what a command needs.
export default defineConfig({
  entry: { bin: "src/bin.ts", index: "src/index.ts" },
  format: ["esm"],
  dts: { entry: { index: "src/index.ts" } },
  clean: true,
  splitting: true,
  minify: true,
  noExternal: [/.*/],
  platform: "node",
  target: "node20",
  // Bundled CommonJS dependencies (commander, semver) call require() for Node built-ins.
  banner: { js: 'import { createRequire as __sevscaleCreateRequire } from "node:module"; const require = __sevscaleCreateRequire(import.meta.url);' },
  // The CLI ships the built web viewer (sevscale view, registry build --with-viewer): pnpm builds
  // packages/viewer first (a devDependency of this package), and its dist is copied in here.
  async onSuccess() {
    if (!existsSync("../viewer/dist/index.html")) throw new Error("packages/viewer/dist is missing: build @sevscale/viewer first");
    cpSync("../viewer/dist", "dist/viewer", { recursive: true });
  },
  esbuildOptions(options) {
    options.conditions = ["@sevscale/source", "module", "import"];
  },
});
