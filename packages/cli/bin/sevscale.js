#!/usr/bin/env node
// Launcher kept in git so package managers can link the `sevscale` bin before the first build.
// CommonJS (bin/package.json says so), like the bundle it loads: a start-up without Node's ES
// module loader.
//
// V8 code cache: most of the start-up beyond `node -e 0` is V8 parsing and compiling the bundle.
// On Node >= 22.1 `module.enableCompileCache` does it; on Node 20 the bundle's own files (dist/)
// are compiled through `vm.Script` with `cachedData`, stored per user in
// `$XDG_CACHE_HOME/sevscale` (else `~/.cache/sevscale`; `%LOCALAPPDATA%\sevscale` on Windows) and
// keyed by the CLI version, Node's version and architecture, and each file's name (which carries
// rolldown's hash of its content), length and modification time. A cache entry
// is written atomically (temporary file, then rename) at exit, only when missing or rejected by
// V8; an unreadable, stale or corrupt entry is ignored (V8 checks it), never trusted across
// versions, never a crash. `SEVSCALE_NO_CACHE=1` turns it off; `SEVSCALE_CACHE_DIR` moves it.
"use strict";

function cacheRoot() {
  const env = process.env;
  if (env.SEVSCALE_NO_CACHE && env.SEVSCALE_NO_CACHE !== "0") return undefined;
  const path = require("node:path");
  if (env.SEVSCALE_CACHE_DIR) return path.resolve(env.SEVSCALE_CACHE_DIR);
  if (env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME)) return path.join(env.XDG_CACHE_HOME, "sevscale");
  if (process.platform === "win32" && env.LOCALAPPDATA) return path.join(env.LOCALAPPDATA, "sevscale", "Cache");
  const home = env.HOME || env.USERPROFILE;
  return home ? path.join(home, ".cache", "sevscale") : undefined;
}

function installCodeCache(root) {
  const Module = require("node:module");
  const path = require("node:path");
  if (typeof Module.enableCompileCache === "function") {
    Module.enableCompileCache(path.join(root, "node"));
    return;
  }
  const fs = require("node:fs");
  const vm = require("node:vm");
  const dist = path.join(__dirname, "..", "dist") + path.sep;
  let version = "0";
  try {
    version = require("../package.json").version;
  } catch {
    // an unknown version: still keyed by every file's name, length and date
  }
  const dir = path.join(root, `${version}-node${process.versions.node}-v8${process.versions.v8}-${process.arch}`);
  const pending = [];
  const importer = vm.constants && vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER;
  const compile = Module.prototype._compile;
  Module.prototype._compile = function compileWithCache(content, filename) {
    if (typeof filename !== "string" || !filename.startsWith(dist) || !filename.endsWith(".cjs") || !importer) {
      return compile.call(this, content, filename);
    }
    // The chunk's name carries rolldown's hash of its content; its length and modification time
    // guard against a file changed in place (V8 itself checks the length, its version and flags).
    let stamp;
    try {
      stamp = `${content.length.toString(36)}-${Math.trunc(fs.statSync(filename).mtimeMs).toString(36)}`;
    } catch {
      return compile.call(this, content, filename);
    }
    const file = path.join(dir, `${path.basename(filename, ".cjs")}-${stamp}.v8`);
    let cachedData;
    try {
      cachedData = fs.readFileSync(file);
    } catch {
      cachedData = undefined;
    }
    // A hashbang is valid only at the very start of a script, not inside the module wrapper.
    const source = content.startsWith("#!") ? `//${content.slice(2)}` : content;
    const script = new vm.Script(Module.wrap(source), { filename, cachedData, importModuleDynamically: importer });
    if (cachedData === undefined || script.cachedDataRejected) pending.push({ script, file });
    const fn = script.runInThisContext({ displayErrors: true });
    const localRequire = Module.createRequire(filename);
    return fn.call(this.exports, this.exports, localRequire, this, filename, path.dirname(filename));
  };
  process.once("exit", () => {
    if (pending.length === 0) return;
    try {
      fs.mkdirSync(dir, { recursive: true });
      for (const { script, file } of pending) {
        const tmp = `${file}.${process.pid}.tmp`;
        try {
          fs.writeFileSync(tmp, script.createCachedData());
          fs.renameSync(tmp, file);
        } catch {
          try {
            fs.rmSync(tmp, { force: true });
          } catch {
            // nothing more to clean
          }
        }
      }
    } catch {
      // a cache that cannot be written is only a slower next start
    }
  });
}

try {
  const root = cacheRoot();
  if (root) installCodeCache(root);
} catch {
  // the cache is an optimisation: without it the CLI runs the same, only slower to start
}

try {
  require("../dist/bin.cjs");
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND" && String(error.message).includes("dist/bin.cjs")) {
    process.stderr.write("sevscale is not built yet: run `npm run setup` in the repository root.\n");
    process.exit(2);
  }
  throw error;
}
