import { cpSync, existsSync } from "node:fs";
import { defineConfig } from "rolldown";

// One bundle for the binary: workspace packages and dependencies are bundled in, and each command
// is a chunk loaded on demand (code splitting), so start-up reads only what a command needs.
// CommonJS (`.cjs`): Node's ES module loader (its start-up and its per-file asynchronous resolve
// and load) costs more than the CLI's whole budget over `node -e 0` allows; `require` does not.
// The programmatic entry stays an ES module: `dist/index.js` re-exports `dist/index.cjs`.
// Rolldown rather than esbuild: esbuild assigns to a command's shared chunk every module reachable
// through a barrel (`@sevscale/core`'s index re-exports everything by name), used or not, so its
// `--version` loaded the whole core and zod (evanw/esbuild#3531); rolldown splits by what is used.
// The type declarations are bundled by tsup (tsup.config.ts), which runs first.
const LAZY_CHILD_PROCESS = "\0lazy-child-process.cjs";

export default defineConfig({
  input: { bin: "src/bin.ts", index: "src/index.ts" },
  platform: "node",
  resolve: {
    conditionNames: ["@sevscale/source", "module", "import", "node", "default"],
    mainFields: ["module", "main"],
  },
  output: {
    dir: "dist",
    format: "cjs",
    minify: true,
    entryFileNames: "[name].cjs",
    chunkFileNames: "[name]-[hash].cjs",
  },
  plugins: [
    {
      // commander requires node:child_process at load time, only to run external subcommands
      // (which sevscale has none of); loading it pulls in net, dgram and streams, a fifth of the
      // start-up. commander gets the module on first use instead.
      name: "lazy-child-process",
      resolveId(source, importer) {
        if ((source === "node:child_process" || source === "child_process") && importer?.includes("/commander/")) return LAZY_CHILD_PROCESS;
        return null;
      },
      load(id) {
        if (id !== LAZY_CHILD_PROCESS) return null;
        return 'let loaded;\nmodule.exports = new Proxy({}, { get: (_, key) => (loaded ??= require("node:child_process"))[key] });\n';
      },
    },
    {
      // The ES module face of the programmatic entry, exporting what `index.cjs` exports.
      name: "esm-index",
      generateBundle(_options, bundle) {
        const index = bundle["index.cjs"];
        if (index?.type !== "chunk") throw new Error("no index.cjs in the bundle");
        this.emitFile({ type: "asset", fileName: "index.js", source: `export { ${[...index.exports].sort().join(", ")} } from "./index.cjs";\n` });
      },
    },
    {
      // The CLI ships the built web viewer (sevscale view, registry build --with-viewer): pnpm builds
      // packages/viewer first (a devDependency of this package), and its dist is copied in here.
      name: "copy-viewer",
      writeBundle() {
        if (!existsSync("../viewer/dist/index.html")) throw new Error("packages/viewer/dist is missing: build @sevscale/viewer first");
        cpSync("../viewer/dist", "dist/viewer", { recursive: true });
      },
    },
  ],
});
