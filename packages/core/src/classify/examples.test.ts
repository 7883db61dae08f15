/** Worked examples, computed by hand in the comments. */
import { describe, expect, it } from "vitest";
import { MAX_BANDS, RULES_FIRST, RULES_MOST, SCORE_CUTS, SCORE_NO_CUTS, SIGNIFICANT, boundaryScale } from "../../test/classify-fixtures.js";
import { REFERENCE_SCALE } from "../reference/crs.js";
import { classifyBatch } from "./batch.js";
import { compileClassifier } from "./compile.js";
import { factsThatCouldChange } from "./facts-that-could-change.js";
import { classify } from "./interpret.js";
import { renderTrace } from "./render-trace.js";
import { es } from "../locales/es/index.js";
import { en } from "../locales/en/index.js";

const crs = (effect: string, scope: string, ni: string) => classify(REFERENCE_SCALE, { effect, scope, "national-interest": ni });

describe("reference scale: the four matrix corners (national interest N0 → R0)", () => {
  it.each([
    // row E0 is all R0; N0 implies R0; a tie goes to the first component (impact)
    ["E0", "S0", "R0"],
    ["E0", "S5", "R0"],
    // row E4: S0 → R1 (confirmed impact on individuals); S5 → R5
    ["E4", "S0", "R1"],
    ["E4", "S5", "R5"],
  ])("%s / %s → %s", (effect, scope, level) => {
    const r = crs(effect, scope, "N0");
    expect(r.status).toBe("determined");
    expect(r.level?.code).toBe(level);
    expect(r.trace.find((s) => s.kind === "trace_matrix_cell")?.params).toEqual({ values: [effect, scope], level });
    expect(r.trace.at(-1)?.params["component"]).toBe("impact");
  });
});

describe("reference scale: national-interest override", () => {
  it("E1 / S0 with N2 is R3: the matrix gives R0, national interest N2 implies R3, national interest wins", () => {
    const r = crs("E1", "S0", "N2");
    expect(r.level).toEqual({ code: "R3", rank: 3 });
    expect(r.decidedBy).toBe("composite");
    expect(r.trace.at(-1)).toEqual({ kind: "trace_composite_winner", params: { component: "national-interest", level: "R3" } });
    expect(r.trace).toContainEqual({ kind: "trace_component_level", params: { component: "impact", level: "R0" } });
    expect(renderTrace(r.trace, es).at(-1)).toBe("El más grave de los componentes: R3, de national-interest (en caso de empate, el primero de la lista).");
  });

  it("E4 / S5 without national interest is still R5: nothing can exceed the most severe level", () => {
    const r = crs("E4", "S5", null as unknown as string);
    expect(r.level?.code).toBe("R5");
    expect(r.issues).toEqual([]);
    expect(r.trace.at(-1)?.kind).toBe("trace_composite_top");
  });

  it("E2 / S2 without national interest is undetermined, at least R1", () => {
    const r = classify(REFERENCE_SCALE, { effect: "E2", scope: "S2" });
    expect(r.status).toBe("undetermined");
    expect(r.level).toBeNull();
    expect(r.issues).toEqual([{ code: "fact_missing", severity: "warning", pointer: "/national-interest", params: { dimension: "national-interest" } }]);
    expect(r.trace).toContainEqual({ kind: "trace_at_least", params: { level: "R1" } });
  });
});

describe("score at an exact rounding boundary", () => {
  // (24.69 × 1 + 0 × 1) / (1 + 1) = 12.345 exactly; in binary floating point 24.69 / 2 is
  // 12.34499999999999975131004248396493494510650634765625, which rounds to 12.34 in every mode.
  it.each([
    ["half-up", "12.35", "L1"],
    ["half-even", "12.34", "L0"], // 4 is even
    ["down", "12.34", "L0"],
    ["up", "12.35", "L1"],
  ] as const)("%s gives %s and level %s (cut-point L1 at 12.35)", (mode, score, level) => {
    const scale = boundaryScale(mode);
    const r = classify(scale, { severity: "s5", impact: "i0" });
    expect(r.score).toBe(score);
    expect(r.level?.code).toBe(level);
    expect(r.trace).toContainEqual({ kind: "trace_score_weighted_mean", params: { raw: "24.69", weights: "2", normalised: "12.345" } });
    expect(compileClassifier(scale).classify({ severity: "s5", impact: "i0" })).toStrictEqual(r);
  });
});

