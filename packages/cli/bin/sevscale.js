#!/usr/bin/env node
// Launcher kept in git so package managers can link the `sevscale` bin before the first build.
import("../dist/bin.js").catch((error) => {
  if (error && error.code === "ERR_MODULE_NOT_FOUND" && String(error.message).includes("dist/bin.js")) {
    process.stderr.write("sevscale is not built yet: run `npm run setup` in the repository root.\n");
    process.exit(2);
  }
  throw error;
});
