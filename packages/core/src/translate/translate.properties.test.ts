import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mappedScaleArb, pairArb as pairOf, referenceArb } from "../../test/arbitraries/mapped-scales.js";
import { createTranslator, translate } from "./translate.js";
import { en } from "../locales/en/index.js";
import { es } from "../locales/es/index.js";
import { renderExplanation } from "./explain.js";

/** Two random scales mapped onto one random reference. */
const pairArb = pairOf({ noMatch: true });

describe("translate — properties over random scales and mappings", () => {
  it("translating a mapped level to its own scale returns it as equivalent with confidence 1", () => {
    fc.assert(
      fc.property(
        referenceArb().chain((ref) => fc.tuple(fc.constant(ref), mappedScaleArb(ref, "x-org.example/a", { noMatch: true }))),
        ([reference, a]) => {
          const t = createTranslator(a, a, { reference });
          for (const record of a.mapping.records) {
            const r = t(record.subject);
            const self = r.candidates.filter((c) => c.code === record.subject);
            if (record.relation === "noMatch") {
              expect(r.candidates).toEqual([]);
              continue;
            }
            expect(self).toHaveLength(1);
            expect(self[0]).toMatchObject({ relation: "equivalent", confidence: 1 });
            expect(r.candidates.filter((c) => c.relation === "equivalent")).toHaveLength(1);
          }
        },
      ),
    );
  });

  it("A → B → A always finds the original level again", () => {
    fc.assert(
      fc.property(pairArb, ([reference, a, b]) => {
        const ab = createTranslator(a, b, { reference });
        const ba = createTranslator(b, a, { reference });
        for (const level of a.scale.levels) {
          const there = ab(level.code);
          if (there.reference === null) continue; // noMatch: nothing to come back from
          for (const c of there.candidates) {
            const back = ba(c.code);
            expect(back.candidates.map((x) => x.code)).toContain(level.code);
          }
        }
      }),
    );
  });

  it("is monotone: a more severe source level never gets candidates wholly below a less severe one's", () => {
    fc.assert(
      fc.property(pairArb, ([reference, a, b]) => {
        const t = createTranslator(a, b, { reference });
        let prev: { min: number; max: number } | undefined;
        for (const level of a.scale.levels) {
          const ranks = t(level.code).candidates.map((c) => c.rank);
          if (ranks.length === 0) continue;
          const cur = { min: Math.min(...ranks), max: Math.max(...ranks) };
          if (prev) {
            expect(cur.min).toBeGreaterThanOrEqual(prev.min);
            expect(cur.max).toBeGreaterThanOrEqual(prev.max);
          }
          prev = cur;
        }
      }),
    );
  });

  it("orders candidates by rank, with bands that meet the source's and confidences in [0, 1]", () => {
    fc.assert(
      fc.property(pairArb, ([reference, a, b]) => {
        const t = createTranslator(a, b, { reference });
        for (const level of a.scale.levels) {
          const r = t(level.code);
          const ranks = r.candidates.map((c) => c.rank);
          expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
          for (const c of r.candidates) {
            expect(c.confidence).toBeGreaterThanOrEqual(0);
            expect(c.confidence).toBeLessThanOrEqual(1);
            expect(r.reference).not.toBeNull();
            expect(c.reference.minRank).toBeLessThanOrEqual(r.reference!.maxRank);
            expect(r.reference!.minRank).toBeLessThanOrEqual(c.reference.maxRank);
            expect(renderExplanation(c.explanation, en).length).toBeGreaterThan(0);
            expect(renderExplanation(c.explanation, es).length).toBeGreaterThan(0);
          }
        }
      }),
    );
  });

  it("never throws on arbitrary level codes, and reports a code that is not a level", () => {
    fc.assert(
      fc.property(pairArb, fc.string(), ([reference, a, b], code) => {
        const r = translate(code, a, b, { reference });
        const isLevel = a.scale.levels.some((l) => l.code === code);
        expect(r.source === null).toBe(!isLevel);
        if (!isLevel) expect(r.issues.some((i) => i.code === "level_unknown" || i.code === "level_is_sentinel")).toBe(true);
      }),
    );
  });
});
