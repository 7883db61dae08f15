/**
 * Packs the publishable workspace packages with `pnpm pack` (which applies each package's
 * `publishConfig` and runs its `prepack`), as a user would receive them from the registry. Used by
 * the pack-and-install test (test/pack-install.test.ts) and the bundle-size benchmark
 * (scripts/bench/sizes.ts). Needs the packages built.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** The published packages, by folder under packages/. */
export const PUBLISHED = ["core", "node", "schemas", "cli"] as const;
export type Published = (typeof PUBLISHED)[number];

/** pnpm as the caller runs it: the one that started us (npm_execpath), else `pnpm` on PATH. */
function pnpmCommand(): [string, string[]] {
  const exec = process.env["npm_execpath"];
  if (exec && /pnpm\.c?js$/.test(exec) && existsSync(exec)) return [process.execPath, [exec]];
  return [process.platform === "win32" ? "pnpm.cmd" : "pnpm", []];
}

/** Packs the published packages (all, or those named) into `outDir`; returns each tarball's path. */
export function packAll(outDir: string, only: readonly Published[] = PUBLISHED): Record<Published, string> {
  mkdirSync(outDir, { recursive: true });
  const [cmd, pre] = pnpmCommand();
  const out = {} as Record<Published, string>;
  for (const name of only) {
    const cwd = join(root, "packages", name);
    if (!existsSync(join(cwd, "dist"))) throw new Error(`packages/${name} is not built: run \`npm run setup\` first`);
    const before = new Set(readdirSync(outDir));
    const r = spawnSync(cmd, [...pre, "pack", "--pack-destination", outDir], { cwd, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`pnpm pack in packages/${name} failed (${r.status}): ${r.stderr || r.error?.message}`);
    const made = readdirSync(outDir).filter((f) => f.endsWith(".tgz") && !before.has(f));
    if (made.length !== 1) throw new Error(`pnpm pack in packages/${name} made ${made.length} tarballs`);
    out[name] = join(outDir, made[0]!);
  }
  return out;
}
