/** The per-area locale modules (`@sevscale/core/locales/<lang>/parts`) are the whole locale, cut by area. */
import { describe, expect, it } from "vitest";
import type { PartialLocale } from "../i18n/locale.js";
import { renderMessage } from "../issues/render.js";
import { en } from "./en/index.js";
import * as enParts from "./en/parts.js";
import { es } from "./es/index.js";
import * as esParts from "./es/parts.js";
import { fr } from "./fr/index.js";
import * as frParts from "./fr/parts.js";
import { pt } from "./pt/index.js";
import * as ptParts from "./pt/parts.js";

const LOCALES = [
  [en, enParts],
  [es, esParts],
  [fr, frParts],
  [pt, ptParts],
] as const;

describe("locale parts", () => {
  it.each(LOCALES.map(([locale, parts]) => [locale.language, locale, parts] as const))("of %s add up to the whole locale, each code in exactly one part", (_language, locale, parts) => {
    const { terms, renderTerms, ...messageParts } = parts;
    expect({ ...terms, render: renderTerms }).toEqual(locale.terms);
    const seen = new Map<string, string>();
    for (const [name, part] of Object.entries(messageParts)) {
      for (const [code, template] of Object.entries(part as Record<string, string>)) {
        expect(seen.has(code), `${code} in ${name} and ${seen.get(code)}`).toBe(false);
        seen.set(code, name);
        expect(template).toBe((locale.messages as Record<string, string>)[code]);
      }
    }
    expect([...seen.keys()].sort()).toEqual(Object.keys(locale.messages).sort());
  });

  it("make a partial locale that renders its codes, and any other code as the code and its params", () => {
    const partial: PartialLocale = { language: "fr", name: "Français", messages: { ...frParts.parseMessages, ...frParts.validateMessages }, terms: frParts.terms };
    const issue = { code: "level_code_duplicate", params: { code: "3", first: "/levels/0" } } as const;
    expect(renderMessage(issue, partial)).toBe(renderMessage(issue, fr));
    const diffCode = Object.keys(frParts.diffMessages)[0]!;
    expect(renderMessage({ code: diffCode as never, params: { a: 1 } }, partial)).toBe(`${diffCode} {"a":1}`);
  });
});
