import { describe, expect, it } from "vitest";
import { en } from "../locales/en/index.js";
import { es } from "../locales/es/index.js";
import { fr } from "../locales/fr/index.js";
import { pt } from "../locales/pt/index.js";
import { MESSAGE_LIST_LIMIT, fillTemplate, renderMessage } from "./render.js";

const LOCALES = { en, es, fr, pt } as const;

describe("fillTemplate: list parameters", () => {
  it("quotes a list's strings in each locale's quotation marks and leaves its numbers bare", () => {
    const params = { items: ["a", "b", 3] };
    expect(fillTemplate("{items}", params, en.terms)).toBe("\u201ca\u201d, \u201cb\u201d, 3");
    expect(fillTemplate("{items}", params, fr.terms)).toBe("«\u00a0a\u00a0», «\u00a0b\u00a0», 3");
    expect(fillTemplate("{items}", params, es.terms)).toBe("«a», «b», 3");
    expect(fillTemplate("{items}", params, pt.terms)).toBe("\u201ca\u201d, \u201cb\u201d, 3");
    expect(fillTemplate("{items}", { items: [0.5] }, fr.terms)).toBe("0,5");
  });

  it("still escapes and bounds each item and the list", () => {
    const long = Array.from({ length: MESSAGE_LIST_LIMIT + 3 }, (_, i) => `x${i}`);
    expect(fillTemplate("{items}", { items: long }, en.terms)).toMatch(/\u201cx19\u201d, … \+3$/);
    expect(fillTemplate("{items}", { items: ["a\nb\u202e"] }, fr.terms)).toBe("«\u00a0a\\u000ab\\u202e\u00a0»");
    expect(fillTemplate("{items}", { items: ["y".repeat(500)] }, en.terms).length).toBeLessThan(210);
  });
});

describe("fillTemplate: numbers", () => {
  it("writes numeric parameters with the locale's decimal separator, integers unchanged", () => {
    for (const [lang, locale] of Object.entries(LOCALES)) {
      const sep = lang === "en" ? "." : ",";
      expect(fillTemplate("{n} / {i}", { n: 0.56, i: 12000 }, locale.terms), lang).toBe(`0${sep}56 / 12000`);
      expect(fillTemplate("{n}", { n: 1e-7 }, locale.terms), lang).toBe(`0${sep}0000001`);
    }
  });

  it("writes a decimal numeral given as text with the locale's separator only where the template says {name:number}", () => {
    expect(fillTemplate("{s:number} {s}", { s: "0.15" }, fr.terms)).toBe("0,15 0.15");
    expect(fillTemplate("{s:number}", { s: "1.2.0" }, fr.terms)).toBe("1.2.0");
    const step = { code: "trace_score_raw", params: { raw: "2.75" } };
    expect(renderMessage(step, en)).toContain("2.75");
    expect(renderMessage(step, fr)).toContain("2,75");
    expect(renderMessage(step, es)).toContain("2,75");
    expect(renderMessage(step, pt)).toContain("2,75");
  });
});

describe("fillTemplate: plurals", () => {
  const t = "{n} {n|incident|incidents}";
  it("takes the singular for 1 in English, Spanish and Portuguese, and for 0 and 1 in French", () => {
    for (const locale of [en, es, pt]) {
      expect([0, 1, 2].map((n) => fillTemplate(t, { n }, locale.terms))).toEqual(["0 incidents", "1 incident", "2 incidents"]);
    }
    expect([0, 1, 1.5, 2].map((n) => fillTemplate(t, { n }, fr.terms))).toEqual(["0 incident", "1 incident", "1,5 incident", "2 incidents"]);
  });

  it("takes the plural for a value that is not a number, and leaves a plural of an unknown parameter visible", () => {
    expect(fillTemplate(t, { n: "many" }, en.terms)).toBe("many incidents");
    expect(fillTemplate("{m|a|b}", { n: 1 }, en.terms)).toBe("{m|a|b}");
  });

  it("makes the messages agree with their counts", () => {
    const same = (checked: number) => ({ code: "change_method_changed_same", params: { at: "/method", checked } });
    expect(renderMessage(same(1), en)).toContain("to the 1 incident compared.");
    expect(renderMessage(same(40), en)).toContain("to each of the 40 incidents compared.");
    expect(renderMessage(same(1), fr)).toContain("pour le 1 incident comparé.");
    expect(renderMessage(same(40), fr)).toContain("pour chacun des 40 incidents comparés.");
    expect(renderMessage(same(1), es)).toContain("al 1 incidente comparado.");
    expect(renderMessage(same(1), pt)).toContain("ao 1 incidente comparado.");
    const errors = (count: number) => ({ code: "trace_facts_invalid", params: { count } });
    expect(renderMessage(errors(0), fr)).toContain("0 erreur\u00a0;");
    expect(renderMessage(errors(0), en)).toContain("0 errors");
    expect(renderMessage(errors(1), pt)).toContain("1 erro;");
    expect(renderMessage(errors(3), es)).toContain("3 errores;");
    for (const locale of Object.values(LOCALES)) expect(renderMessage(errors(2), locale)).not.toContain("(");
  });

  it("makes a list agree with its length", () => {
    expect(fillTemplate("{xs|option|options} {xs}", { xs: ["a"] }, en.terms)).toBe("option “a”");
    expect(fillTemplate("{xs|option|options} {xs}", { xs: ["a", "b"] }, en.terms)).toBe("options “a”, “b”");
    const missing = (codes: string[]) => ({ code: "max_option_unrated", params: { dimension: "impact", missing: codes } });
    expect(renderMessage(missing(["low"]), en)).toContain("option “low” is not rated to a level; an incident with it gets");
    expect(renderMessage(missing(["low", "high"]), en)).toContain("options “low”, “high” are not rated");
    expect(renderMessage(missing(["low"]), fr)).toContain("l’option «\u00a0low\u00a0» n’est associée à aucun niveau");
    expect(renderMessage(missing(["low", "high"]), es)).toContain("las opciones «low», «high» no tienen nivel asignado; un incidente con ellas");
    expect(renderMessage(missing(["low"]), pt)).toContain("a opção “low” não está associada a nenhum nível; um incidente com ela");
    for (const code of ["score_value_missing", "matrix_group_member_missing", "max_option_unrated"]) {
      for (const locale of Object.values(LOCALES)) {
        for (const codes of [["a"], ["a", "b"]]) expect(renderMessage({ code, params: { dimension: "d", missing: codes, axis: "x" } }, locale)).not.toMatch(/\((s|es|ões)\)|la ou les/);
      }
    }
  });
});

describe("fillTemplate: value words", () => {
  it("shows a method and a document status in the locale's words, and an unknown code as it is", () => {
    const noLevel = (method: string) => ({ code: "classify_no_level", params: { method } });
    expect(renderMessage(noLevel("judgement"), fr)).toContain("La méthode à dire d’expert");
    expect(renderMessage(noLevel("rules"), es)).toContain("El método de reglas");
    expect(renderMessage(noLevel("score"), pt)).toContain("O método de pontuação");
    expect(renderMessage(noLevel("max"), en)).toContain("The maximum method");
    expect(renderMessage(noLevel("other"), fr)).toContain("La méthode other");
    const released = { code: "registry_release_modified", params: { id: "a/b", version: "1.0.0", status: "active", listed: "x", actual: "y" } };
    expect(renderMessage(released, fr)).toContain("(en vigueur)");
    expect(renderMessage(released, pt)).toContain("(em vigor)");
    expect(renderMessage(released, es)).toContain("(vigente)");
    expect(renderMessage(released, en)).toContain("(active)");
  });
});
