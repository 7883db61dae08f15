/**
 * French typography: a no-break space (U+00A0, or the narrow U+202F) before `: ; ? !` and inside
 * « », in every French template and text (core messages and terms, CLI texts) and in the French
 * output of a few commands. URLs, code spans, times (24:00), ratios (4.5:1), JSON keys ("key":),
 * `!=`, `::` and the program prefix `sevscale:` are not prose and are left alone.
 */
import { fr as coreFr } from "@sevscale/core/locales/fr";
import { describe, expect, it } from "vitest";
import { runCli } from "./_fake-io.js";
import { cliTexts, loadLanguage } from "./i18n.js";
import { allTexts, frenchTypographyFaults } from "../../../test/french-typography.js";

await loadLanguage("fr");

const faultsIn = (texts: [string, string][]) => texts.flatMap(([path, text]) => frenchTypographyFaults(text).map((f) => `${path}: ${f}`));

describe("French typography", () => {
  it("the checker finds a regular space or none before : ; ? ! and inside « », and leaves URLs, times and code alone", () => {
    expect(frenchTypographyFaults("Niveau: C5")).toHaveLength(1);
    expect(frenchTypographyFaults("Niveau : C5")).toHaveLength(1);
    expect(frenchTypographyFaults("Vraiment ? Oui ! Non ; « x »")).toHaveLength(5);
    expect(frenchTypographyFaults("Niveau\u00a0: C5 ; «\u00a0x\u00a0» ?").length).toBe(2);
    expect(frenchTypographyFaults("Niveau\u00a0: C5\u202f; «\u00a0x\u00a0»\u00a0?")).toEqual([]);
    expect(frenchTypographyFaults("voir https://sevscale.org/a?b=c à 24:00, contraste 4.5:1, `a: b`, \"version\": 1, TLP:AMBER")).toEqual([]);
  });

  it("every core French message and term", () => {
    expect(faultsIn(allTexts(coreFr.messages, "messages"))).toEqual([]);
    expect(faultsIn(allTexts(coreFr.terms, "terms"))).toEqual([]);
  });

  it("every CLI text in French", () => {
    expect(faultsIn(allTexts(cliTexts("fr")))).toEqual([]);
  });

  const ROOT = new URL("../../../", import.meta.url).pathname;
  const commands: readonly (readonly string[])[] = [
    ["classify", "examples/scales/au-asd.json", "--facts", "examples/facts/asd-sample.json"],
    ["classify", "examples/scales/us-nciss.json", "--facts", "examples/incidents/us-nciss-sample.ndjson"],
    ["validate", "examples/invalid/level_code_duplicate.json"],
    ["validate", "examples/lint/level_definition_missing.json"],
    ["translate", "C3", "--from", "examples/scales/au-asd.json", "--to", "examples/scales/gb-ncsc-2018.json"],
    ["compare", "examples/scales/au-asd.json", "examples/scales/us-ciss.json"],
    // a scale whose own texts (English and Spanish) have no punctuation of their own to check
    ["render", "examples/lint/level_definition_missing.json", "--mapping", "examples/lint/_base-mapping.json", "--format", "markdown"],
    ["render", "examples/lint/_base-mapping.json", "--format", "markdown"],
    ["validate", "--help"],
  ];
  for (const argv of commands) {
    it(`the French output of sevscale ${argv.join(" ")}`, async () => {
      const r = await runCli([...argv, "--lang", "fr"], { cwd: ROOT, env: { NO_COLOR: "1" } });
      expect(r.code, r.stderr).toBeLessThan(2);
      expect(r.stdout.length).toBeGreaterThan(0);
      expect([...frenchTypographyFaults(r.stdout), ...frenchTypographyFaults(r.stderr)]).toEqual([]);
    });
  }
});
