/**
 * Start-up reads only the CLI's texts; the core's issue messages are loaded before a command runs,
 * or, for `validate`, only when it has an issue to show. This file loads no language itself (a
 * fresh module state per test file), so a command that showed a message without loading it would
 * fail here with "language … is not loaded".
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./_fake-io.js";
import { coreLocale } from "./i18n.js";

const EXAMPLES = join(import.meta.dirname, "..", "..", "..", "examples");
const valid = join(EXAMPLES, "scales", "us-ciss.json");
const invalid = join(EXAMPLES, "invalid", "level_code_duplicate.json");

describe("issue messages loaded on demand", () => {
  it("validate of a valid document does not load them", async () => {
    const r = await runCli(["validate", valid, "--lang", "pt"]);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(r.stdout).toMatch(/^1 arquivo verificado/);
    expect(() => coreLocale("pt")).toThrow(/not loaded/);
  });

  it("validate loads them for findings, in text and JSON", async () => {
    const text = await runCli(["validate", invalid, valid, "--lang", "fr"]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain("erreur level_code_duplicate Le code de niveau");
    const json = await runCli(["validate", invalid, "--lang", "es", "--format", "json"]);
    expect(json.code).toBe(1);
    const issue = (JSON.parse(json.stdout) as { files: { issues: { code: string; message: string }[] }[] }).files[0]!.issues[0]!;
    expect(issue.code).toBe("level_code_duplicate");
    expect(issue.message).toBe(coreLocale("es").messages.level_code_duplicate.replace("{code}", "L4").replace("{first}", "/levels/3/code"));
  });

  it("validate loads them for a missing file", async () => {
    const r = await runCli(["validate", join(EXAMPLES, "no-such-file.json"), "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^sevscale: .*no-such-file\.json error file_not_found /);
  });

  it("other commands have them before they run", async () => {
    const r = await runCli(["diff", valid, valid, "--lang", "pt"]);
    expect(r.code).toBe(0);
    expect(() => coreLocale("pt")).not.toThrow();
  });
});
