/**
 * The terminal conventions every command follows (issue 10, item 6), checked command by command:
 * exit codes in each language's help, `--format json` (or a help that says why the output already is
 * data), `-` for standard input where one document is read, colour only on a terminal and never
 * with NO_COLOR, and a level or key that is not found listed with the closest codes first.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../_fake-io.js";
import { ROOT, hasAnsi, tempFolder } from "../_test-files.js";
import { CLI_LANGUAGES, cliTexts, loadLanguage } from "../i18n.js";

for (const lang of CLI_LANGUAGES) await loadLanguage(lang);

const SCALE = join(ROOT, "examples/scales/gb-ncsc-2018.json");

/** The leaf commands, as `sevscale --help` and the groups' help list them. */
async function leafCommands(): Promise<string[][]> {
  const names = (help: string) =>
    help
      .split("Commands:")[1]!
      .split("\n")
      .map((l) => /^ {2}([a-z][a-z-]*)/.exec(l)?.[1])
      .filter((n): n is string => n !== undefined && n !== "help");
  const top = names((await runCli(["--help", "--lang", "en"])).stdout);
  const out: string[][] = [];
  for (const name of top) {
    const help = (await runCli([name, "--help", "--lang", "en"])).stdout;
    if (help.includes("Commands:")) for (const sub of names(help)) out.push([name, sub]);
    else out.push([name]);
  }
  return out;
}

const leaves = await leafCommands();

/** How each language writes "exit 0" in a command's help. */
const EXIT_WORDS: Record<(typeof CLI_LANGUAGES)[number], RegExp> = {
  en: /Exit 0\b/,
  es: /(Sale con|Salida) 0\b/,
  fr: /Code de sortie 0\b/,
  pt: /(Sai com|Saída) 0\b/,
};

describe("every command's help", () => {
  it("finds the commands (the walk works)", () => {
    expect(leaves.length).toBeGreaterThan(20);
    expect(leaves).toContainEqual(["keyring", "create"]);
    expect(leaves).toContainEqual(["import", "sssom"]);
  });

  it.each(CLI_LANGUAGES)("gives the exit codes (0, and 2 for usage or I/O) in %s", async (lang) => {
    for (const path of leaves) {
      const help = (await runCli([...path, "--help", "--lang", lang])).stdout.replace(/\s+/g, " ");
      expect(help, `${path.join(" ")} --lang ${lang}`).toMatch(EXIT_WORDS[lang]);
      expect(help, `${path.join(" ")} --lang ${lang}`).toMatch(/\b2\b/);
    }
  });

  it("offers --format json, or says the output already is a data format or a page (export, render)", async () => {
    for (const path of leaves) {
      const help = (await runCli([...path, "--help", "--lang", "en"])).stdout.replace(/\s+/g, " ");
      if (path[0] === "export" || path[0] === "render") expect(help).toMatch(/no --format json/);
      else expect(help, path.join(" ")).toMatch(/--format <format>.*choices: [^)]*"json"/);
    }
  });
});

describe("sevscale digest", () => {
  it("reads the document from standard input with - and prints the same digest as for the file", async () => {
    const fromFile = await runCli(["digest", SCALE]);
    const fromStdin = await runCli(["digest", "-"], { stdin: readFileSync(SCALE, "utf8") });
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.stdout.split(" ")[0]).toBe(fromFile.stdout.split(" ")[0]);
    expect(fromStdin.stdout).toMatch(/^[0-9a-f]{64} {2}-\n$/);
  });

  it("refuses --write with - (exit 2): there is no file to write the digests beside", async () => {
    const r = await runCli(["digest", "-", "--write"], { stdin: readFileSync(SCALE, "utf8") });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(cliTexts("en").digestWriteStdin);
  });

  it("prints {file, sha256, sha512, written, issues} with --format json, also when the file is missing or not JSON", async () => {
    const tmp = tempFolder("digest-json");
    try {
      const file = tmp.write("scale.json", readFileSync(SCALE, "utf8"));
      const ok = await runCli(["digest", "scale.json", "--write", "--format", "json"], { cwd: tmp.dir });
      expect(ok.code).toBe(0);
      const json = JSON.parse(ok.stdout) as Record<string, unknown>;
      expect(Object.keys(json)).toEqual(["file", "sha256", "sha512", "written", "issues"]);
      expect(json).toMatchObject({ file: "scale.json", written: ["scale.json.sha256", "scale.json.sha512"], issues: [] });
      expect(json["sha256"]).toMatch(/^[0-9a-f]{64}$/);
      expect(json["sha512"]).toMatch(/^[0-9a-f]{128}$/);
      expect(readFileSync(`${file}.sha256`, "utf8")).toContain(json["sha256"] as string);

      const missing = await runCli(["digest", "nothing.json", "--format", "json"], { cwd: tmp.dir });
      expect(missing.code).toBe(2);
      expect(JSON.parse(missing.stdout)).toMatchObject({ file: "nothing.json", sha256: null, issues: [{ code: "file_not_found", file: "nothing.json" }] });

      tmp.write("bad.json", "{ not json");
      const bad = await runCli(["digest", "bad.json", "--format", "json"], { cwd: tmp.dir });
      expect(bad.code).toBe(1);
      expect(JSON.parse(bad.stdout)).toMatchObject({ file: "bad.json", sha256: null, issues: [{ severity: "error", file: "bad.json" }] });
    } finally {
      tmp.remove();
    }
  });
});

