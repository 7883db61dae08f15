import { describe, expect, it } from "vitest";
import type { Doc } from "../../../test/fixtures/rule-helpers.js";
import { METHOD_AT, component, scaleCtx, where } from "../../../test/fixtures/rule-helpers.js";
import { ruleReachable } from "./rule-reachable.js";

const R = METHOD_AT.rules;
const withRules = (edit: (rules: Doc[], method: Doc) => void) => scaleCtx((d) => edit(component(d, "rules").rules, component(d, "rules")));

describe("ruleReachable", () => {
  it("accepts rules that can all fire", () => {
    expect(ruleReachable(scaleCtx())).toEqual([]);
  });

  it("reports every rule and otherwise after an always rule (first-match)", () => {
    const issues = ruleReachable(withRules((rules) => rules.splice(1, 0, { level: "L1", when: { always: true } })));
    expect(where(issues)).toEqual([
      { code: "rule_unreachable", pointer: `${R}/rules/2/when` },
      { code: "rule_unreachable", pointer: `${R}/rules/3/when` },
      { code: "rule_unreachable", pointer: `${R}/otherwise` },
    ]);
    expect(issues[0]!.params).toEqual({ earlier: `${R}/rules/1` });
    expect(issues[0]!.severity).toBe("warning");
  });

  it("reports a repeated condition even with members and sets in another order (first-match)", () => {
    const issues = ruleReachable(withRules((rules) => rules.push({ level: "L1", when: { any: [{ dimension: "users", compare: "gt", threshold: { value: 10000 } }, { dimension: "scope", in: ["s3"] }] } })));
    expect(issues).toEqual([{ code: "rule_unreachable", severity: "warning", pointer: `${R}/rules/3/when`, params: { earlier: `${R}/rules/1` } }]);
  });

  it("does not report shadowing with strategy most-severe, but still reports otherwise after always", () => {
    const issues = ruleReachable(withRules((rules, method) => {
      method.strategy = "most-severe";
      rules.push({ level: "L2", when: { always: true } }, { level: "L1", when: { dimension: "effect", atLeast: "e1" } });
    }));
    expect(where(issues)).toEqual([{ code: "rule_unreachable", pointer: `${R}/otherwise` }]);
  });

  it("does not treat different conditions as shadowing", () => {
    expect(ruleReachable(withRules((rules) => rules.push({ level: "L1", when: { dimension: "effect", atLeast: "e2" } })))).toEqual([]);
  });

  it.each([
    ["not always", { not: { always: true } }, ""],
    ["X and not X", { all: [{ dimension: "effect", in: ["e1"] }, { not: { dimension: "effect", in: ["e1"] } }] }, ""],
    ["disjoint in sets", { all: [{ dimension: "scope", in: ["s0", "s1"] }, { dimension: "scope", in: ["s2"] }] }, ""],
    ["atLeast above atMost", { all: [{ dimension: "effect", atLeast: "e2" }, { dimension: "effect", atMost: "e1" }] }, ""],
    ["an any of contradictions", { any: [{ not: { always: true } }, { all: [{ dimension: "effect", atLeast: "e2" }, { dimension: "effect", in: ["e0"] }] }] }, ""],
    ["a contradiction nested in all", { all: [{ dimension: "users", compare: "gt", threshold: { value: 1 } }, { not: { always: true } }] }, "/all/1"],
  ])("reports an unsatisfiable condition: %s", (_name, when, inner) => {
    const issues = ruleReachable(withRules((rules) => (rules[2].when = when)));
    expect(where(issues)).toEqual([{ code: "condition_unsatisfiable", pointer: `${R}/rules/2/when${inner}` }]);
  });

  it("leaves satisfiable or undecidable combinations alone", () => {
    for (const when of [
      { all: [{ dimension: "effect", atLeast: "e1" }, { dimension: "effect", atMost: "e1" }] },
      { all: [{ dimension: "effect", in: ["e0", "e1"] }, { dimension: "scope", in: ["s2"] }] },
      { all: [{ dimension: "effect", in: ["e9"] }, { dimension: "effect", in: ["e1"] }] },
      { any: [{ not: { always: true } }, { dimension: "effect", in: ["e1"] }] },
    ]) {
      expect(ruleReachable(withRules((rules) => (rules[2].when = when)))).toEqual([]);
    }
  });

  it("does not decide contradictions on multiple-choice dimensions", () => {
    const ctx = scaleCtx((d) => {
      d.dimensions[1].multiple = true;
      component(d, "rules").rules[2].when = { all: [{ dimension: "scope", in: ["s0"] }, { dimension: "scope", in: ["s3"] }] };
    });
    expect(ruleReachable(ctx)).toEqual([]);
  });

  it("reports an unsatisfiable rule once, not also as shadowed", () => {
    const issues = ruleReachable(withRules((rules) => {
      rules[0].when = { not: { always: true } };
      rules[1].when = { not: { always: true } };
    }));
    expect(where(issues)).toEqual([
      { code: "condition_unsatisfiable", pointer: `${R}/rules/0/when` },
      { code: "condition_unsatisfiable", pointer: `${R}/rules/1/when` },
    ]);
  });
});
