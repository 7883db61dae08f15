import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { universeArb } from "../../test/arbitraries/mapped-scales.js";
import { AU, AU_MAPPING, UK, UK_MAPPING, US_CISS, US_CISS_MAPPING } from "../../test/fixtures/national.js";
import { makeMapping } from "../../test/fixtures/scales.js";
import { translate } from "../translate/translate.js";
import { compare } from "./compare.js";

const uk = { scale: UK, mapping: UK_MAPPING };
const au = { scale: AU, mapping: AU_MAPPING };
const ciss = { scale: US_CISS, mapping: US_CISS_MAPPING };

describe("compare — UK, ASD and US CISS", () => {
  const a = compare([uk, au, ciss]);

  it("lists, per reference level, the levels of each scale that cover it", () => {
    expect(a.reference.id).toBe("sevscale/crs");
    expect(a.scales.map((s) => [s.id, s.direction])).toEqual([
      ["gb/ncsc", "descending"],
      ["au/asd", "descending"],
      ["us/ciss", "ascending"],
    ]);
    const table = a.rows.map((r) => [r.reference, ...r.cells.map((c) => c.levels.map((l) => `${l.code}:${l.relation}`).join(","))]);
    expect(table).toEqual([
      ["R0", "Category 6:broadMatch", "C6:broadMatch", "0:exactMatch"],
      ["R1", "Category 6:broadMatch,Category 5:broadMatch", "C6:broadMatch,C5:closeMatch", "1:exactMatch"],
      ["R2", "Category 5:broadMatch,Category 4:exactMatch", "C4:exactMatch", "2:exactMatch"],
      ["R3", "Category 3:exactMatch", "C3:exactMatch", "3:exactMatch"],
      ["R4", "Category 2:exactMatch", "C2:exactMatch", "4:exactMatch"],
      ["R5", "Category 1:exactMatch", "C1:exactMatch", "5:exactMatch"],
    ]);
    expect(a.issues).toEqual([]);
  });

  it("gives one matrix per pair, agreeing with translate", () => {
    expect(a.pairwise.map((p) => [p.a, p.b])).toEqual([
      ["gb/ncsc", "au/asd"],
      ["gb/ncsc", "us/ciss"],
      ["au/asd", "us/ciss"],
    ]);
    const ukAu = a.pairwise[0]!;
    expect(ukAu.matrix[3]).toEqual([null, null, null, "equivalent", null, null]); // Category 3 vs C6..C1
    expect(ukAu.confidence[3]![3]).toBe(0.81);
    expect(ukAu.matrix[0]).toEqual(["overlapping", "overlapping", null, null, null, null]); // Category 6
  });

  it("can order scales by id and skip the matrices", () => {
    const b = compare([uk, au, ciss], { order: "id", pairwise: false });
    expect(b.scales.map((s) => s.id)).toEqual(["au/asd", "gb/ncsc", "us/ciss"]);
    expect(b.rows[0]!.cells.map((c) => c.scaleId)).toEqual(["au/asd", "gb/ncsc", "us/ciss"]);
    expect(b.pairwise).toEqual([]);
  });

  it("leaves out an entry whose mapping does not fit, with an issue, and reports nothing left to compare", () => {
    const wrong = { scale: AU, mapping: makeMapping(AU, [["C3", "exactMatch", "R3", "R3", 1]], { object: { id: "x-org.example/ref", versions: "*" } }) };
    const b = compare([uk, wrong]);
    expect(b.scales.map((s) => s.id)).toEqual(["gb/ncsc"]);
    expect(b.issues.map((i) => i.code)).toEqual(["reference_scale_mismatch"]);
    expect(compare([wrong]).issues.map((i) => i.code)).toEqual(["reference_scale_mismatch", "compare_no_entries"]);
    expect(compare([]).issues.map((i) => i.code)).toEqual(["compare_no_entries"]);
  });

  it("reports levels without a band, which then appear in no row", () => {
    const partial = { scale: UK, mapping: makeMapping(UK, UK_MAPPING.records.slice(1).map((r) => [r.subject, r.relation as "exactMatch", r.object!.min, r.object!.max, r.confidence] as const)) };
    const b = compare([partial]);
    expect(b.issues.map((i) => [i.code, i.severity, i.params["code"]])).toEqual([["level_not_mapped", "warning", "Category 6"]]);
    expect(b.rows[0]!.cells[0]!.levels).toEqual([]);
  });
});

describe("compare — properties", () => {
  it("each row lists, for each scale, exactly the levels whose band contains that reference level, by rank", () => {
    fc.assert(
      fc.property(universeArb({ min: 1, max: 4 }, { noMatch: true }), ([reference, entries]) => {
        const a = compare(entries, { reference, pairwise: false });
        expect(a.rows.map((r) => r.reference)).toEqual(reference.levels.map((l) => l.code));
        a.rows.forEach((row, r) => {
          row.cells.forEach((cell, s) => {
            const m = entries[s]!.mapping;
            const rank = (code: string) => reference.levels.findIndex((l) => l.code === code);
            const expected = entries[s]!.scale.levels
              .map((l) => l.code)
              .filter((code) => {
                const rec = m.records.find((x) => x.subject === code);
                return rec?.object !== undefined && rec.relation !== "noMatch" && rank(rec.object.min) <= r && r <= rank(rec.object.max);
              });
            expect(cell.levels.map((l) => l.code)).toEqual(expected);
          });
        });
      }),
    );
  });

  it("pairwise matrices say what translate says", () => {
    fc.assert(
      fc.property(universeArb({ min: 2, max: 3 }, { noMatch: true }), ([reference, entries]) => {
        const a = compare(entries, { reference });
        expect(a.pairwise).toHaveLength((entries.length * (entries.length - 1)) / 2);
        for (const p of a.pairwise) {
          const from = entries[p.aIndex]!;
          const to = entries[p.bIndex]!;
          from.scale.levels.forEach((la, i) => {
            const t = translate(la.code, from, to, { reference });
            to.scale.levels.forEach((lb, j) => {
              const c = t.candidates.find((x) => x.code === lb.code);
              expect(p.matrix[i]![j]).toBe(c ? c.relation : null);
              expect(p.confidence[i]![j]).toBe(c ? c.confidence : null);
            });
          });
        }
      }),
    );
  });
});

describe("compare's pairwise budget", () => {
  it("stops the level-by-level matrices at the budget and says how many pairs it did", () => {
    const entries = Array.from({ length: 10 }, () => ({ scale: US_CISS, mapping: US_CISS_MAPPING }));
    const full = compare(entries);
    expect(full.pairwise).toHaveLength(45);
    expect(full.issues.filter((i) => i.code === "compare_pairwise_truncated")).toEqual([]);
    const perPair = US_CISS.levels.length ** 2;
    const cut = compare(entries, { pairwiseBudget: perPair * 7 });
    expect(cut.pairwise).toHaveLength(7);
    expect(cut.issues.filter((i) => i.code === "compare_pairwise_truncated").map((i) => i.params)).toEqual([{ done: 7, total: 45, budget: perPair * 7 }]);
  });
});
