/**
 * The packages as their users get them: packed with `pnpm pack` (publishConfig applied), installed
 * with npm from the tarballs in a fresh folder outside the workspace, then used the ways users use
 * them: the CLI's binary, ESM `import` and `require()` of the core, a TypeScript consumer type-checked
 * with `skipLibCheck: false` under `node16` and `bundler` resolution, publint --strict and
 * are-the-types-wrong on each tarball, and `npm install -g` of the CLI into a temporary prefix.
 * One pack and one install serve every assertion. Needs the build (`npm test` builds first).
 *
 * are-the-types-wrong runs with its `esm-only` profile: the packages are ESM only by design
 * (`"type": "module"`, an `exports` map with `types` and `default`); it ignores the `node10`
 * resolution (no `main` field: pre-exports resolvers) and TypeScript's `node16`-from-CommonJS
 * mode, whose rule "require() of ESM is an error" Node ≥ 20.19 no longer has; the real
 * `require()` is tested below instead.
 */
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { LANGUAGES } from "@sevscale/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packAll, PUBLISHED, root, type Published } from "../scripts/pack.js";

let dir: string;
let tarballs: Record<Published, string>;
let consumer: string;

/** npm as the test's caller has it: the npm next to this Node, else `npm` on PATH. */
function npm(args: readonly string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(process.platform === "win32" ? "npm.cmd" : "npm", [...args, "--no-audit", "--no-fund", "--loglevel=error", "--prefer-offline"], {
    cwd,
    encoding: "utf8",
    // No workspace settings leak into the user's install.
    env: { ...process.env, npm_config_workspaces: undefined, npm_config_user_agent: undefined, INIT_CWD: cwd },
    timeout: 240_000,
  });
}

function node(args: readonly string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, args, { cwd, encoding: "utf8", env: { PATH: process.env["PATH"] ?? "", NO_COLOR: "1" }, timeout: 60_000 });
}