describe("score examples", () => {
  it("min–max over derived bounds, with a summed multiple choice", () => {
    // reach some: 1.5 × 3 = 4.5; data personal + secret: (2 + 3) × 2.5 = 12.5; service degraded: 0.3 × 1 = 0.3
    // raw 17.3; derived range: reach [0, 12], data [0, 6 × 2.5 = 15], service [0, 1] → [0, 28]
    // normalised 17.3 × 100 / 28 = 865/14 = 61.785714…; half-even at 2 decimals → 61.79 ≥ 55.55 → L3
    const r = classify(SCORE_CUTS, { reach: "some", data: ["personal", "secret"], service: "degraded" });
    expect(r.score).toBe("61.79");
    expect(r.level?.code).toBe("L3");
    expect(r.trace).toContainEqual({
      kind: "trace_score_min_max",
      params: { raw: "17.3", fromMin: "0", fromMax: "28", toMin: "0", toMax: "100", normalised: "61.785714285714\u2026 (865/14)" },
    });
    expect(r.trace).toContainEqual({ kind: "trace_score_component", params: { dimension: "data", fact: ["personal", "secret"], value: "5", weight: "2.5", contribution: "12.5" } });
  });

  it("clamps before rounding", () => {
    // reach many 12 + data all four (0+1+2+3) × 2.5 = 15 + service down 1 = 28 → 100, clamped to 90
    const r = classify(SCORE_CUTS, { reach: "many", data: ["public", "internal", "personal", "secret"], service: "down" });
    expect(r.score).toBe("90.00");
    expect(r.level?.code).toBe("L4");
    expect(r.trace).toContainEqual({ kind: "trace_score_clamped", params: { min: "0", max: "90", before: "100", after: "90" } });
  });

  it("without cut-points returns the score only, and uses the missing value with an info", () => {
    // reach one 1 × 3 = 3; data missing → 2 × 1 = 2; service degraded 2 × 2 = 4; 9 / (3 + 1 + 2) = 1.5
    const r = classify(SCORE_NO_CUTS, { reach: "one", service: "degraded" });
    expect(r).toMatchObject({ status: "score-only", level: null, score: "1.5", decidedBy: "score" });
    expect(r.issues).toEqual([{ code: "fact_missing_default", severity: "info", pointer: "/data", params: { dimension: "data", value: "2" } }]);
    expect(r.trace.at(-1)).toEqual({ kind: "trace_score_no_cut_points", params: { score: "1.5" } });
  });
});

