import { describe, expect, it } from "vitest";
import { makeEvaluator, testLevelOf } from "../../test/diff/evaluator.js";
import { baseScale, clone, matrixScale } from "../../test/diff/fixtures.js";
import type { Scale } from "../model/scale.js";
import { REFERENCE_SCALE } from "../reference/crs.js";
import { diffDocuments } from "./diff-documents.js";
import type { DiffResult } from "./types.js";

const options = { levelOf: testLevelOf };
const rules = (s: Scale) => {
  if (s.method.kind !== "rules") throw new Error("fixture has rules");
  return s.method;
};
const edit = (base: Scale, f: (s: Scale) => void): [Scale, Scale] => {
  const b = clone(base);
  f(b);
  return [base, b];
};
const change = (r: DiffResult, kind: string) => r.changes.find((c) => c.kind === kind);
/** Issues about the comparison itself (the versions here are not bumped, so tracking issues are left out). */
const comparisonIssues = (r: DiffResult) => r.issues.filter((i) => i.code.startsWith("diff_"));
/** The example really is an incident the two versions classify differently. */
function expectGenuineExample(a: Scale, b: Scale, r: DiffResult): void {
  expect(r.example).toBeDefined();
  const { facts, oldLevel, newLevel } = r.example!;
  expect(makeEvaluator(a)(facts)).toBe(oldLevel);
  expect(makeEvaluator(b)(facts)).toBe(newLevel);
  expect(oldLevel).not.toBe(newLevel);
}

describe("method changes that can change a level", () => {
  it("a lower threshold is major, with an incident at the boundary as example", () => {
    const [a, b] = edit(baseScale(), (s) => {
      rules(s).rules[1]!.when = { any: [{ dimension: "impact", atLeast: "major" }, { dimension: "users", compare: "gte", threshold: { value: 999 } }] };
    });
    const r = diffDocuments(a, b, options);
    expect(change(r, "method-changed")).toMatchObject({ bump: "major", code: "change_method_changed_levels" });
    expect(r.required).toBe("major");
    expectGenuineExample(a, b, r);
    expect(r.example!.facts["users"]).toBe(999);
  });

  it("a changed matrix cell is major; the example incident selects that cell", () => {
    const [a, b] = edit(matrixScale(), (s) => {
      if (s.method.kind === "matrix") s.method.cells[3]!.level = "L3";
    });
    const r = diffDocuments(a, b, options);
    expectGenuineExample(a, b, r);
    expect(r.example!.facts).toEqual({ impact: "minor", scope: "national" });
    expect(change(r, "method-changed")?.params["at"]).toBe("/method/cells/3/level");
  });

  it("works through a composite method: one cell of the reference scale", () => {
    const a = structuredClone(REFERENCE_SCALE) as unknown as Scale;
    const [, b] = edit(a, (s) => {
      const impact = s.method.kind === "composite" ? s.method.components[0]!.method : null;
      if (impact?.kind === "matrix") impact.cells.find((c) => c.at.join() === "E2,S3")!.level = "R3";
    });
    const r = diffDocuments(a, b, options);
    expect(r.required).toBe("major");
    expectGenuineExample(a, b, r);
    expect(r.example!.facts).toMatchObject({ effect: "E2", scope: "S3" });
  });

  it("score methods without cut-points compare the rounded score", () => {
    const score = (weight: number): Scale => ({
      ...matrixScale(),
      method: {
        kind: "score",
        components: [{ dimension: "impact", weight, values: { none: 0, minor: 1, major: 3 } }],
        normalisation: { kind: "none" },
        rounding: { decimals: 1, mode: "half-up" },
      },
    });
    const a = score(2);
    const r = diffDocuments(a, score(2.5), options);
    expect(r.required).toBe("major");
    expect(r.example).toEqual({ facts: { impact: "minor", scope: "local" }, oldLevel: "2.0", newLevel: "2.5" });
  });
});

