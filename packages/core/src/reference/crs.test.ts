import { describe, expect, it } from "vitest";
import { ScaleSchema } from "../model/scale.js";
import { REFERENCE_SCALE } from "./crs.js";

describe("reference scale CRS 1.0", () => {
  it("is a structurally valid Scale document", () => {
    const r = ScaleSchema.safeParse(REFERENCE_SCALE);
    expect(r.error?.issues ?? []).toEqual([]);
  });

  it("has six levels with labels and definitions in en, es, fr and pt", () => {
    expect(REFERENCE_SCALE.levels.map((l) => l.code)).toEqual(["R0", "R1", "R2", "R3", "R4", "R5"]);
    for (const l of REFERENCE_SCALE.levels) {
      for (const text of [l.label, l.definition, l.color.name]) expect(Object.keys(text).sort()).toEqual(["en", "es", "fr", "pt"]);
    }
  });

  it("has a matrix that is monotone: moving to a more severe effect or scope never lowers the level", () => {
    const impact = REFERENCE_SCALE.method.components[0].method;
    const rank = (code: string) => REFERENCE_SCALE.levels.findIndex((l) => l.code === code);
    const cell = new Map(impact.cells.map((c) => [c.at.join("|"), rank(c.level)]));
    let compared = 0;
    for (let e = 0; e <= 4; e++) {
      for (let s = 0; s <= 5; s++) {
        const here = cell.get(`E${e}|S${s}`)!;
        expect(here).toBeGreaterThanOrEqual(0);
        if (e < 4) {
          expect(cell.get(`E${e + 1}|S${s}`)!).toBeGreaterThanOrEqual(here);
          compared++;
        }
        if (s < 5) {
          expect(cell.get(`E${e}|S${s + 1}`)!).toBeGreaterThanOrEqual(here);
          compared++;
        }
      }
    }
    expect(cell.size).toBe(30);
    expect(compared).toBe(4 * 6 + 5 * 5);
  });
});
