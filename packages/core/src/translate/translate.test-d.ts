import { describe, expectTypeOf, it } from "vitest";
import type { Scale } from "../model/scale.js";
import { REFERENCE_SCALE } from "../reference/crs.js";
import { translate, type TranslateOptions, type TranslationCandidate } from "./translate.js";
import type { TranslationRelation } from "./relation.js";

describe("translate types", () => {
  it("accepts the frozen built-in reference scale and a plain Scale as the reference", () => {
    expectTypeOf(REFERENCE_SCALE).toExtend<NonNullable<TranslateOptions["reference"]>>();
    expectTypeOf<Scale>().toExtend<NonNullable<TranslateOptions["reference"]>>();
  });

  it("gives candidates one of four relations", () => {
    expectTypeOf<TranslationCandidate["relation"]>().toEqualTypeOf<TranslationRelation>();
    expectTypeOf<TranslationRelation>().toEqualTypeOf<"equivalent" | "narrower" | "broader" | "overlapping">();
    // @ts-expect-error a SKOS record relation is not a translation relation
    const r: TranslationRelation = "exactMatch";
    expectTypeOf(translate).returns.toHaveProperty("candidates");
    void r;
  });
});
