import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { en } from "../locales/en/index.js";
import { es } from "../locales/es/index.js";
import { fr } from "../locales/fr/index.js";
import { pt } from "../locales/pt/index.js";
import { formatNumber, formatNumeral } from "./number.js";

describe("formatNumber", () => {
  it("writes a decimal with the locale's separator: a point in English, a comma in French, Spanish and Portuguese", () => {
    expect(formatNumber(0.56, en)).toBe("0.56");
    expect(formatNumber(0.56, fr)).toBe("0,56");
    expect(formatNumber(0.56, es)).toBe("0,56");
    expect(formatNumber(0.56, pt)).toBe("0,56");
    expect(formatNumber(-2.5, fr)).toBe("-2,5");
  });

  it("leaves integers as they are, without grouping, and -0 as 0", () => {
    for (const locale of [en, es, fr, pt]) {
      expect(formatNumber(0, locale)).toBe("0");
      expect(formatNumber(-0, locale)).toBe("0");
      expect(formatNumber(12345678, locale)).toBe("12345678");
      expect(formatNumber(-42, locale)).toBe("-42");
    }
  });

  it("never writes an exponent", () => {
    expect(formatNumber(1e21, en)).toBe("1000000000000000000000");
    expect(formatNumber(-1.5e-7, en)).toBe("-0.00000015");
    expect(formatNumber(1.5e-7, fr)).toBe("0,00000015");
    expect(formatNumber(1.2345e22, fr)).toBe("12345000000000000000000");
    expect(formatNumber(Number.MIN_VALUE, en)).toMatch(/^0\.0+5$/);
  });

  it("reads back as the same number once the separator is a point again, with no exponent and no grouping", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(en, es, fr, pt), (n, locale) => {
        const text = formatNumber(n, locale);
        expect(text).toMatch(/^-?\d+(?:[.,]\d+)?$/);
        if (locale.terms.decimal === ",") expect(text).not.toContain(".");
        expect(Number(text.replace(locale.terms.decimal, "."))).toBe(Object.is(n, -0) ? 0 : n);
      }),
    );
  });

  it("formats a decimal numeral given as text (an exact score) and leaves any other text alone", () => {
    expect(formatNumeral("0.15", fr)).toBe("0,15");
    expect(formatNumeral("-2.5", pt)).toBe("-2,5");
    expect(formatNumeral("33.333333333333… (100/3)", es)).toBe("33,333333333333… (100/3)");
    expect(formatNumeral("0.15", en)).toBe("0.15");
    expect(formatNumeral("12", fr)).toBe("12");
    expect(formatNumeral("1.2.0", fr)).toBe("1.2.0");
    expect(formatNumeral("v0.5", fr)).toBe("v0.5");
  });
});
