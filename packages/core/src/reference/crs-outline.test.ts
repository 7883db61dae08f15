import { describe, expect, it } from "vitest";
import { AU, AU_MAPPING, UK, UK_MAPPING, US_CISS, US_CISS_MAPPING, US_NCISS, US_NCISS_MAPPING } from "../../test/fixtures/national.js";
import { compare } from "../compare/compare.js";
import { ScaleSchema } from "../model/scale.js";
import { translate } from "../translate/translate.js";
import { validateDocument } from "../validate/validate-document.js";
import { REFERENCE_SCALE } from "./crs.js";
import { CRS_OUTLINE } from "./crs-outline.js";

/** The document without the texts the outline leaves out: its description and every definition. */
function withoutLongTexts(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutLongTexts);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== "definition" && key !== "description")
      .map(([key, v]) => [key, withoutLongTexts(v)]),
  );
}

const SIDES = [
  { scale: UK, mapping: UK_MAPPING },
  { scale: AU, mapping: AU_MAPPING },
  { scale: US_CISS, mapping: US_CISS_MAPPING },
  { scale: US_NCISS, mapping: US_NCISS_MAPPING },
];

describe("the CRS outline the algorithms read", () => {
  it("is REFERENCE_SCALE without its description and definitions, and nothing else differs", () => {
    expect(CRS_OUTLINE).toEqual(withoutLongTexts(REFERENCE_SCALE));
    // The full document does carry what the outline leaves out.
    expect(JSON.stringify(REFERENCE_SCALE).length).toBeGreaterThan(2 * JSON.stringify(CRS_OUTLINE).length);
    for (const level of REFERENCE_SCALE.levels) expect(Object.keys(level.definition).sort()).toEqual(["en", "es", "fr", "pt"]);
  });

  it("is itself a valid Scale document", () => {
    expect(ScaleSchema.safeParse(CRS_OUTLINE).error?.issues ?? []).toEqual([]);
    const errors = validateDocument(CRS_OUTLINE).issues.filter((i) => i.severity === "error");
    expect(errors).toEqual([]);
  });

  it("gives translate and compare the same answers as the whole document", () => {
    for (const from of SIDES) {
      for (const to of SIDES) {
        for (const level of from.scale.levels) {
          expect(translate(level.code, from, to)).toEqual(translate(level.code, from, to, { reference: REFERENCE_SCALE }));
        }
      }
    }
    expect(compare(SIDES)).toEqual(compare(SIDES, { reference: REFERENCE_SCALE }));
  });

  it("gives the validation of a mapping onto the CRS the same findings as the whole document", () => {
    for (const { mapping } of SIDES) {
      const byDefault = validateDocument(mapping, { resolveScale: (id) => SIDES.find((s) => s.scale.id === id)?.scale });
      const whole = validateDocument(mapping, {
        resolveScale: (id) => (id === REFERENCE_SCALE.id ? REFERENCE_SCALE : SIDES.find((s) => s.scale.id === id)?.scale),
      });
      expect(byDefault.issues).toEqual(whole.issues);
    }
  });
});