describe("method changes that change no level", () => {
  it("an equivalent rewrite of the rules is minor, after checking every incident", () => {
    const [a, b] = edit(baseScale(), (s) => {
      const m = rules(s);
      // "impact ≥ major or users ≥ 1000" split into two rules for the same level.
      m.rules.splice(1, 1, { level: "L3", when: { dimension: "impact", in: ["major"] } }, { level: "L3", when: { dimension: "users", compare: "gte", threshold: { value: 1000 } } });
    });
    const r = diffDocuments(a, b, options);
    expect(change(r, "method-changed")).toMatchObject({ bump: "minor", code: "change_method_changed_same" });
    expect(r.required).toBe("minor");
    expect(r.example).toBeUndefined();
    expect(comparisonIssues(r)).toEqual([]);
  });

  it("a cell for a new option is minor: the old incidents cannot select it", () => {
    const [a, b] = edit(matrixScale(), (s) => {
      const d = s.dimensions[1];
      if (d?.type === "ordinal") d.options.push({ code: "international", label: { en: "International", es: "Internacional" } });
      if (s.method.kind === "matrix") {
        for (const impact of ["none", "minor", "major"]) s.method.cells.push({ at: [impact, "international"], level: "L3" });
      }
    });
    const r = diffDocuments(a, b, options);
    expect(r.changes.map((c) => [c.kind, c.bump])).toEqual([
      ["option-added", "minor"],
      ["method-changed", "minor"],
    ]);
  });
});

describe("new dimensions", () => {
  const withNational = (s: Scale) => {
    s.dimensions.push({ code: "national", type: "ordinal", label: { en: "National interest" }, options: [{ code: "no", label: { en: "No" } }, { code: "yes", label: { en: "Yes" } }] });
  };

  it("a new dimension that can raise an existing incident's level is major; the rest of the method is unchanged (minor)", () => {
    const [a, b] = edit(baseScale(), (s) => {
      withNational(s);
      rules(s).rules.unshift({ level: "L4", when: { dimension: "national", in: ["yes"] } });
    });
    const r = diffDocuments(a, b, options);
    expect(change(r, "dimension-added")).toMatchObject({ bump: "major", code: "change_dimension_added_changes_levels", pointer: "/dimensions/3" });
    expect(change(r, "method-changed")).toMatchObject({ bump: "minor" });
    expectGenuineExample(a, b, r);
    expect(r.example!.facts["national"]).toBe("yes");
  });

  it("a new dimension the new method cannot do without changes existing incidents' levels (major method change)", () => {
    const [a, b] = edit(matrixScale(), (s) => {
      withNational(s);
      if (s.method.kind === "matrix") {
        s.method.axes.push({ dimension: "national" });
        s.method.cells = s.method.cells.flatMap((c) => [{ ...c, at: [...c.at, "no"] }, { ...c, at: [...c.at, "yes"] }]);
      }
    });
    const r = diffDocuments(a, b, options);
    expect(change(r, "method-changed")).toMatchObject({ bump: "major" });
    expect(r.example?.newLevel).toBeNull();
  });

  it("a new dimension that never changes the outcome is minor", () => {
    const [a, b] = edit(baseScale(), (s) => {
      withNational(s);
      // Only incidents already at L4 are concerned.
      rules(s).rules.unshift({ level: "L4", when: { all: [{ dimension: "national", in: ["yes"] }, { dimension: "impact", atLeast: "major" }, { dimension: "scope", in: ["national"] }] } });
    });
    const r = diffDocuments(a, b, options);
    expect(change(r, "dimension-added")).toMatchObject({ bump: "minor" });
    expect(r.required).toBe("minor");
  });
});

