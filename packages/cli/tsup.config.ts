import { defineConfig } from "tsup";

// The type declarations of the programmatic entry (`main`, `CliIO`, `ExitCode`) in one file. The
// JavaScript is bundled by rolldown (rolldown.config.ts), which runs after this; `build` cleans dist/ first.
export default defineConfig({
  entry: { index: "src/index.ts" },
  dts: { entry: { index: "src/index.ts" }, only: true },
  format: ["esm"],
});
