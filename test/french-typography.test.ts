/**
 * French typography: in every French template and text (core messages and terms, CLI texts, the
 * web viewer) and in the French output of a few commands, a no-break space (U+00A0, or the narrow
 * U+202F) before `: ; ? !` and inside « ». What is not prose is left alone: code spans, URLs, the program prefix
 * `sevscale:`, an editor's `file:line:column:` position, times and ratios (24:00, 4.5:1), JSON keys
 * (`"key":`), `::`, `!=`, `TLP:AMBER`, query strings, a template's `{name:kind}` placeholder.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { renderMessage } from "@sevscale/core";
import { fr as coreFr } from "@sevscale/core/locales/fr";
import { describe, expect, it } from "vitest";
import { runCli } from "../packages/cli/src/_fake-io.js";
import { cliTexts, loadLanguage } from "../packages/cli/src/i18n.js";
import { fr as viewerFr } from "../packages/viewer/src/locales/fr.js";
import { REFERENCE_SCALE } from "../packages/core/src/reference/crs.js";

await loadLanguage("fr");

const NO_BREAK = "\u00a0\u202f";

/** The places in `text` where French typography wants a no-break space and has none; each with its context. */
function frenchTypographyFaults(text: string): string[] {
  const blank = (m: string) => " ".repeat(m.length);
  // Not prose: code spans, URLs, the program prefix, ANSI colour codes.
  const t = text
    .replace(/`[^`\n]*`/g, blank)
    // a template's placeholder naming the words of its value, {required:bump}
    .replace(/\{[A-Za-z0-9_]+:[A-Za-z]+\}/g, blank)
    .replace(/\b(?:https?|file):\/\/[^\s»)"]+/g, (m) => "x".repeat(m.length))
    .replace(/\u001b\[[0-9;]*m/g, "")
    .replace(/(^|\n)sevscale:/g, (m) => m.replace(/:$/, " "))
    // an editor's file:line:column: position at the start of a line
    .replace(/(^|\n)(\s*)(\S+:\d+(?::\d+)?:)/g, (_m, nl: string, sp: string, pos: string) => nl + sp + blank(pos));
  const faults: string[] = [];
  const at = (i: number) => JSON.stringify(t.slice(Math.max(0, i - 20), i + 4));
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    const prev = t[i - 1] ?? "";
    const next = t[i + 1] ?? "";
    if (":;?!".includes(c)) {
      if (i === 0 || prev === "\n" || NO_BREAK.includes(prev)) continue;
      if (c === ":" && !/\s/.test(prev) && /[0-9]/.test(next)) continue; // 24:00, 4.5:1, {ratio}:1
      if (c === ":" && (prev === '"' || next === ":" || prev === ":")) continue; // "key": and ::
      if (c === ":" && /^[A-Z]+:[A-Z]/.test(t.slice(i - 3, i + 2)) ) continue; // TLP:AMBER
      if (c === "!" && next === "=") continue;
      if (c === "?" && /[\w=&]/.test(next)) continue; // a query string
      faults.push(at(i));
    } else if (c === "«" && !NO_BREAK.includes(next)) faults.push(at(i));
    else if (c === "»" && !NO_BREAK.includes(prev)) faults.push(at(i));
  }
  return faults;
}

/** Every string in a value: strings as they are, functions called with sample arguments (each branch of a plural). */
function allTexts(value: unknown, path = ""): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (typeof value === "function") {
    const fn = value as (...args: unknown[]) => unknown;
    const out: [string, string][] = [];
    for (const sample of [2, 1, 0, "X"]) {
      try {
        const r = fn(...Array.from({ length: fn.length }, (_, i) => (i % 2 === 0 ? sample : "X")));
        if (typeof r === "string") out.push([`${path}(${String(sample)})`, r]);
      } catch {
        // a sample a text does not take: the others cover it
      }
    }
    return out;
  }
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => allTexts(v, path ? `${path}.${k}` : k));
  return [];
}



/** The French texts of a document: every `fr` of its language maps. */
function frenchOf(value: unknown, path = ""): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => frenchOf(v, `${path}/${i}`));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => (k === "fr" && typeof v === "string" ? [[`${path}/fr`, v] as [string, string]] : frenchOf(v, `${path}/${k}`)));
  }
  return [];
}

/** A straight apostrophe between letters, where French writes ’. */
const straightApostrophes = (texts: [string, string][]) => texts.filter(([, t]) => /\p{L}'\p{L}/u.test(t)).map(([p]) => p);

const faultsIn = (texts: [string, string][]) => texts.flatMap(([path, text]) => frenchTypographyFaults(text).map((f) => `${path}: ${f}`));

describe("French typography", () => {
  it("the checker finds a regular space or none before : ; ? ! and inside « », and leaves URLs, times and code alone", () => {
    expect(frenchTypographyFaults("Niveau: C5")).toHaveLength(1);
    expect(frenchTypographyFaults("Niveau : C5")).toHaveLength(1);
    expect(frenchTypographyFaults("Vraiment ? Oui ! Non ; « x »")).toHaveLength(5);
    expect(frenchTypographyFaults("Niveau\u00a0: C5 ; «\u00a0x\u00a0» ?").length).toBe(2);
    expect(frenchTypographyFaults("un incrément {required:bump}\u00a0; {x}: y")).toHaveLength(1);
    expect(frenchTypographyFaults("Niveau\u00a0: C5\u202f; «\u00a0x\u00a0»\u00a0?")).toEqual([]);
    expect(frenchTypographyFaults("voir https://sevscale.org/a?b=c à 24:00, contraste 4.5:1, `a: b`, \"version\": 1, TLP:AMBER")).toEqual([]);
  });

  it("every core French message and term", () => {
    expect(faultsIn(allTexts(coreFr.messages, "messages"))).toEqual([]);
    expect(faultsIn(allTexts(coreFr.terms, "terms"))).toEqual([]);
  });

  it("the reference scale's French texts (document content)", () => {
    const texts = frenchOf(REFERENCE_SCALE);
    expect(texts.length).toBeGreaterThan(10);
    expect(faultsIn(texts)).toEqual([]);
    expect(straightApostrophes(texts)).toEqual([]);
  });

  it("a typographic apostrophe (’) in every French text, never a straight one", () => {
    expect(straightApostrophes([...allTexts(coreFr.messages), ...allTexts(coreFr.terms), ...allTexts(cliTexts("fr")), ...allTexts(viewerFr)])).toEqual([]);
  });

  it("the French words of a list, a number and a plural in a rendered message", () => {
    const text = renderMessage({ code: "audit_undecided", params: { count: 0 } }, coreFr) + renderMessage({ code: "trace_score_raw", params: { raw: "0.5" } }, coreFr);
    expect(text).toContain("0 combinaison n’a pas pu être comparée");
    expect(text).toContain("0,5");
    expect(renderMessage({ code: "unknown_dimension_reference", params: { code: "x", known: ["a", "b"] } }, coreFr)).toContain("«\u00a0a\u00a0», «\u00a0b\u00a0»");
    expect(faultsIn([["m", text]])).toEqual([]);
  });

  it("one word for a mapping: « correspondance », never « table de correspondance »", () => {
    const all = [...allTexts(coreFr.messages), ...allTexts(coreFr.terms), ...allTexts(cliTexts("fr")), ...allTexts(viewerFr)];
    expect(all.filter(([, t]) => /tables? de correspondance/i.test(t)).map(([p]) => p)).toEqual([]);
  });

  it("every CLI text in French", () => {
    expect(faultsIn(allTexts(cliTexts("fr")))).toEqual([]);
  });

  it("every text of the web viewer in French", () => {
    expect(faultsIn(allTexts(viewerFr))).toEqual([]);
  });

  const ROOT = new URL("../", import.meta.url).pathname;

  it("the French guide's prose (docs/guide.fr.md; its code blocks, comments and link targets left out)", () => {
    const prose = readFileSync(join(ROOT, "docs/guide.fr.md"), "utf8")
      .replace(/^```[^\n]*\n[\s\S]*?^```$/gm, "")
      .replace(/\]\([^)\s]*\)/g, "]")
      .replace(/<!--[\s\S]*?-->/g, "");
    expect(prose.length).toBeGreaterThan(10_000);
    expect(frenchTypographyFaults(prose)).toEqual([]);
  });
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
