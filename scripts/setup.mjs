#!/usr/bin/env node
// One-step set-up for a fresh clone, for any user (no root, no global install, no pnpm needed):
//
//   node scripts/setup.mjs               install and build only
//   node scripts/setup.mjs run <script>  then run `pnpm run <script>` (npm run demo / npm test)
//
// 1. checks the Node version;
// 2. installs a pinned pnpm 10 project-locally into .tools/pnpm (git-ignored) with npm, once;
// 3. `pnpm install --frozen-lockfile`, skipped when the lockfile, the manifests, Node and pnpm
//    are the ones of the last successful install (a stamp in node_modules/.sevscale-setup);
// 4. builds the packages, skipped when no source, manifest or build configuration changed since
//    the last successful build (a hash of them in the same folder) and every dist/ is there;
// 5. runs the requested package.json script through the local pnpm, with the local pnpm first
//    on PATH so that scripts calling `pnpm` find it.
//
// Anything missing (old Node, no npm, no network) ends with a plain message and a non-zero exit
// code, never a stack trace. Kept to syntax old Node versions parse, so that they can be told.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { delimiter, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The pnpm every set-up uses (pnpm 10; the lockfile is lockfileVersion 9). */
const PNPM_VERSION = "10.34.9";
/** The oldest Node the packages support (require() of ESM, `engines` in package.json). */
const MIN_NODE = [20, 19];

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const toolsDir = join(root, ".tools", "pnpm");
const pnpmEntry = join(toolsDir, "node_modules", "pnpm", "bin", "pnpm.cjs");
const pnpmBinDir = join(toolsDir, "node_modules", ".bin");
const stampDir = join(root, "node_modules", ".sevscale-setup");
const ci = Boolean(process.env.CI);

function say(line) {
  process.stdout.write(`[setup] ${line}\n`);
}

function fail(lines) {
  for (const line of [].concat(lines)) process.stderr.write(`[setup] ${line}\n`);
  process.exit(1);
}

function checkNode() {
  const parts = process.versions.node.split(".").map((n) => Number.parseInt(n, 10));
  const ok = parts[0] > MIN_NODE[0] || (parts[0] === MIN_NODE[0] && parts[1] >= MIN_NODE[1]);
  if (!ok) {
    fail([
      `sevscale needs Node.js ${MIN_NODE.join(".")} or newer; this is Node.js ${process.versions.node}.`,
      "Install a current Node.js LTS (https://nodejs.org, or your system's package manager), then run the command again.",
    ]);
  }
}

/** Runs a command with inherited output; returns its exit status (null when it could not start). */
function run(command, args, env) {
  const r = spawnSync(command, args, { cwd: root, stdio: "inherit", env: env || process.env });
  if (r.error) return { status: null, error: r.error };
  return { status: r.status === null ? 1 : r.status, signal: r.signal };
}

function localPnpmVersion() {
  try {
    return JSON.parse(readFileSync(join(toolsDir, "node_modules", "pnpm", "package.json"), "utf8")).version;
  } catch {
    return null;
  }
}

/** npm as the user invoked it (npm run sets npm_execpath), else `npm` from PATH. */
function npmCommand() {
  const execPath = process.env.npm_execpath;
  if (execPath && /npm-cli\.js$/.test(execPath) && existsSync(execPath)) return [process.execPath, [execPath]];
  return [process.platform === "win32" ? "npm.cmd" : "npm", []];
}

function ensurePnpm() {
  if (localPnpmVersion() === PNPM_VERSION && existsSync(pnpmEntry)) return;
  say(`installing pnpm ${PNPM_VERSION} into .tools/pnpm (project-local, once)`);
  mkdirSync(toolsDir, { recursive: true });
  const [npm, pre] = npmCommand();
  const r = run(npm, [
    ...pre, "install", "--prefix", toolsDir, `pnpm@${PNPM_VERSION}`,
    "--no-save", "--no-package-lock", "--no-audit", "--no-fund", "--loglevel=error",
  ]);
  if (r.status === null) {
    fail([`could not run npm (${r.error.code || r.error.message}).`, "npm comes with Node.js; install Node.js with npm, then run the command again."]);
  }
  if (r.status !== 0 || localPnpmVersion() !== PNPM_VERSION) {
    fail([
      `could not install pnpm ${PNPM_VERSION} from the npm registry (npm exited with ${r.status}).`,
      "Check the network connection (and npm's proxy settings: npm config get proxy), then run the command again.",
    ]);
  }
}

