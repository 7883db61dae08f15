import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Relation } from "../model/mapping.js";
import { bandRelation, intersects, overlapFraction, relatePath, type PathEnd } from "./relation.js";

const band = (min: number, max: number) => ({ min: `R${min}`, max: `R${max}`, minRank: min, maxRank: max });
const end = (relation: Exclude<Relation, "noMatch">, min: number, max: number, confidence = 1): PathEnd => ({
  relation,
  interval: band(min, max),
  confidence,
});

describe("interval geometry", () => {
  it("relates bands as sets of reference levels", () => {
    expect(bandRelation(band(3, 3), band(3, 3))).toBe("eq");
    expect(bandRelation(band(1, 1), band(0, 1))).toBe("sub");
    expect(bandRelation(band(0, 2), band(1, 1))).toBe("sup");
    expect(bandRelation(band(0, 1), band(1, 2))).toBe("unknown");
  });

  it("computes |Ia ∩ Ib| / |Ia ∪ Ib|", () => {
    expect(overlapFraction(band(0, 1), band(1, 2))).toBeCloseTo(1 / 3);
    expect(overlapFraction(band(0, 1), band(0, 0))).toBe(0.5);
    expect(overlapFraction(band(0, 0), band(2, 2))).toBe(0);
  });

  it("overlap is symmetric, in [0, 1], and positive exactly when the bands intersect", () => {
    const b = fc.tuple(fc.nat(7), fc.nat(7)).map(([x, y]) => band(Math.min(x, y), Math.max(x, y)));
    fc.assert(
      fc.property(b, b, (x, y) => {
        const f = overlapFraction(x, y);
        expect(f).toBe(overlapFraction(y, x));
        expect(f).toBeGreaterThanOrEqual(0);
        expect(f).toBeLessThanOrEqual(1);
        expect(f > 0).toBe(intersects(x, y));
      }),
    );
  });
});

