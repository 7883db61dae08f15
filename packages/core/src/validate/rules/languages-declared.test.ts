import { describe, expect, it } from "vitest";
import { mappingWith, scaleWith, where } from "../../../test/fixtures/rule-helpers.js";
import { languagesDeclared } from "./languages-declared.js";

describe("languagesDeclared", () => {
  it("accepts a declared default language, in any letter case", () => {
    expect(languagesDeclared(scaleWith())).toEqual([]);
    expect(languagesDeclared(mappingWith((d) => (d.defaultLanguage = "ES")))).toEqual([]);
  });

  it("reports an undeclared default language", () => {
    expect(languagesDeclared(scaleWith((d) => (d.defaultLanguage = "pt-BR")))).toEqual([
      { code: "default_language_undeclared", severity: "error", pointer: "/defaultLanguage", params: { language: "pt-BR", declared: ["en", "es"] } },
    ]);
  });

  it("reports a language declared twice", () => {
    expect(where(languagesDeclared(scaleWith((d) => d.languages.push({ tag: "En", authoritative: false }))))).toEqual([{ code: "language_duplicate", pointer: "/languages/2/tag" }]);
  });
});
