/**
 * Worked examples through `classify` on the encoded national scales, each computed by hand in the
 * comments from the published sources (ASD Cyber Threat Report 2023-24, Figure 1; the CMU SEI
 * CITE encoding of NCISS). The compiled classifier must give the identical result.
 */
import type { ClassifyResult, Scale } from "@sevscale/core";
import { classify, compileClassifier } from "@sevscale/core";
import { describe, expect, it } from "vitest";
import { loadScale } from "./support.js";

const asd = loadScale("au-asd");
const nciss = loadScale("us-nciss");

/** Classifies with the interpreter and checks the compiled classifier agrees exactly. */
function both(scale: Scale, facts: Record<string, unknown>): ClassifyResult {
  const r = classify(scale, facts);
  expect(compileClassifier(scale).classify(facts)).toStrictEqual(r);
  return r;
}

describe("au/asd: matrix look-ups by hand (rows = impact type, columns = stakeholder group)", () => {
  // Each case: the published row, the stakeholder, the column group the figure puts it in, and the
  // category in that cell of Figure 1. C6 is rank 0 (least severe) … C1 rank 5.
  it.each([
    // Row "Isolated compromise" × "Schools", which the figure groups in the column
    // "Medium-sized organisation(s) / Schools / Local government": cell C5.
    ["isolated-compromise", "school", "medium-organisations-schools-local-government", "C5", 1],
    // Row "Extensive compromise" × "Local government" (same column as schools): cell C4.
    ["extensive-compromise", "local-government", "medium-organisations-schools-local-government", "C4", 2],
    // Row "Extensive compromise" × "Federal government", column
    // "Federal government / Government shared services / Regulated critical infrastructure": cell C2.
    ["extensive-compromise", "federal-government", "federal-shared-services-regulated-ci", "C2", 4],
    // Row "Sustained disruption of essential systems and associated services" ×
    // "Regulated critical infrastructure" (the federal column): cell C1.
    ["sustained-disruption", "regulated-critical-infrastructure", "federal-shared-services-regulated-ci", "C1", 5],
    // Row "Low-level malicious attack" × "Supply chain", column
    // "State government / Academia/R&D / Large organisation(s) / Supply chain": cell C4.
    ["low-level-attack", "supply-chain", "state-academia-large-organisations-supply-chain", "C4", 2],
    // Row "Coordinated low-level malicious attack" × "Systems of National Significance", column
    // "National security / Systems of National Significance": cell C3.
    ["coordinated-low-level-attack", "systems-of-national-significance", "national-security-sons", "C3", 3],
    // Row "Isolated compromise" × "National security" (same column): cell C2 — one of the five
    // cells where the reference scale follows the UK's lower rating.
    ["isolated-compromise", "national-security", "national-security-sons", "C2", 4],
    // Row "Extensive compromise" × "Sole traders", column "Small organisation(s) / Sole traders": cell C5.
    ["extensive-compromise", "sole-trader", "small-organisations-sole-traders", "C5", 1],
    // Row "Unsuccessful low-level malicious attack" × "National security": the whole row is C6.
    ["unsuccessful-low-level-attack", "national-security", "national-security-sons", "C6", 0],
  ] as const)("%s × %s (column %s) is %s", (impact, stakeholder, group, level, rank) => {
    const r = both(asd, { "impact-type": impact, stakeholder });
    expect(r).toMatchObject({ status: "determined", decidedBy: "matrix", level: { code: level, rank }, issues: [] });
    expect(r.score).toBeUndefined();
    expect(r.trace).toEqual([
      { kind: "trace_matrix_axis", params: { dimension: "impact-type", fact: impact } },
      { kind: "trace_matrix_axis_group", params: { dimension: "stakeholder", fact: stakeholder, group } },
      { kind: "trace_matrix_cell", params: { values: [impact, group], level } },
    ]);
  });

  it("all three members of the Medium-sized / Schools / Local government column share its cells", () => {
    // Row "Isolated compromise": C5 for the whole column (the figure's single cell).
    for (const stakeholder of ["medium-organisation", "school", "local-government"]) {
      expect(both(asd, { "impact-type": "isolated-compromise", stakeholder }).level?.code).toBe("C5");
    }
  });

  it("without the stakeholder the category cannot be looked up", () => {
    const r = both(asd, { "impact-type": "extensive-compromise" });
    expect(r.status).toBe("undetermined");
    expect(r.level).toBeNull();
    expect(r.issues).toEqual([{ code: "fact_missing", severity: "warning", pointer: "/stakeholder", params: { dimension: "stakeholder" } }]);
  });
});

