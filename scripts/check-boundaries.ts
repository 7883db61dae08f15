/**
 * Enforces the package boundaries of ARCHITECTURE.md, as part of the test command:
 * - `core` imports no Node built-in (with or without `node:`), no other workspace package, and
 *   writes nothing to the console;
 * - dependencies point one way: cli -> node -> core, viewer -> core; nothing imports the CLI;
 * - no deep imports into another package (`@sevscale/x/src/...`; only subpaths its `exports` publish) and no relative import that
 *   leaves its package.
 * Exits 1 and lists every violation.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const builtins = new Set(builtinModules.flatMap((m) => [m, m.split("/")[0]!]));

/** The subpaths a workspace package publishes in its `exports` map (`./locales/fr`, `./package.json`). */
function publishedSubpaths(pkg: string): ReadonlySet<string> {
  try {
    const manifest = JSON.parse(readFileSync(join(root, "packages", pkg, "package.json"), "utf8")) as { exports?: Record<string, unknown> };
    return new Set(Object.keys(manifest.exports ?? {}));
  } catch {
    return new Set();
  }
}

/** Which workspace packages each package may import. */
const allowed: Record<string, readonly string[]> = {
  core: [],
  schemas: [],
  node: ["core"],
  cli: ["core", "node"],
  viewer: ["core"],
};

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name === "dist") continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.(ts|tsx|mts)$/.test(name) && !name.endsWith(".d.ts")) out.push(p);
  }
  return out;
}

const violations: string[] = [];
const packagesDir = join(root, "packages");
for (const pkg of readdirSync(packagesDir)) {
  const srcDir = join(packagesDir, pkg, "src");
  try {
    statSync(srcDir);
  } catch {
    continue;
  }
  const may = allowed[pkg];
  if (!may) {
    violations.push(`packages/${pkg}: unknown package; add it to scripts/check-boundaries.ts`);
    continue;
  }
  for (const file of walk(srcDir)) {
    const rel = relative(root, file);
    const isTest = /\.test(-d)?\.ts$/.test(file);
    const text = readFileSync(file, "utf8");
    const info = ts.preProcessFile(text, true, true);
    for (const imp of info.importedFiles) {
      const spec = imp.fileName;
      const where = `${rel}: import "${spec}"`;
      if (spec.startsWith(".")) {
        const target = resolve(dirname(file), spec);
        if (!target.startsWith(join(packagesDir, pkg) + sep)) violations.push(`${where} leaves package ${pkg}`);
        continue;
      }
      const ws = /^@sevscale\/([^/]+)(\/.*)?$/.exec(spec);
      if (ws) {
        const [, target, deep] = ws;
        if (target === "cli" && pkg !== "cli") violations.push(`${where}: nothing may import the CLI`);
        else if (target !== pkg && !may.includes(target!) && !isTest) violations.push(`${where}: ${pkg} may import only ${may.join(", ") || "no workspace package"}`);
        if (deep && !publishedSubpaths(target!).has(`.${deep}`)) violations.push(`${where}: deep import into another package (not in its exports)`);
        continue;
      }
      if (pkg === "core" && !isTest && (spec.startsWith("node:") || builtins.has(spec.split("/")[0]!))) {
        violations.push(`${where}: core must stay isomorphic (no Node built-ins)`);
      }
    }
    if (pkg === "core" && !isTest && /\bconsole\s*\.\s*[a-z]+\s*\(/.test(text.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, ""))) {
      violations.push(`${rel}: core must not write to the console`);
    }
  }
}

if (violations.length > 0) {
  console.error(`Package boundary violations (${violations.length}):`);
  for (const v of violations) console.error(`  ${v}`);
  process.exit(1);
}
console.log("boundaries: ok");
