import { describe, expect, it } from "vitest";
import { mappingCtx } from "../../../test/fixtures/rule-helpers.js";
import { mappingConfidence } from "./mapping-confidence.js";

describe("mappingConfidence", () => {
  it("accepts confident exact matches and uncertain other relations", () => {
    expect(mappingConfidence(mappingCtx((d) => (d.records[0].confidence = 0.1)))).toEqual([]);
    expect(mappingConfidence(mappingCtx((d) => (d.records[1].confidence = 0.5)))).toEqual([]);
  });

  it("points out an exactMatch below 0.5", () => {
    expect(mappingConfidence(mappingCtx((d) => (d.records[2].confidence = 0.49)))).toEqual([
      { code: "mapping_exact_low_confidence", severity: "info", pointer: "/records/2/confidence", params: { confidence: 0.49 } },
    ]);
  });
});
