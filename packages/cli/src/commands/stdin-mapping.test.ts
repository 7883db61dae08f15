/**
 * A scale read from standard input (`-`) has no folder its mapping could be found in: translate,
 * compare, render and export say so (`mapping_not_found_stdin`, exit 2) and name the option that
 * gives the mapping, in the run's language, instead of naming paths that were never there.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { renderMessage } from "@sevscale/core";
import { describe, expect, it } from "vitest";
import { runCli } from "../_fake-io.js";
import { ROOT } from "../_test-files.js";
import { CLI_LANGUAGES, coreLocale, loadLanguage } from "../i18n.js";

for (const lang of CLI_LANGUAGES) await loadLanguage(lang);

const UK = readFileSync(join(ROOT, "examples/scales/gb-ncsc-2018.json"), "utf8");
const UK_MAPPING = "examples/mappings/gb-ncsc-2018-to-crs.json";

/** Each command with the scale on `-`, and the option its message must name. */
const CASES: readonly (readonly [args: readonly string[], option: string])[] = [
  [["translate", "Category 3", "--from", "-", "--to", "crs"], "--from-mapping"],
  [["translate", "R3", "--from", "crs", "--to", "-"], "--to-mapping"],
  [["compare", "-", "crs"], "--mapping"],
  [["render", "-", "--format", "markdown"], "--mapping"],
  [["export", "misp", "-"], "--mapping"],
];

describe("a scale on standard input without its mapping", () => {
  it.each(CLI_LANGUAGES)("says the scale came from standard input and names the option to pass (%s, exit 2)", async (lang) => {
    for (const [args, option] of CASES) {
      const r = await runCli([...args, "--lang", lang], { cwd: ROOT, stdin: UK });
      const issue = { code: "mapping_not_found_stdin", severity: "error" as const, pointer: "", params: { scale: "gb/ncsc-2018", option } };
      expect([args.join(" "), r.code]).toEqual([args.join(" "), 2]);
      expect(r.stderr, args.join(" ")).toContain(`sevscale: - `);
      expect(r.stderr, args.join(" ")).toContain(renderMessage(issue, coreLocale(lang)));
      expect(r.stderr).not.toContain("-to-crs.json");
    }
  });

  it("gives the issue in JSON, on the file -", async () => {
    const r = await runCli(["translate", "Category 3", "--from", "-", "--to", "crs", "--format", "json"], { cwd: ROOT, stdin: UK });
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toMatchObject({ issues: [{ code: "mapping_not_found_stdin", file: "-", params: { option: "--from-mapping" } }] });
  });

  it("works with the option it names", async () => {
    const translate = await runCli(["translate", "Category 3", "--from", "-", "--to", "crs", "--from-mapping", UK_MAPPING], { cwd: ROOT, stdin: UK });
    expect(translate.code, translate.stderr).toBe(0);
    const compare = await runCli(["compare", "-", "crs", "--mapping", UK_MAPPING, "--format", "json"], { cwd: ROOT, stdin: UK });
    expect(compare.code, compare.stderr).toBe(0);
  });
});

describe("a mapping on standard input without its scale", () => {
  const mapping = readFileSync(join(ROOT, UK_MAPPING), "utf8");

  it.each(CLI_LANGUAGES)("audit says the mapping came from standard input and names --scale (%s, exit 2)", async (lang) => {
    const r = await runCli(["audit", "-", "--lang", lang], { cwd: ROOT, stdin: mapping });
    const parsed = JSON.parse(mapping) as { subject: { id: string; versions: string } };
    const issue = { code: "scale_not_found_stdin", severity: "error" as const, pointer: "", params: { id: parsed.subject.id, range: parsed.subject.versions, option: "--scale" } };
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(renderMessage(issue, coreLocale(lang)));
  });

  it("audit works with the option it names", async () => {
    const r = await runCli(["audit", "-", "--scale", "examples/scales/gb-ncsc-2018.json", "--format", "json"], { cwd: ROOT, stdin: mapping });
    expect([0, 1]).toContain(r.code);
    expect(JSON.parse(r.stdout)).toMatchObject({ mapping: expect.anything() });
  });
});