describe("how the comparison runs", () => {
  const lowered = edit(baseScale(), (s) => {
    rules(s).rules[1]!.when = { any: [{ dimension: "impact", atLeast: "major" }, { dimension: "users", compare: "gte", threshold: { value: 10 } }] };
  });

  it("without a classifier, a method change counts as major and says so", () => {
    const r = diffDocuments(...lowered, { levelOf: null });
    expect(change(r, "method-changed")).toMatchObject({ bump: "major", code: "change_method_changed_unchecked" });
    expect(comparisonIssues(r).map((i) => i.code)).toEqual(["diff_level_oracle_missing"]);
    expect(r.example).toBeUndefined();
  });

  it("samples deterministically when the space is larger than the exhaustive limit", () => {
    const sampled = { ...options, exhaustiveLimit: 3, sampleSize: 500, seed: 42 };
    const r = diffDocuments(...lowered, sampled);
    expectGenuineExample(...lowered, r);
    expect(diffDocuments(...lowered, sampled)).toEqual(r);
    // Rules listed from most to least severe: "most-severe" decides as "first-match" does.
    const [a, b] = edit(baseScale(), (s) => (rules(s).strategy = "most-severe"));
    const same = diffDocuments(a, b, sampled); // impact × scope × users {0, 999, 1000, 1001}
    expect(comparisonIssues(same).map((i) => [i.code, i.params])).toEqual([["diff_method_sampled", { checked: 500, space: String(3 * 2 * 4) }]]);
  });

  it("stops at the work budget and says how many incidents it checked of how many", () => {
    const [a, b] = edit(baseScale(), (s) => (rules(s).strategy = "most-severe"));
    let calls = 0;
    const counting = { levelOf: (s: Scale) => { const f = testLevelOf(s); return (facts: Record<string, unknown>) => (calls++, f(facts)); } };
    const full = diffDocuments(a, b, counting);
    const fullCalls = calls;
    expect(comparisonIssues(full)).toEqual([]);
    calls = 0;
    // A budget worth 5 incidents of these two methods.
    const cost = JSON.stringify(a.method).split(/[[{]/).length - 1 + (JSON.stringify(b.method).split(/[[{]/).length - 1);
    const r = diffDocuments(a, b, { ...counting, workBudget: cost * 5 });
    expect(comparisonIssues(r).map((i) => [i.code, i.params])).toEqual([["diff_method_budget", { checked: 5, space: String(3 * 2 * 4), budget: cost * 5 }]]);
    expect(calls).toBe(10);
    expect(fullCalls).toBe(2 * 3 * 2 * 4);
  });

  it("a classifier that throws counts as no level, and is reported", () => {
    const flaky = {
      levelOf: (s: Scale) => {
        const f = makeEvaluator(s);
        return (facts: Record<string, unknown>) => {
          if (s === lowered[1] && facts["users"] === 0) throw new Error("boom");
          return f(facts);
        };
      },
    };
    const r = diffDocuments(...lowered, flaky);
    expect(r.issues.map((i) => i.code)).toContain("diff_level_oracle_failed");
    expect(r.issues.find((i) => i.code === "diff_level_oracle_failed")?.params["version"]).toBe(lowered[1].version);
    const broken = {
      levelOf: () => {
        throw new Error("cannot build");
      },
    };
    expect(() => diffDocuments(...lowered, broken)).not.toThrow();
    const r2 = diffDocuments(...lowered, broken);
    expect(comparisonIssues(r2).map((i) => i.code)).toEqual(["diff_level_oracle_failed", "diff_level_oracle_failed"]);
    // Both sides answer "no level" everywhere, which proves nothing: the change stays major.
    expect(change(r2, "method-changed")).toMatchObject({ bump: "major", code: "change_method_changed_unchecked" });
  });

  it("compares by level code, following renamed levels only", () => {
    const [a, b] = edit(baseScale(), (s) => {
      s.levels[0]!.code = "L1X";
      rules(s).otherwise = "L1X";
      rules(s).rules[2]!.when = { dimension: "impact", in: ["minor", "none"] }; // now L2 instead of L1X for "none"
    });
    const r = diffDocuments(a, b, options);
    expect(r.changes.map((c) => c.kind)).toEqual(["level-renamed", "method-changed"]);
    expectGenuineExample(a, b, r);
    expect(r.example).toMatchObject({ oldLevel: "L1", newLevel: "L2" });
  });
});
