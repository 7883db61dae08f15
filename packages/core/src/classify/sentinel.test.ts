/**
 * Outcomes outside the levels (issue 9, item 4): a rules method may end in one of the scale's
 * declared sentinels ("out of scope", "not categorised"); classification returns it as such,
 * never as a level, and validation accepts exactly the result codes classification can return.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbScale } from "../../test/arbitraries/index.js";
import { RULES_SENTINEL_FIRST, RULES_SENTINEL_MOST, scaleWith, ordinal } from "../../test/classify-fixtures.js";
import type { Method } from "../model/method.js";
import type { Scale } from "../model/scale.js";
import { ScaleSchema } from "../model/scale.js";
import { validateScale } from "../validate/validate-scale.js";
import { classifyBatch } from "./batch.js";
import { compileClassifier } from "./compile.js";
import { classify } from "./interpret.js";

const errors = (scale: Scale) => validateScale(scale).filter((i) => i.severity === "error");

describe("a rule ending in a declared sentinel", () => {
  it("validates, and classifies to that sentinel, not to a level", () => {
    expect(errors(RULES_SENTINEL_FIRST)).toEqual([]);
    const r = classify(RULES_SENTINEL_FIRST, { "planned-maintenance": true, loss: 5000000, service: "national" });
    expect(r.status).toBe("sentinel");
    expect(r.level).toBeNull();
    expect(r.sentinel).toEqual({ code: "out-of-scope", meaning: "out-of-scope" });
    expect(r.issues).toEqual([]);
    expect(r.trace.at(-1)).toEqual({ kind: "trace_rules_sentinel", params: { rule: "gate", outcome: "out-of-scope" } });
    expect(compileClassifier(RULES_SENTINEL_FIRST).classify({ "planned-maintenance": true, loss: 5000000, service: "national" })).toStrictEqual(r);
  });

  it("gives levels when the gate fails, and keeps a sentinel among what is still possible when the gate is unanswered", () => {
    expect(classify(RULES_SENTINEL_FIRST, { "planned-maintenance": false, loss: 2000000, service: "national" }).level?.code).toBe("major");
    const open = classify(RULES_SENTINEL_FIRST, { loss: 700000, service: "local" });
    expect(open.status).toBe("undetermined");
    // Out of scope (no level) or significant: "at most significant, or no level".
    expect(open.range).toEqual({ atLeast: null, atMost: { code: "significant", rank: 1 } });
    expect(open.missing?.map((m) => m.dimension)).toEqual(["planned-maintenance"]);
  });

  it("ends in the sentinel default when no rule holds", () => {
    const scale: Scale = { ...RULES_SENTINEL_FIRST, method: { ...(RULES_SENTINEL_FIRST.method as Extract<Method, { kind: "rules" }>), rules: [{ level: "minor", when: { dimension: "service", in: ["none"] } }] } };
    const r = classify(scale, { service: "local" });
    expect([r.status, r.sentinel?.code]).toEqual(["sentinel", "not-categorised"]);
    expect(r.trace.at(-1)?.params).toEqual({ rule: "otherwise", outcome: "not-categorised" });
  });

  it("under most-severe and in a composite, a sentinel that holds overrides every level, the first declared winning", () => {
    expect(errors(RULES_SENTINEL_MOST)).toEqual([]);
    const c = compileClassifier(RULES_SENTINEL_MOST);
    const cases: [Record<string, unknown>, string | null, string | null][] = [
      [{ harm: "major", exercise: true, "test-system": false }, null, "out-of-scope"],
      [{ harm: "major", exercise: true, "test-system": true }, null, "out-of-scope"],
      [{ harm: "none", exercise: false, "test-system": true }, null, "not-categorised"],
      [{ harm: "minor", exercise: false, "test-system": false }, "L1", null],
    ];
    for (const [facts, level, sentinel] of cases) {
      const r = classify(RULES_SENTINEL_MOST, facts);
      expect([r.level?.code ?? null, r.sentinel?.code ?? null], JSON.stringify(facts)).toEqual([level, sentinel]);
      expect(c.classify(facts)).toStrictEqual(r);
    }
    // The most severe level is no longer final while a sentinel may still hold.
    const open = classify(RULES_SENTINEL_MOST, { harm: "major", "test-system": false });
    expect([open.status, open.range?.atLeast, open.range?.atMost.code]).toEqual(["undetermined", null, "L2"]);
    expect(open.missing?.map((m) => m.dimension)).toEqual(["exercise"]);
  });

  it("is -1 in batch, like every result that is not a level", () => {
    const c = compileClassifier(RULES_SENTINEL_FIRST);
    const ranks = classifyBatch(c, { "planned-maintenance": Int32Array.of(1, 0), loss: Float64Array.of(0, 0), service: Int32Array.of(2, 0) }, 2);
    expect(Array.from(ranks)).toEqual([-1, 0]);
  });
});

describe("an undeclared result code", () => {
  it("fails validation", () => {
    const scale = scaleWith("undeclared", ["L0", "L1"], [ordinal("harm", ["none", "major"])], {
      kind: "rules",
      strategy: "first-match",
      rules: [{ level: "n/a", when: { dimension: "harm", in: ["none"] } }],
      otherwise: "L1",
    });
    expect(errors(scale).map((i) => [i.code, i.pointer])).toEqual([["unknown_level_reference", "/method/rules/0/level"]]);
  });
});

describe("validation and classification agree on the codes a method may end in", () => {
  it("over generated scales: a rule's or default's code validates exactly when classification can end in it, as that level or sentinel", () => {
    const arb = arbScale().chain((input) => {
      const scale = ScaleSchema.parse(input);
      const known = [...scale.levels.map((l) => l.code), ...(scale.sentinels ?? []).map((s) => s.code)];
      return fc.record({ scale: fc.constant(scale), code: fc.oneof(fc.constantFrom(...known), fc.string({ minLength: 1, maxLength: 6 })), viaDefault: fc.boolean() });
    });
    fc.assert(
      fc.property(arb, ({ scale, code, viaDefault }) => {
        const method: Method = viaDefault
          ? { kind: "rules", strategy: "first-match", rules: [{ level: scale.levels[0]!.code, when: { not: { always: true } } }], otherwise: code }
          : { kind: "rules", strategy: "most-severe", rules: [{ level: code, when: { always: true } }] };
        const s: Scale = { ...scale, method };
        const pointer = viaDefault ? "/method/otherwise" : "/method/rules/0/level";
        const accepted = !validateScale(s).some((i) => i.severity === "error" && i.pointer === pointer);
        const r = classify(s, {});
        const ended = r.level?.code ?? r.sentinel?.code;
        expect(ended === code, JSON.stringify({ code, accepted, r: [r.status, r.level, r.sentinel] })).toBe(accepted);
        if (!accepted) expect(r.issues.map((i) => i.code)).toContain("classify_level_unknown");
        // A sentinel result is a declared sentinel that is not also a level.
        if (r.status === "sentinel") expect(scale.levels.some((l) => l.code === code)).toBe(false);
        expect(compileClassifier(s).classify({})).toStrictEqual(r);
      }),
    );
  });
});