describe("us/nciss: scores by hand (no cut-points, so no level)", () => {
  // Weights: functional impact 6, observed activity 5, location 4, actor 4, information impact 2,
  // recoverability 4, cross-sector dependency 3, potential impact 6 (Σ = 34).
  // minPossible = Σ wᵢ·min(valuesᵢ) = 6·0 + 5·0 + 4·30 + 4·20 + 2·0 + 4·20 + 3·15 + 6·0 = 120 + 80 + 80 + 45 = 325
  // maxPossible = Σ wᵢ·max(valuesᵢ) = 6·100 + 5·100 + 4·100 + 4·100 + 2·100 + 4·100 + 3·100 + 6·100 = 3400
  // score = clamp(0, 100, 100 × (S − 325) / 3075), rounded once: 2 decimals, half-up (the scale's rule).
  // 3075 = 3 · 5² · 41, so 100 × (S − 325) / 3075 = 4 × (S − 325) / 123 never ends in an exact tie.

  function expectScoreOnly(r: ClassifyResult, raw: string, normalised: string, score: string): void {
    expect(r).toMatchObject({ status: "score-only", decidedBy: "score", level: null, score });
    expect(r.trace).toContainEqual({ kind: "trace_score_raw", params: { raw } });
    expect(r.trace).toContainEqual({
      kind: "trace_score_min_max",
      params: { raw, fromMin: "325", fromMax: "3400", toMin: "0", toMax: "100", normalised },
    });
    expect(r.trace).toContainEqual({ kind: "trace_score_rounded", params: { score, decimals: 2, mode: "half-up" } });
    // The level cannot be derived: the last step says so and names the score.
    expect(r.trace.at(-1)).toEqual({ kind: "trace_score_no_cut_points", params: { score } });
    expect(score).toMatch(/^\d+\.\d{2}$/);
  }

  it("a severe intrusion on critical systems: 84.72", () => {
    // functional impact  denial-critical-or-loss-of-control  100 × 6 = 600
    // observed activity  effect                              100 × 5 = 500
    // location           l6-critical-systems                  90 × 4 = 360
    // actor              apt                                  80 × 4 = 320
    // information impact core-credential-compromise           80 × 2 = 160
    // recoverability     extended                             60 × 4 = 240
    // cross-sector       energy                              100 × 3 = 300
    // potential impact   high                                 75 × 6 = 450
    // S = 600 + 500 + 360 + 320 + 160 + 240 + 300 + 450 = 2930
    // 100 × (2930 − 325) / 3075 = 260500 / 3075 = 10420 / 123 = 84.715447… → half-up, 2 d. → 84.72
    const r = both(nciss, {
      "functional-impact": "denial-critical-or-loss-of-control",
      "observed-activity": "effect",
      "location-of-observed-activity": "l6-critical-systems",
      "actor-characterization": "apt",
      "information-impact": "core-credential-compromise",
      recoverability: "extended",
      "cross-sector-dependency": "energy",
      "potential-impact": "high",
    });
    expectScoreOnly(r, "2930", "84.715447154471\u2026 (10420/123)", "84.72");
    expect(r.issues).toEqual([]);
  });

  it("a criminal intrusion on a business network: 32.85", () => {
    // functional impact  minimal-non-critical   35 × 6 = 210
    // observed activity  engage                 70 × 5 = 350
    // location           l2-business-network    40 × 4 = 160
    // actor              criminal               40 × 4 = 160
    // information impact privacy-data-loss      20 × 2 =  40
    // recoverability     supplemented           40 × 4 = 160
    // cross-sector       banking-finance        35 × 3 = 105
    // potential impact   low                    25 × 6 = 150
    // S = 210 + 350 + 160 + 160 + 40 + 160 + 105 + 150 = 1335
    // 100 × (1335 − 325) / 3075 = 101000 / 3075 = 4040 / 123 = 32.845528… → half-up, 2 d. → 32.85
    const r = both(nciss, {
      "functional-impact": "minimal-non-critical",
      "observed-activity": "engage",
      "location-of-observed-activity": "l2-business-network",
      "actor-characterization": "criminal",
      "information-impact": "privacy-data-loss",
      recoverability: "supplemented",
      "cross-sector-dependency": "banking-finance",
      "potential-impact": "low",
    });
    expectScoreOnly(r, "1335", "32.845528455284\u2026 (4040/123)", "32.85");
    expect(r.issues).toEqual([]);
  });

  it("an early report with several options in one category and six categories empty: 3.74", () => {
    // functional impact  no-service-impact (20) and minimal-critical (40): max 40 × 6 = 240
    // observed activity  prepare                                          40 × 5 = 200
    // the six other categories: nothing selected, value 0 (an info for each)         0
    // S = 240 + 200 = 440
    // 100 × (440 − 325) / 3075 = 11500 / 3075 = 460 / 123 = 3.739837… → half-up, 2 d. → 3.74
    const r = both(nciss, { "functional-impact": ["no-service-impact", "minimal-critical"], "observed-activity": "prepare" });
    expectScoreOnly(r, "440", "3.739837398373\u2026 (460/123)", "3.74");
    expect(r.issues.map((i) => [i.code, i.pointer])).toEqual(
      ["location-of-observed-activity", "actor-characterization", "information-impact", "recoverability", "cross-sector-dependency", "potential-impact"].map((d) => [
        "fact_missing_default",
        `/${d}`,
      ]),
    );
  });

  it("below the minimum possible sum, the clamp gives 0.00", () => {
    // Only information impact suspected: 10 × 2 = 20; S = 20 < 325
    // 100 × (20 − 325) / 3075 = −30500 / 3075 = −1220 / 123 = −9.918699… < 0 → clamped to 0 → 0.00
    const r = both(nciss, { "information-impact": "suspected" });
    expect(r).toMatchObject({ status: "score-only", level: null, score: "0.00" });
    expect(r.trace).toContainEqual({ kind: "trace_score_clamped", params: { min: "0", max: "100", before: "-9.918699186991\u2026 (-1220/123)", after: "0" } });
    expect(r.trace.at(-1)).toEqual({ kind: "trace_score_no_cut_points", params: { score: "0.00" } });
  });
});
