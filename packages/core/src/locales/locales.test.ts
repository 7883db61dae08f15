import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../i18n/languages.js";
import type { Locale } from "../i18n/locale.js";
import { MESSAGE_CATALOG } from "../issues/catalog.js";
import { renderMessage } from "../issues/render.js";
import { en } from "./en/index.js";
import { es } from "./es/index.js";
import { fr } from "./fr/index.js";
import { pt } from "./pt/index.js";

const LOCALES: Readonly<Record<string, Locale>> = { en, es, fr, pt };
/** The parameters a template names, `{name}` or `{name:kind}` (a value shown with the locale's words). */
const placeholders = (template: string) => [...new Set([...template.matchAll(/\{([A-Za-z0-9_]+)(?::[A-Za-z]+)?\}/g)].map((m) => m[1]!))].sort();
/** The counts a template's plural placeholders `{name|one|other}` agree with. */
const plurals = (template: string) => [...new Set([...template.matchAll(/\{([A-Za-z0-9_]+)\|[^{}|]*\|[^{}|]*\}/g)].map((m) => m[1]!))].sort();
const codes = Object.keys(MESSAGE_CATALOG);

describe("locales", () => {
  it("exist for exactly the declared languages, each naming its own language", () => {
    expect(Object.keys(LOCALES).sort()).toEqual([...LANGUAGES].sort());
    for (const lang of LANGUAGES) expect(LOCALES[lang]!.language).toBe(lang);
    expect(new Set(LANGUAGES.map((l) => LOCALES[l]!.name)).size).toBe(LANGUAGES.length);
  });

  for (const lang of LANGUAGES) {
    describe(lang, () => {
      const locale = LOCALES[lang]!;
      const messages = locale.messages as Readonly<Record<string, string>>;

      it("has a template for every code and none for unknown codes", () => {
        expect(Object.keys(messages).sort()).toEqual([...codes].sort());
      });

      it("names only declared parameters, and the same ones as English", () => {
        for (const code of codes) {
          const used = placeholders(messages[code]!);
          for (const p of [...used, ...plurals(messages[code]!)]) expect(MESSAGE_CATALOG[code]!.params, `${lang} ${code} {${p}}`).toContain(p);
          expect(used, `${lang} ${code}`).toEqual(placeholders((en.messages as Readonly<Record<string, string>>)[code]!));
        }
      });

      it("renders every template with its parameters filled and nothing left over", () => {
        for (const code of codes) {
          const params = Object.fromEntries(MESSAGE_CATALOG[code]!.params.map((p) => [p, `«${p}-value»`]));
          const text = renderMessage({ code, params }, locale);
          expect(text.trim().length, `${lang} ${code}`).toBeGreaterThan(0);
          for (const p of MESSAGE_CATALOG[code]!.params) {
            if (placeholders(messages[code]!).includes(p)) expect(text, `${lang} ${code}`).toContain(`«${p}-value»`);
          }
          expect(text, `${lang} ${code}`).not.toMatch(/\{[A-Za-z0-9_]+(?::[A-Za-z]+|\|[^{}|]*\|[^{}|]*)?\}/);
          // a plural's count is a number: each of its two forms fills in
          for (const count of [0, 1, 2]) {
            const counted = renderMessage({ code, params: { ...params, ...Object.fromEntries(plurals(messages[code]!).map((p) => [p, count])) } }, locale);
            expect(counted, `${lang} ${code} (${count})`).not.toMatch(/\{[A-Za-z0-9_]+\|/);
          }
        }
      });

      if (lang !== "en") {
        it("is written in its language, not copied from English", () => {
          const same = codes.filter((c) => messages[c] === (en.messages as Readonly<Record<string, string>>)[c]);
          // A template may legitimately equal English only when it is nothing but parameters and symbols.
          for (const c of same) expect(messages[c]!.replace(/\{[A-Za-z0-9_]+\}/g, "").replace(/[^\p{L}]/gu, "").length, `${lang} ${c}`).toBeLessThan(8);
          expect(locale.terms.confidence).not.toBe(en.terms.confidence);
        });
      }

      it("has every term, non-empty", () => {
        const walk = (value: unknown, path: string): void => {
          if (typeof value === "string") {
            if (!path.startsWith("quotes")) expect(value.trim().length, `${lang} terms.${path}`).toBeGreaterThan(0);
          } else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
        };
        walk(locale.terms, "");
        expect(Object.keys(locale.terms).sort()).toEqual(Object.keys(en.terms).sort());
      });
    });
  }

  it("name only kinds of words the locales have, and have a word for every value of each kind", () => {
    for (const lang of LANGUAGES) {
      const values = LOCALES[lang]!.terms.values as unknown as Readonly<Record<string, Readonly<Record<string, string>>>>;
      expect(Object.keys(values).sort(), lang).toEqual(Object.keys(en.terms.values).sort());
      for (const [kind, words] of Object.entries(values)) {
        expect(Object.keys(words).sort(), `${lang} values.${kind}`).toEqual(Object.keys((en.terms.values as unknown as Record<string, object>)[kind]!).sort());
      }
      for (const code of codes) {
        for (const m of ((LOCALES[lang]!.messages as Readonly<Record<string, string>>)[code]!).matchAll(/\{[A-Za-z0-9_]+:([A-Za-z]+)\}/g)) {
          // `number` is not a kind of words: a decimal numeral given as text, in the locale's form
          expect([...Object.keys(values), "number"], `${lang} ${code}`).toContain(m[1]);
        }
      }
    }
  });

  it("show a code parameter {name:kind} with the locale's word, and any other value as it is", () => {
    const issue = { code: "version_bump_insufficient", params: { required: "major", declared: "none", suggested: "2.0.0" } };
    expect(renderMessage(issue, fr)).toContain("incrément majeur");
    expect(renderMessage(issue, fr)).toContain("est nul");
    expect(renderMessage(issue, en)).toContain("a major version bump but the version declares none");
    expect(renderMessage({ code: "version_bump_insufficient", params: { required: "__proto__", declared: "toString", suggested: "?" } }, fr)).toContain("incrément __proto__");
    expect(renderMessage({ code: "supersedes_mismatch", params: { expected: "a/b@1.0.0", actual: "(none)" } }, pt)).toContain("indica (campo ausente).");
    expect(renderMessage({ code: "supersedes_mismatch", params: { expected: "a/b@1.0.0", actual: "a/b@0.9.0" } }, pt)).toContain("indica a/b@0.9.0.");
  });

  it("fall back to the code and params for a code the locale does not know", () => {
    expect(renderMessage({ code: "no_such_code", params: { a: 1 } }, en)).toBe('no_such_code {"a":1}');
  });
});