describe("rules examples", () => {
  it("explains why each earlier rule did not fire", () => {
    // critical: impact low is below critical, and (sectors missing, impact below high) → fails
    // money: loss 600000 ≥ min(500000, 5% × 20000000 = 1000000) = 500000 → fires: L3
    const r = classify(RULES_FIRST, { impact: "low", loss: 600000, turnover: 20000000 });
    expect(r.level?.code).toBe("L3");
    expect(r.issues).toEqual([]); // sectors was missing, but "critical" failed without it
    expect(renderTrace(r.trace, en)).toEqual([
      "Rule critical (level L4) does not apply:",
      "  impact = low, below critical.",
      "  impact = low, below high.",
      "Rule money applies: level L3.",
      "  loss = 600000 \u2265 min(500000, 5% \u00d7 turnover) = 500000: holds.",
    ]);
  });

  it("lists at once every missing fact of the undecided rules that could still fire, with the range", () => {
    const r = classify(RULES_FIRST, { impact: "high" });
    expect(r.status).toBe("undetermined");
    // critical waits on sectors, money on loss and turnover, users on users and population.
    expect(r.issues.map((i) => i.pointer)).toEqual(["/sectors", "/loss", "/turnover", "/users", "/population"]);
    expect(r.missing?.map((m) => m.dimension)).toEqual(["sectors", "loss", "turnover", "users", "population"]);
    expect(r.missing?.[0]?.question).toEqual({ en: "sectors", es: "sectors" });
    expect(r.range).toEqual({ atLeast: { code: "L0", rank: 0 }, atMost: { code: "L4", rank: 4 } });
  });

  it("does not ask for a fact whose rule cannot change the first match", () => {
    // critical is undecided (sectors) but money holds and gives L3; critical could still give L4.
    const r = classify(RULES_FIRST, { impact: "high", loss: 600000, turnover: 1 });
    expect(r.missing?.map((m) => m.dimension)).toEqual(["sectors"]);
    expect(r.range).toEqual({ atLeast: { code: "L3", rank: 3 }, atMost: { code: "L4", rank: 4 } });
    // Once sectors is known not to matter, nothing else is asked.
    const s = classify(RULES_FIRST, { impact: "high", sectors: ["finance"], loss: 600000 });
    expect(s.level?.code).toBe("L3");
    expect(s.missing).toBeUndefined();
  });

  it("decides a comparison against min(known, unknown) when the fact exceeds the known bound", () => {
    // loss 600000 ≥ min(500000, 5% × turnover) whatever turnover is.
    const r = classify(RULES_FIRST, { impact: "low", loss: 600000 });
    expect(r.level?.code).toBe("L3");
    expect(r.issues).toEqual([]);
    expect(renderTrace(r.trace, en)).toContain("  loss = 600000 \u2265 min(500000, 5% \u00d7 turnover) \u2208 [0, 500000]: holds whatever the missing facts.");
    // loss 0 against a threshold in [0, 500000] stays open (turnover 0 makes it hold): turnover is asked, and only it.
    const below = classify(RULES_MOST, { impact: "none", loss: 0, users: 0, sectors: ["other"] });
    expect(below.missing?.map((m) => m.dimension)).toEqual(["turnover"]);
  });

  it("reports a wrong unit and an unknown option with pointers into the facts", () => {
    const r = classify(RULES_FIRST, { impact: "huge", loss: { value: 5, unit: "USD" } });
    expect(r.status).toBe("invalid-facts");
    expect(r.issues.map((i) => [i.code, i.pointer])).toEqual([
      ["fact_unknown_option", "/impact"],
      ["fact_wrong_unit", "/loss/unit"],
    ]);
  });
});

describe("max examples", () => {
  it("rates each dimension and keeps the most severe; bands from atLeast upwards", () => {
    // harm minor → L1; hours 4.5 reaches the 4.5 band → L2; L2 wins
    const r = classify(MAX_BANDS, { harm: "minor", hours: 4.5 });
    expect(r.level?.code).toBe("L2");
    expect(r.trace.at(-1)).toEqual({ kind: "trace_max_winner", params: { dimension: "hours", level: "L2" } });
  });
});

