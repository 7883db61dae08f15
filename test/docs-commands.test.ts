/**
 * Every command the documentation shows is run (or, for a synopsis, checked): the docs cannot
 * drift from the CLI. Each Markdown file runs in a folder of its own holding a copy of examples/,
 * with HOME inside it and `/tmp/` rewritten into it, through the built CLI (`sevscale`,
 * `npx sevscale` and `pnpm exec sevscale` all reach it). A `sevscale` command must exit 0 or 1
 * (findings are what many examples show) unless its line ends in `# exit N`; exit 2 (usage or I/O)
 * means the docs name an option, argument or file that does not exist. Shell lines around them
 * (cp, sed, mkdir, cd … &&, sha256sum) run too; a line that installs, clones, serves or runs in the
 * background is listed in `NOT_RUN` with the reason. Where a command's block is followed directly
 * by a `text` block, that block is the output the docs show, and the command must print exactly it.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type DocCommand, type DocFile, INVOCATION, docCommands } from "./docs-commands.js";

const ROOT = join(import.meta.dirname, "..");
const CLI = join(ROOT, "packages/cli/bin/sevscale.js");

/** Generated pages show help output, not commands to run. */
const GENERATED = new Set(["docs/api.md", "docs/error-codes.md", "docs/cli.es.md", "docs/cli.fr.md", "docs/cli.pt.md"]);
const FILES = ["README.md", ...readdirSync(join(ROOT, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)].filter((f) => !GENERATED.has(f));

/** Shell lines the test does not run, and why (matched against the start of the line). */
const NOT_RUN: readonly (readonly [RegExp, string])[] = [
  [/^git\s/, "clones or changes a repository"],
  [/^(npm|pnpm)\s+(run|install|test|bench|i\b)/, "set-up and test commands: what CI itself runs"],
  [/^(node|git|npm|pnpm)\s+--version/, "prints a tool's version"],
  [/^cd\s+\S+\s*$/, "a bare cd: the next lines run in the sandbox anyway"],
  [/^echo \$\?/, "prints the previous exit code (checked by the test instead)"],
  [/&\s*$/, "starts a background server"],
  [/^\(?\s*cd .*python3 -m http\.server/, "starts a web server"],
  [/^sudo\s|^apt(-get)?\s/, "installs system packages"],
];

/** `sevscale` lines that are checked rather than run: long-running, or reaching the network. */
const CHECK_ONLY: readonly (readonly [RegExp, string])[] = [
  [/\bsevscale\s+view\b/, "serves the viewer until interrupted"],
  [/https?:\/\//, "reaches a web server"],
  [/\s--interactive\b/, "asks questions on a terminal (classify-interactive.test.ts drives it through a pseudo-terminal)"],
];

/** Shell programs the docs may use around sevscale, run as shown. */
const SHELL_OK = /^(cp|sed|mkdir|cat|ls|sha256sum|head|tail|diff|rm|mv|cd\s+\S+\s*&&)\b/;

/** A folder of the sandbox: examples/ copied, `sevscale`, `npx` and `pnpm` shims on PATH. */
function sandbox(): { dir: string; env: NodeJS.ProcessEnv; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), "sevscale-docs-"));
  cpSync(join(ROOT, "examples"), join(dir, "examples"), { recursive: true, filter: (src) => !src.includes("node_modules") });
  for (const sub of ["home", "tmp", "bin"]) mkdirSync(join(dir, sub));
  const shim = (name: string, body: string) => {
    writeFileSync(join(dir, "bin", name), `#!/bin/sh\n${body}\n`);
    chmodSync(join(dir, "bin", name), 0o755);
  };
  shim("sevscale", `exec node "${CLI}" "$@"`);
  shim("npx", `[ "$1" = sevscale ] && { shift; exec sevscale "$@"; }; echo "docs test: npx $1 is not run" >&2; exit 127`);
  shim("pnpm", `[ "$1" = exec ] && shift; [ "$1" = sevscale ] && { shift; exec sevscale "$@"; }; echo "docs test: pnpm $* is not run" >&2; exit 127`);
  const env = { PATH: `${join(dir, "bin")}:${process.env["PATH"] ?? ""}`, HOME: join(dir, "home"), NO_COLOR: "1", LANG: "C.UTF-8" };
  return { dir, env, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** `# exit N` at the end of a line. */
function expectedExit(text: string): number | undefined {
  const m = /#\s*exit\s+(\d+)\s*$/.exec(text);
  return m ? Number(m[1]) : undefined;
}

/** The sub-command path and the long options a synopsis names, e.g. `registry build` and `--out`. */
function synopsisParts(text: string): { path: string[]; options: string[] } {
  const words = text.replace(INVOCATION, "").replace(/\s#.*$/, "").split(/\s+/);
  const path: string[] = [];
  for (const w of words) {
    if (!/^[a-z][a-z-]*$/.test(w)) break;
    path.push(w);
    if (path.length === 2) break;
  }
  const options = [...text.matchAll(/(?:^|[\s[|])(--[a-z][a-z-]*)/g)].map((m) => m[1]!);
  return { path, options };
}

function helpOf(path: readonly string[], env: NodeJS.ProcessEnv): string {
  return execFileSync("node", [CLI, ...path, "--help", "--lang", "en"], { env, encoding: "utf8" });
}

/** Checks a command without running it: the command exists and every option it names is one of its own. */
function check(c: DocCommand, env: NodeJS.ProcessEnv): void {
  const { path, options } = synopsisParts(c.text);
  const where = `${c.file}:${c.line}: ${c.text}`;
  // The first word must be a command; a second word is a sub-command only for the groups.
  let help = helpOf(path.slice(0, 1), env);
  if (path.length === 2 && /\n {2}Commands:|\nCommands:/.test(help)) help = helpOf(path, env);
  expect(help, where).toMatch(/Usage: sevscale/);
  for (const option of options) {
    expect(help, `${where}: ${option} is not an option of \`sevscale ${path.join(" ")}\``).toContain(option);
  }
}

/** Saves a file the docs show, where they say to save it (inside the sandbox). */
function writeDocFile(f: DocFile, dir: string): void {
  const target = join(dir, f.path);
  expect(target.startsWith(`${dir}/`), `${f.file}:${f.line}: ${f.path} is outside the sandbox`).toBe(true);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, f.content);
}

/**
 * Output as the docs show it: line ends trimmed, no trailing blank lines, the sandbox's own
 * folders written as the reader's (`~/` for HOME, nothing for the working folder).
 */
function shownForm(out: string, box?: { dir: string; env: NodeJS.ProcessEnv }): string {
  let text = out;
  if (box) text = text.replaceAll(`${box.env["HOME"]}/`, "~/").replaceAll(`${box.dir}/`, "");
  return text
    .split("\n")
    .map((l) => l.trimEnd())
    .join("\n")
    .replace(/\n+$/, "");
}

/** Runs one line in the sandbox with bash; returns its exit code and output. */
function run(c: DocCommand, box: { dir: string; env: NodeJS.ProcessEnv }): { code: number; out: string } {
  const line = c.text.replaceAll("/tmp/", `${box.dir}/tmp/`).replace(/(^|\s)~\//g, `$1${box.env["HOME"]}/`);
  const r = spawnSync("bash", ["-c", line], { cwd: box.dir, env: box.env, encoding: "utf8", timeout: 120_000 });
  return { code: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
}

const cases = FILES.map((file) => ({ file, commands: docCommands(join(ROOT, file)).map((c) => ({ ...c, file })) })).filter((f) => f.commands.length > 0);

describe("the commands the documentation shows", () => {
  it("pair a command with the output shown right after its block, and only then", () => {
    const md = [
      "```sh", "npx sevscale validate a.json", "```", "", "```text", "valid: a.json", "```", // shown output
      "```sh", "sevscale digest a.json", "sevscale digest b.json", "```", "```text", "x", "```", // two commands: whose?
      "```sh", "sevscale diff a.json b.json", "```", "Prose between.", "```text", "y", "```", // not adjacent
      "```sh", "sevscale verify a.json", "```", "```text", "$ sevscale verify b.json", "z", "```", // a transcript
    ].join("\n");
    const commands = docCommands("x.md", md).filter((c): c is DocCommand => "text" in c);
    const outputs = Object.fromEntries(commands.map((c) => [c.text, c.output]));
    expect(outputs["npx sevscale validate a.json"]).toEqual({ line: 6, text: "valid: a.json" });
    expect(outputs["sevscale digest a.json"]).toBeUndefined();
    expect(outputs["sevscale digest b.json"]).toBeUndefined();
    expect(outputs["sevscale diff a.json b.json"]).toBeUndefined();
    expect(outputs["sevscale verify a.json"]).toBeUndefined();
    expect(commands.map((c) => c.text)).toContain("sevscale verify b.json");
  });

  it("are found in the docs (the extraction works)", () => {
    const all = cases.flatMap((f) => f.commands).filter((c): c is DocCommand => "text" in c);
    expect(all.filter((c) => c.sevscale).length).toBeGreaterThan(40);
    expect(all.some((c) => c.synopsis)).toBe(true);
    // Outputs shown after a command are found, in each of the four guides.
    const shown = all.filter((c) => c.output !== undefined);
    expect(shown.length).toBeGreaterThan(15);
    for (const guide of ["docs/guide.md", "docs/guia.md", "docs/guide.fr.md", "docs/guide.pt.md"]) expect(shown.some((c) => c.file === guide), guide).toBe(true);
    expect(existsSync(CLI)).toBe(true);
  });

  it.each(cases)("$file: every sevscale command runs (or, written as a synopsis, names real options)", ({ commands }) => {
    const box = sandbox();
    try {
      for (const c of commands) {
        if ("path" in c) {
          writeDocFile(c, box.dir);
          continue;
        }
        const where = `${c.file}:${c.line}: ${c.text}`;
        const skipped = NOT_RUN.find(([re]) => re.test(c.text));
        if (!c.sevscale) {
          if (skipped || !SHELL_OK.test(c.text)) continue;
          const r = run(c, box);
          expect(r.code, `${where}\n${r.out}`).toBe(0);
          continue;
        }
        if (c.synopsis || CHECK_ONLY.some(([re]) => re.test(c.text))) {
          check(c, box.env);
          continue;
        }
        const r = run(c, box);
        const expected = expectedExit(c.text);
        if (expected !== undefined) expect(r.code, `${where}\n${r.out}`).toBe(expected);
        else expect([0, 1], `${where} exited ${r.code}\n${r.out}`).toContain(r.code);
        expect(r.out, `${where}: a stack trace`).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
        if (c.output) expect(shownForm(r.out, box), `${c.file}:${c.output.line}: the output shown for \`${c.text}\``).toBe(shownForm(c.output.text));
      }
    } finally {
      box.remove();
    }
  });
});
