import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classify } from "../classify/interpret.js";
import type { Crosswalk, Mapping } from "../model/mapping.js";
import type { Scale } from "../model/scale.js";
import type { Progress } from "../progress.js";
import { REFERENCE_SCALE } from "../reference/crs.js";
import { auditMapping, crosswalkIntervals } from "./audit.js";
import { readThroughCrosswalk } from "./crosswalk.js";

const reference = REFERENCE_SCALE as unknown as Scale;
const t = (en: string) => ({ en });

/** A national scale: `levels` levels, a matrix over dimensions a (nA options) × b (nB options). */
function nationalScale(levels: number, cells: number[][]): Scale {
  const nA = cells.length;
  const nB = cells[0]!.length;
  const options = (p: string, n: number) => Array.from({ length: n }, (_, i) => ({ code: `${p}${i}`, label: t(`${p}${i}`) }));
  return {
    ...reference,
    id: "x-org.example/national",
    levels: Array.from({ length: levels }, (_, i) => ({ code: `L${i}`, label: t(`L${i}`), definition: t(`L${i}`) })),
    significance: undefined,
    dimensions: [
      { code: "a", label: t("a"), type: "ordinal", options: options("a", nA) },
      { code: "b", label: t("b"), type: "ordinal", options: options("b", nB) },
    ],
    method: {
      kind: "matrix",
      axes: [{ dimension: "a" }, { dimension: "b" }],
      cells: cells.flatMap((row, i) => row.map((l, j) => ({ at: [`a${i}`, `b${j}`], level: `L${l}` }))),
    },
  } as unknown as Scale;
}

function mappingOf(records: ReadonlyMap<string, { min: string; max: string }>, crosswalk: Crosswalk): Mapping {
  return {
    kind: "mapping",
    id: "x-org.example/national-to-crs",
    version: "1.0.0",
    status: "active",
    subject: { id: "x-org.example/national", versions: "*" },
    object: { id: "sevscale/crs", versions: "^1.0.0" },
    authors: [{ name: "test" }],
    date: "2026-12-04",
    revisionHistory: [{ version: "1.0.0", date: "2026-12-04", summary: t("x") }],
    license: { id: "CC0-1.0" },
    defaultLanguage: "en",
    languages: [{ tag: "en", authoritative: true }],
    records: [...records].map(([subject, object]) => ({ subject, relation: object.min === object.max ? "exactMatch" : "broadMatch", object, justification: "criteria-derived", confidence: 1 })),
    crosswalk,
  } as Mapping;
}

/** A national matrix scale with a crosswalk of each option onto an effect / scope and an assumed national interest. */
const caseArb = fc
  .record({ levels: fc.integer({ min: 2, max: 5 }), nA: fc.integer({ min: 1, max: 4 }), nB: fc.integer({ min: 1, max: 4 }) })
  .chain(({ levels, nA, nB }) =>
    fc.record({
      cells: fc.array(fc.array(fc.integer({ min: 0, max: levels - 1 }), { minLength: nB, maxLength: nB }), { minLength: nA, maxLength: nA }),
      effects: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: nA, maxLength: nA }),
      scopes: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: nB, maxLength: nB }),
      interest: fc.integer({ min: 0, max: 4 }),
      levels: fc.constant(levels),
    }),
  )
  .map(({ cells, effects, scopes, interest, levels }) => {
    const scale = nationalScale(levels, cells);
    const crosswalk: Crosswalk = {
      dimensions: [
        { dimension: "a", options: Object.fromEntries(effects.map((e, i) => [`a${i}`, { effect: `E${e}` }])) },
        { dimension: "b", options: Object.fromEntries(scopes.map((s, j) => [`b${j}`, { scope: `S${s}` }])) },
      ],
      assume: { "national-interest": `N${interest}` },
    };
    return { scale, crosswalk, cells };
  });

const rank = (code: string) => reference.levels.findIndex((l) => l.code === code);
const all = { maxFindings: Number.MAX_SAFE_INTEGER, maxExamples: Number.MAX_SAFE_INTEGER };