describe("sevscale keygen, sign, verify and keyring create with --format json", () => {
  it("print one JSON object each, with the files they wrote", async () => {
    const tmp = tempFolder("json-keys");
    try {
      tmp.write("scale.json", readFileSync(SCALE, "utf8"));
      const keygen = await runCli(["keygen", "--out", "keys", "--kid", "gb-2026", "--format", "json"], { cwd: tmp.dir });
      expect(keygen.code).toBe(0);
      expect(JSON.parse(keygen.stdout)).toEqual({ kid: "gb-2026", privateKey: "keys/gb-2026.private.jwk", publicKey: "keys/gb-2026.public.jwk", issues: [] });
      expect(keygen.stderr).toContain(cliTexts("en").keygenWarning);

      const again = await runCli(["keygen", "--out", "keys", "--kid", "gb-2026", "--format", "json"], { cwd: tmp.dir });
      expect(again.code).toBe(2);
      expect(JSON.parse(again.stdout)).toMatchObject({ kid: null, issues: [{ code: "key_file_exists" }] });

      const sign = await runCli(["sign", "scale.json", "--key", "keys/gb-2026.private.jwk", "--format", "json"], { cwd: tmp.dir });
      expect(sign.code).toBe(0);
      expect(JSON.parse(sign.stdout)).toEqual({ file: "scale.json", signature: "scale.json.jws", kid: "gb-2026", issues: [] });

      const badKey = await runCli(["sign", "scale.json", "--key", "keys/gb-2026.public.jwk", "--format", "json"], { cwd: tmp.dir });
      expect(badKey.code).toBe(2);
      expect(JSON.parse(badKey.stdout)).toMatchObject({ file: "scale.json", signature: null, issues: [{ code: "key_file_invalid", file: "keys/gb-2026.public.jwk" }] });

      const verify = await runCli(["verify", "scale.json", "--key", "keys/gb-2026.public.jwk", "--format", "json"], { cwd: tmp.dir });
      expect(JSON.parse(verify.stdout)).toMatchObject({ file: "scale.json", valid: true, kid: "gb-2026", issues: [] });

      const ring = await runCli(["keyring", "create", "ring.json", "--id", "gb/keyring", "--format", "json"], { cwd: tmp.dir });
      expect(ring.code).toBe(0);
      expect(JSON.parse(ring.stdout)).toEqual({ file: "ring.json", id: "gb/keyring", version: "1.0.0", issues: [] });
    } finally {
      tmp.remove();
    }
  });

  it("sign and verify refuse - (exit 2): the signature is the file <file>.jws beside the document", async () => {
    for (const argv of [["sign", "-", "--key", "k.jwk"], ["verify", "-"]]) {
      const r = await runCli(argv, { stdin: "{}" });
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.stderr).toContain(cliTexts("en").signNeedsFile);
    }
  });
});

