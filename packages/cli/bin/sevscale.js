#!/usr/bin/env node
// Launcher kept in git so package managers can link the `sevscale` bin before the first build.
// CommonJS (bin/package.json says so), like the bundle it loads: a start-up without Node's ES
// module loader.
try {
  require("../dist/bin.cjs");
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND" && String(error.message).includes("dist/bin.cjs")) {
    process.stderr.write("sevscale is not built yet: run `npm run setup` in the repository root.\n");
    process.exit(2);
  }
  throw error;
}