describe("auditMapping", () => {
  it("a mapping derived from the crosswalk itself audits clean", () => {
    fc.assert(
      fc.property(caseArb, ({ scale, crosswalk, cells }) => {
        const mapping = mappingOf(crosswalkIntervals(crosswalk, scale, reference), crosswalk);
        const r = auditMapping(mapping, scale, reference);
        expect(r).toMatchObject({ exhaustive: true, checked: cells.length * cells[0]!.length, disagreeing: 0, undecided: 0, findings: [] });
        expect(r.agreeing).toBe(r.checked);
      }),
    );
  });

  it("shifting one record's interval off its derived band reports exactly the combinations of that level", () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), ({ scale, crosswalk, cells }, pick) => {
        const derived = crosswalkIntervals(crosswalk, scale, reference);
        const [level, band] = [...derived][pick % derived.size]!;
        const [lo, hi] = [rank(band.min), rank(band.max)];
        const top = reference.levels.length - 1;
        fc.pre(lo > 0 || hi < top);
        const shifted = hi < top ? { min: reference.levels[hi + 1]!.code, max: reference.levels[top]!.code } : { min: reference.levels[0]!.code, max: reference.levels[lo - 1]!.code };
        const records = new Map(derived).set(level, shifted);
        const r = auditMapping(mappingOf(records, crosswalk), scale, reference, all);

        // Independently: every combination, classified by the interpreter.
        const expected = new Set<string>();
        cells.forEach((row, i) =>
          row.forEach((_, j) => {
            const facts = { a: `a${i}`, b: `b${j}` };
            if (classify(scale, facts).level?.code === level) expected.add(JSON.stringify(facts));
          }),
        );
        const reported = new Set(r.findings.flatMap((f) => f.examples.map((e) => JSON.stringify(e.facts))));
        expect(reported).toEqual(expected);
        expect(r.disagreeing).toBe(expected.size);
        expect(r.findings.every((f) => f.level.code === level && f.interval.min === shifted.min)).toBe(true);
      }),
    );
  });

  it("samples with a seed when the space exceeds the budget, and says so", () => {
    const scale = nationalScale(2, [
      [0, 1, 1],
      [1, 1, 1],
    ]);
    const crosswalk: Crosswalk = { dimensions: [{ dimension: "a", options: { a0: { effect: "E0" }, a1: { effect: "E4" } } }, { dimension: "b", options: { b0: { scope: "S0" }, b1: { scope: "S5" }, b2: { scope: "S5" } } }], assume: { "national-interest": "N0" } };
    const mapping = mappingOf(crosswalkIntervals(crosswalk, scale, reference), crosswalk);
    const a = auditMapping(mapping, scale, reference, { budget: 4, seed: 3 });
    const b = auditMapping(mapping, scale, reference, { budget: 4, seed: 3 });
    expect(a).toMatchObject({ checked: 4, total: 6, exhaustive: false, seed: 3 });
    expect(a.issues.map((i) => i.code)).toEqual(["audit_sampled"]);
    expect(b).toEqual(a);
  });

  it("reports its progress after each combination, up to the number checked, without changing the result", () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 1, max: 20 }), ({ scale, crosswalk }, budget) => {
        const mapping = mappingOf(crosswalkIntervals(crosswalk, scale, reference), crosswalk);
        const seen: Progress[] = [];
        const r = auditMapping(mapping, scale, reference, { budget, onProgress: (p) => seen.push(p) });
        expect(seen.map((p) => p.done)).toEqual(Array.from({ length: r.checked }, (_, i) => i + 1));
        expect(new Set(seen.map((p) => `${p.phase} ${p.total}`))).toEqual(new Set([`check ${r.checked}`]));
        expect(r).toEqual(auditMapping(mapping, scale, reference, { budget }));
      }),
    );
  });

  it("reports a mapping without a crosswalk, or for another scale, without checking anything", () => {
    const scale = nationalScale(2, [[0, 1]]);
    const crosswalk: Crosswalk = { dimensions: [{ dimension: "a", options: { a0: { effect: "E0" } } }] };
    const mapping = mappingOf(new Map([["L0", { min: "R0", max: "R0" }]]), crosswalk);
    const { crosswalk: _, ...bare } = mapping;
    expect(auditMapping(bare as Mapping, scale, reference).issues.map((i) => i.code)).toEqual(["audit_no_crosswalk"]);
    expect(auditMapping(mapping, { ...scale, id: "x-org.example/other" }, reference).issues.map((i) => i.code)).toEqual(["audit_scale_mismatch"]);
  });
});

describe("readThroughCrosswalk", () => {
  const crosswalk: Crosswalk = {
    dimensions: [
      { dimension: "loss", bands: [{ atLeast: "1000", implies: { effect: "E2" } }, { atLeast: "1000000", implies: { effect: "E3", "national-interest": "N1" } }] },
      { dimension: "kind", options: { outage: { effect: "E4" }, leak: { effect: "E1", scope: "S3" } } },
    ],
    assume: { scope: "S0", "national-interest": "N0" },
  };

  it("reads bands exactly at their bounds, keeps the most severe value, and fills the rest from assume", () => {
    expect(readThroughCrosswalk(crosswalk, { loss: "999.99" }, reference).facts).toEqual({ scope: "S0", "national-interest": "N0" });
    expect(readThroughCrosswalk(crosswalk, { loss: 1000, kind: "leak" }, reference).facts).toEqual({ effect: "E2", scope: "S3", "national-interest": "N0" });
    expect(readThroughCrosswalk(crosswalk, { loss: "1000000", kind: "outage" }, reference).facts).toEqual({ effect: "E4", "national-interest": "N1", scope: "S0" });
    expect(readThroughCrosswalk(crosswalk, { kind: ["leak", "outage"] }, reference).steps.map((s) => s.kind)).toEqual([
      "crosswalk_option_implies",
      "crosswalk_option_implies",
      "crosswalk_assumed",
      "crosswalk_reference_facts",
    ]);
  });
});