/** The environment every pnpm step runs in: the local pnpm first on PATH. */
function pnpmEnv() {
  const key = Object.keys(process.env).find((k) => k.toUpperCase() === "PATH") || "PATH";
  return { ...process.env, [key]: [pnpmBinDir, process.env[key] || ""].join(delimiter) };
}

function pnpm(args) {
  return run(process.execPath, [pnpmEntry, ...args], pnpmEnv());
}

/** Dependency, output, test and packed-docs files do not change what the build produces. */
function skipped(name) {
  return name === "node_modules" || name === "dist" || name === "test" || name === "docs" || name.startsWith(".") || /\.test(-d)?\.ts$/.test(name);
}

/** Files under dir (recursively), skipping dependency, output and test files. */
function walk(dir, out) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const entry of entries) {
    if (skipped(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

function hashFiles(files, extra) {
  const hash = createHash("sha256");
  for (const e of extra) hash.update(`${e}\0`);
  for (const file of files.slice().sort()) {
    hash.update(`${relative(root, file)}\0`);
    hash.update(readFileSync(file));
    hash.update("\0");
  }
  return hash.digest("hex");
}

function packageDirs() {
  const dir = join(root, "packages");
  return readdirSync(dir)
    .map((name) => join(dir, name))
    .filter((p) => existsSync(join(p, "package.json")));
}

function installKey() {
  const files = [join(root, "package.json"), join(root, "pnpm-lock.yaml"), join(root, "pnpm-workspace.yaml")]
    .concat(packageDirs().map((p) => join(p, "package.json")))
    .filter((f) => existsSync(f));
  return hashFiles(files, [`node ${process.versions.node}`, `pnpm ${PNPM_VERSION}`]);
}

function buildKey(install) {
  const files = [join(root, "tsconfig.base.json")];
  for (const p of packageDirs()) {
    for (const name of readdirSync(p)) {
      const path = join(p, name);
      if (skipped(name)) continue;
      if (statSync(path).isDirectory()) walk(path, files);
      else files.push(path);
    }
  }
  return hashFiles(files.filter((f) => existsSync(f)), [install]);
}

function readStamp(name) {
  try {
    return readFileSync(join(stampDir, name), "utf8").trim();
  } catch {
    return null;
  }
}

function writeStamp(name, value) {
  mkdirSync(stampDir, { recursive: true });
  writeFileSync(join(stampDir, name), `${value}\n`);
}

function ensureInstall() {
  const key = installKey();
  if (readStamp("install") === key && existsSync(join(root, "node_modules", ".pnpm"))) return key;
  say("installing the workspace's dependencies (pnpm install --frozen-lockfile)");
  const r = pnpm(["install", "--frozen-lockfile", `--reporter=${ci ? "append-only" : "silent"}`]);
  if (r.status !== 0) {
    fail([
      `'pnpm install' failed (exit code ${r.status}); its messages are above.`,
      "Most often: no network access to the npm registry. Check the connection, then run the command again.",
    ]);
  }
  writeStamp("install", key);
  return key;
}

function ensureBuild(install) {
  const key = buildKey(install);
  const built = packageDirs().every((p) => existsSync(join(p, "dist")));
  if (readStamp("build") === key && built) return;
  say("building the packages (pnpm run build)");
  const r = pnpm(["run", "--silent", "build"]);
  if (r.status !== 0) fail([`the build failed (exit code ${r.status}); its messages are above.`]);
  writeStamp("build", key);
}

checkNode();
const args = process.argv.slice(2);
if (args.length > 0 && (args[0] !== "run" || args.length < 2)) {
  fail(["usage: node scripts/setup.mjs [run <package.json script> [arguments…]]"]);
}
ensurePnpm();
ensureBuild(ensureInstall());
if (args.length > 0) {
  const r = pnpm(["run", "--silent", ...args.slice(1)]);
  if (r.status === null) fail([`could not start pnpm (${r.error.code || r.error.message}).`]);
  process.exit(r.status);
}
