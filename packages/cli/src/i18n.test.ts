import { LANGUAGES } from "@sevscale/core";
import { en as coreEn } from "@sevscale/core/locales/en";
import { describe, expect, it } from "vitest";
import { runCli } from "./_fake-io.js";
import { cliTexts, coreLocale, loadLanguage, type CliTexts } from "./i18n.js";

// The CLI loads one language per run; these tests read all of them.
await Promise.all(LANGUAGES.map(loadLanguage));

const EXAMPLE = "examples/invalid/level_code_duplicate.json";

/** Every text of a CLI locale, functions called with sample arguments. */
function renderAll(t: CliTexts): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (value: unknown, path: string): void => {
    if (typeof value === "string") out.set(path, value);
    else if (typeof value === "function") {
      const args = Array.from({ length: value.length }, (_, i) => (i % 2 === 0 ? 2 : "X"));
      out.set(`${path}(2)`, String(value(...args)));
      out.set(`${path}(1)`, String(value(...Array.from({ length: value.length }, (_, i) => (i % 2 === 0 ? 1 : "X")))));
    } else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) visit(v, path ? `${path}.${k}` : k);
  };
  visit(t, "");
  return out;
}

describe("CLI texts in every language", () => {
  const english = renderAll(cliTexts("en"));

  for (const lang of LANGUAGES) {
    it(`${lang}: every text exists and renders, plurals included`, () => {
      const texts = renderAll(cliTexts(lang));
      expect([...texts.keys()].sort()).toEqual([...english.keys()].sort());
      for (const [key, text] of texts) {
        if (key === "noLevel.determined" || key.startsWith("verifyPublisher")) continue;
        expect(text.trim().length, `${lang} ${key}`).toBeGreaterThan(0);
        expect(text, `${lang} ${key}`).not.toMatch(/undefined|\[object/);
      }
      if (lang !== "en") {
        const copied = [...texts].filter(([k, v]) => v === english.get(k) && /[a-z]{4,} [a-z]{4,}/i.test(v));
        expect(copied.map(([k]) => k), `${lang}: texts left in English`).toEqual([]);
      }
    });
  }
});

describe("sevscale in four languages", () => {
  for (const lang of ["es", "fr", "pt"] as const) {
    it(`--lang ${lang} before or after the command prints the messages, headings and summary in ${lang}`, async () => {
      const locale = coreLocale(lang);
      const t = cliTexts(lang);
      for (const argv of [["--lang", lang, "validate", EXAMPLE], ["validate", EXAMPLE, "--lang", lang]]) {
        const r = await runCli(argv);
        expect(r.code, argv.join(" ")).toBe(1);
        const template = (locale.messages as Readonly<Record<string, string>>)["level_code_duplicate"]!;
        const fixed = template.split(/\{[A-Za-z0-9_]+\}/)[0]!.trim();
        expect(fixed.length).toBeGreaterThan(5);
        expect(r.stdout, argv.join(" ")).toContain(fixed);
        const last = r.stdout.trim().split("\n").at(-1)!;
        const [files, errors, warnings] = (last.match(/\d+/g) ?? []).map(Number);
        expect(last).toBe(t.summary(files!, errors!, warnings!));
        expect(r.stdout).toContain(locale.terms.severity.error);
        expect(r.stdout).not.toContain((coreEn.messages as Readonly<Record<string, string>>)["level_code_duplicate"]!.split("{")[0]!.trim());
      }
    });

    it(`--lang ${lang}: the argument parser's help and errors are translated`, async () => {
      const t = cliTexts(lang);
      const help = await runCli(["--lang", lang, "validate", "--help"]);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain(t.helpUsage);
      expect(help.stdout).toContain(t.helpOptions);
      expect(help.stdout).not.toContain("Usage:");
      const unknown = await runCli(["--lang", lang, "validate", "x.json", "--nope"]);
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toContain(t.errUnknownOption("--nope"));
      const choice = await runCli(["validate", "x.json", "--format", "xml", "--lang", lang]);
      expect(choice.code).toBe(2);
      expect(choice.stderr).toContain(t.errInvalidChoice("--format <format>", "xml", "text, json"));
      const missing = await runCli(["--lang", lang, "validate"]);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain(t.errMissingArgument("paths"));
    });
  }

  it("an unsupported --lang is a usage error that lists the four languages", async () => {
    const r = await runCli(["validate", EXAMPLE, "--lang", "de"]);
    expect(r.code).toBe(2);
    for (const l of LANGUAGES) expect(r.stderr).toContain(l);
  });
});