describe("relatePath", () => {
  it("gives equivalent only for equal bands with exactMatch on both sides", () => {
    expect(relatePath(end("exactMatch", 3, 3, 0.9), end("exactMatch", 3, 3, 0.9))).toMatchObject({ relation: "equivalent", confidence: 0.81 });
    expect(relatePath(end("exactMatch", 3, 3), end("broadMatch", 3, 3))?.relation).toBe("narrower");
    expect(relatePath(end("narrowMatch", 2, 3), end("narrowMatch", 2, 3))?.relation).toBe("overlapping");
  });

  it("chains broad/narrow only in one direction", () => {
    // a ⊆ [R0] = b: b is broader than a
    expect(relatePath(end("broadMatch", 0, 0), end("exactMatch", 0, 0))?.relation).toBe("broader");
    // a = [R0] ⊆ [R0,R1] ⊆ b (b narrowMatch its band: b covers all of it): b is broader
    expect(relatePath(end("exactMatch", 0, 0), end("narrowMatch", 0, 1))?.relation).toBe("broader");
    // a ⊇ [R0,R2] ⊇ [R1] = b: b is narrower
    expect(relatePath(end("narrowMatch", 0, 2), end("exactMatch", 1, 1))?.relation).toBe("narrower");
    // a ⊆ [R0,R1] ⊇ [R0] = b: nothing follows (up then down)
    expect(relatePath(end("broadMatch", 0, 1), end("exactMatch", 0, 0))?.relation).toBe("overlapping");
    // a = [R1] ⊆ [R0,R1] ⊇ b (b broadMatch: only part of the band): nothing follows
    expect(relatePath(end("exactMatch", 1, 1), end("broadMatch", 0, 1))?.relation).toBe("overlapping");
  });

  it("never chains closeMatch, but scores it as the exactMatch it approximates", () => {
    // As exactMatch: R0–R1 ⊇ R0 = b, so narrower, confidence 0.7 × 0.9 with no overlap weight.
    const r = relatePath(end("closeMatch", 0, 1, 0.7), end("exactMatch", 0, 0, 0.9));
    expect(r).toMatchObject({ relation: "overlapping", closeMatch: true, overlap: 0.5 });
    expect(r?.confidence).toBeCloseTo(0.7 * 0.9, 4);
    expect(relatePath(end("exactMatch", 2, 2), end("closeMatch", 2, 2))).toMatchObject({ relation: "overlapping", confidence: 1 });
    // As exactMatch the bands only overlap in part: weighted by the overlap, like any overlapping path.
    expect(relatePath(end("closeMatch", 0, 1, 0.7), end("broadMatch", 1, 2, 0.8))?.confidence).toBeCloseTo(0.7 * 0.8 / 3, 4);
  });

  it("relatedMatch gives overlapping", () => {
    expect(relatePath(end("relatedMatch", 2, 2), end("exactMatch", 2, 2))?.relation).toBe("overlapping");
  });

  it("returns nothing for disjoint bands", () => {
    expect(relatePath(end("exactMatch", 0, 0), end("exactMatch", 1, 1))).toBeUndefined();
  });

  it("is consistent when read backwards: narrower one way is broader the other, with the same confidence", () => {
    const rel = fc.constantFrom<Exclude<Relation, "noMatch">>("exactMatch", "closeMatch", "broadMatch", "narrowMatch", "relatedMatch");
    const anEnd = fc
      .tuple(rel, fc.nat(5), fc.nat(5), fc.double({ min: 0, max: 1, noNaN: true }))
      .map(([r, x, y, c]) => end(r, Math.min(x, y), Math.max(x, y), c));
    const flip = { equivalent: "equivalent", narrower: "broader", broader: "narrower", overlapping: "overlapping" } as const;
    fc.assert(
      fc.property(anEnd, anEnd, (a, b) => {
        const ab = relatePath(a, b);
        const ba = relatePath(b, a);
        expect(ab === undefined).toBe(ba === undefined);
        if (ab && ba) {
          expect(ba.relation).toBe(flip[ab.relation]);
          expect(ba.confidence).toBe(ab.confidence);
          expect(ab.confidence).toBeGreaterThanOrEqual(0);
          expect(ab.confidence).toBeLessThanOrEqual(Math.min(a.confidence, b.confidence) + 1e-4);
        }
      }),
    );
  });

  it("never rewards a vaguer relation: exact ≥ close ≥ broad/narrow ≥ related for the same bands", () => {
    // Precision order of a record's relation; broad and narrow are equally precise (they differ in direction).
    const vaguer: Record<Exclude<Relation, "noMatch">, readonly Exclude<Relation, "noMatch">[]> = {
      exactMatch: ["closeMatch", "broadMatch", "narrowMatch", "relatedMatch"],
      closeMatch: ["broadMatch", "narrowMatch", "relatedMatch"],
      broadMatch: ["relatedMatch"],
      narrowMatch: ["relatedMatch"],
      relatedMatch: [],
    };
    const rel = fc.constantFrom<Exclude<Relation, "noMatch">>("exactMatch", "closeMatch", "broadMatch", "narrowMatch", "relatedMatch");
    const bandOf = fc.tuple(fc.nat(5), fc.nat(5)).map(([x, y]) => [Math.min(x, y), Math.max(x, y)] as const);
    const conf = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(rel, rel, bandOf, bandOf, conf, conf, fc.boolean(), (ra, rb, ia, ib, ca, cb, onSource) => {
        const base = relatePath(end(ra, ...ia, ca), end(rb, ...ib, cb));
        if (!base) return;
        // Replace one side's record by every vaguer one, keeping the bands and confidences.
        for (const v of vaguer[onSource ? ra : rb]) {
          const other = onSource ? relatePath(end(v, ...ia, ca), end(rb, ...ib, cb)) : relatePath(end(ra, ...ia, ca), end(v, ...ib, cb));
          expect(other!.confidence).toBeLessThanOrEqual(base.confidence);
        }
      }),
    );
  });
});