describe("reference scale: the whole published table through classify", () => {
  // The effect × scope table of REFERENCE-SCALE.md, copied by hand (rows E0–E4, columns S0–S5).
  const TABLE = [
    ["R0", "R0", "R0", "R0", "R0", "R0"],
    ["R0", "R0", "R1", "R2", "R2", "R2"],
    ["R1", "R1", "R1", "R2", "R3", "R3"],
    ["R1", "R1", "R2", "R3", "R4", "R5"],
    ["R1", "R1", "R2", "R3", "R5", "R5"],
  ];
  // National interest implies at least: N0 R0, N1 R2, N2 R3, N3 R4, N4 R5.
  const IMPLIED = [0, 2, 3, 4, 5];

  it.each(TABLE.flatMap((row, e) => row.map((level, s) => [`E${e}`, `S${s}`, level] as const)))("%s / %s with N0 → %s", (effect, scope, level) => {
    const r = crs(effect, scope, "N0");
    expect(r.level?.code).toBe(level);
    expect(compileClassifier(REFERENCE_SCALE).classify({ effect, scope, "national-interest": "N0" })).toStrictEqual(r);
  });

  it("every national-interest value lifts every cell to at least the level it implies", () => {
    for (let e = 0; e < TABLE.length; e++) {
      for (let s = 0; s < 6; s++) {
        for (let n = 0; n < IMPLIED.length; n++) {
          const matrix = Number(TABLE[e]![s]!.slice(1));
          expect(crs(`E${e}`, `S${s}`, `N${n}`).level?.code).toBe(`R${Math.max(matrix, IMPLIED[n]!)}`);
        }
      }
    }
  });
});

describe("a significant-incident test: any criterion, unless planned maintenance (assumed no)", () => {
  it("is significant when the loss alone exceeds the threshold, the other criteria unanswered", () => {
    const r = classify(SIGNIFICANT, { loss: 600000 });
    expect(r.level?.code).toBe("significant");
    expect(r.missing).toBeUndefined();
    expect(r.issues).toEqual([{ code: "fact_assumed", severity: "info", pointer: "/planned-maintenance", params: { dimension: "planned-maintenance", value: "no" } }]);
    expect(r.trace[0]).toEqual({ kind: "trace_fact_assumed", params: { dimension: "planned-maintenance", value: "no" } });
  });

  it("without the assumption gives a range and asks exactly for the exclusion", () => {
    for (const r of [classify(SIGNIFICANT, { loss: 600000 }, { assume: false }), compileClassifier(SIGNIFICANT, { assume: false }).classify({ loss: 600000 })]) {
      expect(r.status).toBe("undetermined");
      expect(r.range).toEqual({ atLeast: { code: "not-significant", rank: 0 }, atMost: { code: "significant", rank: 1 } });
      expect(r.missing).toEqual([{ dimension: "planned-maintenance", question: { en: "planned-maintenance", es: "planned-maintenance" } }]);
      expect(factsThatCouldChange(SIGNIFICANT, { loss: 600000 }, { assume: false }).map((f) => f.dimension)).toEqual(["planned-maintenance"]);
    }
    // A fact given as null stays unknown even with assumptions on.
    expect(classify(SIGNIFICANT, { loss: 600000, "planned-maintenance": null }).missing?.map((m) => m.dimension)).toEqual(["planned-maintenance"]);
  });

  it("decides smallerOf without the unknown part: 1 000 001 users exceed min(1 000 000, 5 % of an unknown total)", () => {
    const r = classify(SIGNIFICANT, { users: 1000001 });
    expect(r.level?.code).toBe("significant");
    expect(renderTrace(r.trace, en)).toContain("  users = 1000001 > min(1000000, 5% \u00d7 total-users) \u2208 [0, 1000000]: holds whatever the missing facts.");
    // At or below the known bound the unknown total decides, and only it (and the other criteria) are asked.
    expect(factsThatCouldChange(SIGNIFICANT, { users: 1000000 })).toEqual([
      { dimension: "loss", question: { en: "loss", es: "loss" } },
      { dimension: "total-users", question: { en: "total-users", es: "total-users" } },
      { dimension: "data-breach", question: { en: "data-breach", es: "data-breach" } },
    ]);
  });

  it("assumes in batch too, unless compiled with assume: false", () => {
    const columns = { loss: Float64Array.of(600000, 0), "planned-maintenance": Int32Array.of(-1, -1) };
    expect(Array.from(classifyBatch(compileClassifier(SIGNIFICANT), columns, 2))).toEqual([1, -1]);
    expect(Array.from(classifyBatch(compileClassifier(SIGNIFICANT, { assume: false }), columns, 2))).toEqual([-1, -1]);
  });
});
