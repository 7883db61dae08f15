#!/usr/bin/env node
// One-step set-up for a fresh clone on a fresh machine: make sure pnpm 10 is on PATH (it is not
// preinstalled and corepack cannot be used here), install the workspace from the lockfile, and
// build the packages the CLI runs from. Idempotent and quiet when everything is already there.
import { execSync, spawnSync } from "node:child_process";

const quiet = { stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" };

function pnpmMajor() {
  const r = spawnSync("pnpm", ["--version"], { ...quiet, shell: process.platform === "win32" });
  if (r.status !== 0) return null;
  return Number.parseInt(String(r.stdout).trim().split(".")[0] ?? "", 10);
}

function run(cmd) {
  console.log(`[setup] ${cmd}`);
  execSync(cmd, { stdio: "inherit" });
}

if (pnpmMajor() !== 10) {
  run("npm install --global pnpm@10");
  if (pnpmMajor() !== 10) {
    console.error("[setup] pnpm 10 is still not on PATH after 'npm install --global pnpm@10'.");
    console.error("[setup] Add npm's global bin folder (npm prefix -g)/bin to PATH and run again.");
    process.exit(2);
  }
}

run(`pnpm install --frozen-lockfile --reporter=${process.env.CI ? "append-only" : "silent"}`);
run("pnpm run --silent build");