function ok(r: SpawnSyncReturns<string>, what: string): string {
  if (r.status !== 0) throw new Error(`${what} exited ${r.status}${r.error ? ` (${r.error.message})` : ""}\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "sevscale-pack-"));
  tarballs = packAll(join(dir, "tarballs"));
  consumer = join(dir, "consumer");
  mkdirSync(consumer);
  writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true, version: "0.0.0" }));
  ok(npm(["install", ...PUBLISHED.map((p) => tarballs[p])], consumer), "npm install of the tarballs");
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("packed packages installed with npm outside the workspace", () => {
  it("ship no TypeScript source, and each has a README, repository, homepage, keywords and engines", () => {
    for (const name of PUBLISHED) {
      const files = ok(spawnSync("tar", ["-tzf", tarballs[name]], { encoding: "utf8" }), "tar").split("\n").filter(Boolean);
      expect(files.filter((f) => /\.(ts|tsx|mts|cts)$/.test(f) && !/\.d\.(ts|mts|cts)$/.test(f)), name).toEqual([]);
      expect(files, name).toContain("package/README.md");
      const pkg = JSON.parse(readFileSync(join(consumer, "node_modules", "@sevscale", name, "package.json"), "utf8")) as Record<string, unknown>;
      for (const field of ["repository", "homepage", "keywords", "engines", "license"]) expect(pkg[field], `${name}: ${field}`).toBeTruthy();
      expect(JSON.stringify(pkg["exports"]), `${name}: no source condition is published`).not.toContain("@sevscale/source");
    }
  });

  it("sevscale --help and sevscale validate work from the installed CLI", () => {
    const bin = join(consumer, "node_modules", "@sevscale", "cli", "bin", "sevscale.js");
    expect(ok(node([bin, "--help"], consumer), "sevscale --help")).toContain("validate");
    const example = join(root, "examples", "scales", "us-ciss.json");
    expect(ok(node([bin, "validate", example], consumer), "sevscale validate")).toMatch(/0 errors/);
    const bad = node([bin, "validate", join(root, "examples", "invalid", "level_code_duplicate.json")], consumer);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain("level_code_duplicate");
  });

  it("ships the documents the CLI's help names, in every language (each its guide)", () => {
    const cli = join(consumer, "node_modules", "@sevscale", "cli");
    const named = new Set<string>();
    for (const lang of LANGUAGES) {
      const help = ok(node([join(cli, "bin", "sevscale.js"), "--help", "--lang", lang], consumer), `sevscale --help --lang ${lang}`);
      const docs = [...help.matchAll(/docs\/[\w.-]+\.md/g)].map((m) => m[0]);
      expect(docs.length, lang).toBeGreaterThan(0);
      for (const d of docs) named.add(d);
    }
    // One guide a language, not one for all.
    expect(named.size).toBeGreaterThanOrEqual(LANGUAGES.length);
    for (const d of named) expect(existsSync(join(cli, d)), d).toBe(true);
  });

  it("imports @sevscale/core from ESM and with require(), and the schemas subpath", () => {
    const esm = node(["--input-type=module", "-e", 'import { validateText, classify } from "@sevscale/core"; import { ScaleSchema } from "@sevscale/core/schemas"; console.log(typeof validateText, typeof classify, typeof ScaleSchema.safeParse);'], consumer);
    expect(ok(esm, "ESM import").trim()).toBe("function function function");
    const cjs = node(["-e", 'const core = require("@sevscale/core"); const text = require("fs").readFileSync(process.argv[1], "utf8"); console.log(core.validateText(text).issues.length);', join(root, "examples", "scales", "us-ciss.json")], consumer);
    expect(ok(cjs, "require()").trim()).toBe("0");
    const nodePkg = node(["--input-type=module", "-e", 'import * as n from "@sevscale/node"; console.log(Object.keys(n).length > 0);'], consumer);
    expect(ok(nodePkg, "@sevscale/node import").trim()).toBe("true");
  });

  it.each(["node16", "bundler"] as const)("type-checks a TypeScript consumer with skipLibCheck false (%s resolution)", (resolution) => {
    const project = join(consumer, `ts-${resolution}`);
    mkdirSync(project, { recursive: true });
    writeFileSync(join(project, "package.json"), JSON.stringify({ type: "module", private: true }));
    writeFileSync(
      join(project, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          target: "ES2022",
          module: resolution === "node16" ? "node16" : "esnext",
          moduleResolution: resolution,
          strict: true,
          skipLibCheck: false,
          noEmit: true,
          lib: ["ES2023", "DOM"],
          types: ["node"],
          typeRoots: [join(root, "node_modules", "@types")],
        },
        include: ["consumer.ts"],
      }),
    );
    writeFileSync(
      join(project, "consumer.ts"),
      [
        'import { validateText, classify, translate, compare, assertCanonicalJson, type Issue } from "@sevscale/core";',
        'import { ScaleSchema } from "@sevscale/core/schemas";',
        'import * as io from "@sevscale/node";',
        'import { documentJsonSchemas } from "@sevscale/schemas";',
        "const issues: readonly Issue[] = validateText('{}').issues;",
        "export const used = [issues.length, classify, translate, compare, assertCanonicalJson, ScaleSchema, io, documentJsonSchemas];",
        "",
      ].join("\n"),
    );
    const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
    ok(node([tsc, "-p", project], project), `tsc (${resolution})`);
  });

  it.each(PUBLISHED)("@sevscale/%s passes publint --strict and are-the-types-wrong (esm-only profile)", (name) => {
    const publint = ok(node([join(root, "node_modules", "publint", "src", "cli.js"), "--strict", tarballs[name]], dir), "publint");
    expect(publint).toContain("All good");
    const attwBin = join(root, "node_modules", "@arethetypeswrong", "cli", "dist", "index.js");
    ok(node([attwBin, "--profile", "esm-only", "--format", "ascii", tarballs[name]], dir), "attw");
  });

  it("npm install -g of the packed CLI into a fresh prefix gives a working sevscale", () => {
    const prefix = join(dir, "global");
    ok(npm(["install", "-g", "--prefix", prefix, tarballs.cli], dir), "npm install -g");
    const binDir = process.platform === "win32" ? prefix : join(prefix, "bin");
    const r = spawnSync("sevscale", ["validate", join(root, "examples", "scales", "us-ciss.json")], {
      cwd: dir,
      encoding: "utf8",
      env: { PATH: [binDir, process.env["PATH"] ?? ""].join(delimiter), NO_COLOR: "1" },
    });
    expect(ok(r, "global sevscale")).toMatch(/0 errors/);
  });
});