describe("a code that is not found lists the valid codes, closest first", () => {
  it("translate: the source scale's levels, the one nearest the typo first (text and JSON)", async () => {
    const args = ["translate", "Category 33", "--from", SCALE, "--to", "crs"];
    const text = await runCli(args);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain(cliTexts("en").levelsClosestFirst("Category 3, "));
    const json = JSON.parse((await runCli([...args, "--format", "json"])).stdout) as { issues: { code: string; params: { levels: string[] } }[] };
    const unknown = json.issues.find((i) => i.code === "level_unknown")!;
    expect(unknown.params.levels[0]).toBe("Category 3");
    expect(unknown.params.levels).toHaveLength(6);
  });

  it("keyring remove: the keyring's key ids, the nearest first", async () => {
    const tmp = tempFolder("keyring-closest");
    try {
      await runCli(["keygen", "--out", "keys", "--kid", "alpha-1"], { cwd: tmp.dir });
      await runCli(["keygen", "--out", "keys", "--kid", "zulu-9"], { cwd: tmp.dir });
      await runCli(["keyring", "create", "ring.json", "--id", "gb/keyring"], { cwd: tmp.dir });
      for (const kid of ["alpha-1", "zulu-9"]) await runCli(["keyring", "add", "ring.json", "--key", `keys/${kid}.public.jwk`, "--namespace", "gb"], { cwd: tmp.dir });
      const r = await runCli(["keyring", "remove", "ring.json", "zulu-8"], { cwd: tmp.dir });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(cliTexts("en").keyringKidUnknown("zulu-8", "zulu-9, alpha-1"));
    } finally {
      tmp.remove();
    }
  });
});

describe("colour", () => {
  const runs: readonly (readonly string[])[] = [
    ["validate", SCALE],
    ["translate", "Category 3", "--from", SCALE, "--to", "crs"],
    ["compare", SCALE, "crs"],
    ["classify", "crs", "--facts", "-"],
    ["digest", SCALE],
  ];
  const facts = JSON.stringify({ effect: "none", scope: "single-organisation", "national-interest": "no" });

  it("is never used when NO_COLOR is set, even on a terminal, nor when output is not a terminal", async () => {
    for (const argv of runs) {
      const noColor = await runCli(argv, { tty: true, env: { NO_COLOR: "1" }, stdin: facts });
      expect(hasAnsi(noColor.stdout + noColor.stderr), `${argv.join(" ")} with NO_COLOR`).toBe(false);
      const piped = await runCli(argv, { tty: false, env: { NO_COLOR: undefined, TERM: "xterm" }, stdin: facts });
      expect(hasAnsi(piped.stdout + piped.stderr), `${argv.join(" ")} into a pipe`).toBe(false);
    }
  });

  it("is used on a terminal without NO_COLOR", async () => {
    const r = await runCli(["validate", SCALE], { tty: true, env: { NO_COLOR: undefined, TERM: "xterm" } });
    expect(hasAnsi(r.stdout)).toBe(true);
  });
});

describe("documents from standard input with -", () => {
  const GB_MAPPING = join(ROOT, "examples/mappings/gb-ncsc-2018-to-crs.json");

  it("audit: a mapping read from - (loaded twice inside) gives the same audit as the file", async () => {
    const fromFile = await runCli(["audit", GB_MAPPING, "--scale", SCALE, "--format", "json"]);
    const fromStdin = await runCli(["audit", "-", "--scale", SCALE, "--format", "json"], { stdin: readFileSync(GB_MAPPING, "utf8") });
    expect(fromStdin.code).toBe(fromFile.code);
    expect(JSON.parse(fromStdin.stdout)).toEqual(JSON.parse(fromFile.stdout));
  });

  it("receive: an assessment read from - is checked like the file; with --keyring it is refused (the signature is <file>.jws)", async () => {
    const tmp = tempFolder("receive-stdin");
    try {
      const out = join(tmp.dir, "a.json");
      const asd = join(ROOT, "examples/scales/au-asd.json");
      const facts = join(ROOT, "examples/facts/asd-sample.json");
      expect((await runCli(["assess", asd, "--facts", facts, "--incident", "INC-1", "--out", out, "--assessed", "2026-03-01T12:00:00Z"])).code).toBe(0);
      const registry = join(ROOT, "examples/registry");
      const fromFile = await runCli(["receive", out, "--as", SCALE, "--registry", registry, "--format", "json"]);
      const fromStdin = await runCli(["receive", "-", "--as", SCALE, "--registry", registry, "--format", "json"], { stdin: readFileSync(out, "utf8") });
      expect(fromStdin.code).toBe(fromFile.code);
      const status = (r: { stdout: string }) => (JSON.parse(r.stdout) as { status: string }).status;
      expect(status(fromStdin)).toBe(status(fromFile));
      const keyring = join(ROOT, "examples/keys/demo-keyring.json");
      const refused = await runCli(["receive", "-", "--as", SCALE, "--registry", registry, "--keyring", keyring], { stdin: readFileSync(out, "utf8") });
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain(cliTexts("en").signNeedsFile);
    } finally {
      tmp.remove();
    }
  });
});
