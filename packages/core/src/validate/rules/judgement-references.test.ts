import { describe, expect, it } from "vitest";
import { scaleCtx, where } from "../../../test/fixtures/rule-helpers.js";
import { judgementReferences } from "./judgement-references.js";

const judgement = (level: string) => ({ kind: "judgement", criteria: [{ level, criteria: { en: "x", es: "x" } }] });

describe("judgementReferences", () => {
  it("accepts criteria for existing levels, or none", () => {
    expect(judgementReferences(scaleCtx((d) => (d.method = judgement("L2"))))).toEqual([]);
    expect(judgementReferences(scaleCtx((d) => (d.method = { kind: "judgement" })))).toEqual([]);
  });

  it("reports criteria for an unknown level", () => {
    expect(where(judgementReferences(scaleCtx((d) => (d.method = judgement("L5")))))).toEqual([{ code: "unknown_level_reference", pointer: "/method/criteria/0/level" }]);
  });
});
