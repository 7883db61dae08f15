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
  esbuildOptions(options) {
    options.conditions = ["@sevscale/source", "module", "import"];
  },
});
