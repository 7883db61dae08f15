import { describe, expect, it } from "vitest";
import { METHOD_AT, component, scaleCtx, where } from "../../../test/fixtures/rule-helpers.js";
import { ruleReferences } from "./rule-references.js";

const R = METHOD_AT.rules;

describe("ruleReferences", () => {
  it("accepts the base rules (levels, options, quantities, percentOf)", () => {
    expect(ruleReferences(scaleCtx())).toEqual([]);
  });

  it("accepts a sentinel as a rule's level or as otherwise", () => {
    expect(ruleReferences(scaleCtx((d) => (component(d, "rules").otherwise = "unknown")))).toEqual([]);
  });

  it("reports unknown levels in rules and otherwise", () => {
    const issues = ruleReferences(scaleCtx((d) => {
      component(d, "rules").rules[1].level = "L7";
      component(d, "rules").otherwise = "L0";
    }));
    expect(where(issues)).toEqual([
      { code: "unknown_level_reference", pointer: `${R}/rules/1/level` },
      { code: "unknown_level_reference", pointer: `${R}/otherwise` },
    ]);
  });

  it("reports an unknown dimension once, without judging its options", () => {
    const issues = ruleReferences(scaleCtx((d) => (component(d, "rules").rules[1].when.any[0] = { dimension: "scop", in: ["s3", "s9"] })));
    expect(issues).toEqual([
      { code: "unknown_dimension_reference", severity: "error", pointer: `${R}/rules/1/when/any/0/dimension`, params: { code: "scop", known: ["effect", "scope", "loss", "turnover", "users"] } },
    ]);
  });

  it("reports unknown options of in, atLeast and atMost", () => {
    const issues = ruleReferences(scaleCtx((d) => {
      const rules = component(d, "rules").rules;
      rules[1].when.any[0].in = ["s3", "s9"];
      rules[2].when = { all: [{ dimension: "effect", atLeast: "E1" }, { dimension: "scope", atMost: "s4" }] };
    }));
    expect(where(issues)).toEqual([
      { code: "unknown_option_reference", pointer: `${R}/rules/1/when/any/0/in/1` },
      { code: "unknown_option_reference", pointer: `${R}/rules/2/when/all/0/atLeast` },
      { code: "unknown_option_reference", pointer: `${R}/rules/2/when/all/1/atMost` },
    ]);
  });

  it("reports ordinal tests on quantities and quantity comparisons on ordinals", () => {
    const issues = ruleReferences(scaleCtx((d) => {
      const rules = component(d, "rules").rules;
      rules[2].when = { any: [{ dimension: "users", in: ["e1"] }, { dimension: "scope", compare: "gt", threshold: { value: 1 } }] };
      rules[0].when.all[1].threshold.smallerOf[1].percentOf.dimension = "effect";
    }));
    expect(issues.map((i) => [i.pointer, i.params["property"], i.params["expected"]])).toEqual([
      [`${R}/rules/0/when/all/1/threshold/smallerOf/1/percentOf/dimension`, "percentOf", "quantity"],
      [`${R}/rules/2/when/any/0/dimension`, "in", "ordinal"],
      [`${R}/rules/2/when/any/1/dimension`, "compare", "quantity"],
    ]);
    expect(new Set(issues.map((i) => i.code))).toEqual(new Set(["dimension_type_mismatch"]));
  });
});
