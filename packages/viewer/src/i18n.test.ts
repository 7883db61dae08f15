import { describe, expect, it } from "vitest";
import { fr as coreFr } from "@sevscale/core/locales/fr";
import { pt as corePt } from "@sevscale/core/locales/pt";
import { LANGS, issueMessage, loadLanguage, loadViewMessages, preferredLang, relationWord, textIn, texts } from "./i18n.js";

describe("viewer languages", () => {
  it("picks the first preferred language it speaks, by primary subtag, else English", () => {
    expect(preferredLang(["de-CH", "pt-BR", "es"])).toBe("pt");
    expect(preferredLang(["fr-CA"])).toBe("fr");
    expect(preferredLang(["de", "it"])).toBe("en");
    expect(preferredLang([])).toBe("en");
  });

  it("has every text in every language, with the same function parameters", async () => {
    for (const lang of LANGS) await loadLanguage(lang);
    const keys = Object.keys(texts("en")).sort();
    for (const lang of LANGS) {
      const t = texts(lang) as unknown as Record<string, unknown>;
      if (lang !== "en") expect(t).not.toBe(texts("en"));
      expect(Object.keys(t).sort()).toEqual(keys);
      for (const key of keys) {
        const value = t[key];
        const english = (texts("en") as unknown as Record<string, unknown>)[key];
        expect([key, typeof value]).toEqual([key, typeof english]);
        if (typeof value === "function") expect([key, value.length]).toEqual([key, (english as (...a: unknown[]) => string).length]);
        if (typeof value === "string") expect(value.trim()).not.toBe("");
      }
    }
  });

  it("makes counted words agree with their count (French: 0 and 1 singular), never writing '(s)'", async () => {
    for (const lang of LANGS) await loadLanguage(lang);
    const counted = ["registryFailed", "classifySettled", "editInvalid", "methodRules", "methodCutPoints", "methodCells"] as const;
    for (const lang of LANGS) {
      const t = texts(lang);
      for (const key of counted) {
        const say = t[key] as (count: number) => string;
        for (const n of [0, 1, 2, 5]) expect(say(n), `${lang} ${key}(${n})`).not.toMatch(/\((s|es)\)/);
        expect(say(1), `${lang} ${key}`).not.toBe(say(2).replace("2", "1"));
        expect(say(0) === say(1).replace("1", "0"), `${lang} ${key}(0)`).toBe(lang === "fr");
      }
    }
    expect(texts("fr").methodRules(0)).toBe("0 règle.");
    expect(texts("en").editInvalid(1)).toBe("1 problem found.");
  });

  it("renders core messages with the core's locale of the chosen language, once it is loaded", async () => {
    const issue = { code: "fact_missing", params: { dimension: "effect" } };
    const registryIssue = { code: "registry_output_overlaps_source", params: { out: "reg", source: "src" } };
    await loadLanguage("fr");
    expect(issueMessage(registryIssue, "fr")).toBe(coreFr.messages.registry_output_overlaps_source.replace("{out}", "reg").replace("{source}", "src"));
    expect(relationWord("equivalent", "fr")).toBe(coreFr.terms.relation.equivalent);
    // A classification message comes with the classify view, and with every language loaded after it.
    expect(issueMessage(issue, "fr")).not.toBe(coreFr.messages.fact_missing.replace("{dimension}", "effect"));
    await loadViewMessages("classify", "fr");
    expect(issueMessage(issue, "fr")).toBe(coreFr.messages.fact_missing.replace("{dimension}", "effect"));
    await loadLanguage("pt");
    expect(issueMessage(issue, "pt")).toBe(corePt.messages.fact_missing.replace("{dimension}", "effect"));
  });

  it("reads a document's language map in the language, its region variant, the default language, or any", () => {
    expect(textIn({ en: "Low", es: "Bajo" }, "es", "en")).toBe("Bajo");
    expect(textIn({ en: "Low", "pt-BR": "Baixo" }, "pt", "en")).toBe("Baixo");
    expect(textIn({ en: "Low", es: "Bajo" }, "fr", "es")).toBe("Bajo");
    expect(textIn({ de: "Niedrig" }, "fr", "en")).toBe("Niedrig");
    expect(textIn(undefined, "fr", "en")).toBe("");
  });
});
