/** The compiled classifier reuses one fact vector between calls; these check that reuse is invisible. */
import { describe, expect, it } from "vitest";
import { MATRIX_GROUPED, SCORE_CUTS } from "../../test/classify-fixtures.js";
import { REFERENCE_SCALE } from "../reference/crs.js";
import { compileClassifier } from "./compile.js";
import { classify } from "./interpret.js";

describe("compiled classifier state", () => {
  it("gives the interpreter's results when a getter in the facts classifies again (re-entrant call)", () => {
    const c = compileClassifier(REFERENCE_SCALE);
    let inner: unknown;
    const facts = {
      effect: "E3",
      get scope() {
        inner = c.classify({ effect: "E0", scope: "S0", "national-interest": "N0" });
        return "S4";
      },
      "national-interest": "N1",
    };
    const outer = c.classify(facts);
    expect(outer).toStrictEqual(classify(REFERENCE_SCALE, { effect: "E3", scope: "S4", "national-interest": "N1" }));
    expect(outer.level?.code).toBe("R4");
    expect(inner).toStrictEqual(classify(REFERENCE_SCALE, { effect: "E0", scope: "S0", "national-interest": "N0" }));
  });

  it("stays usable after a getter in the facts throws", () => {
    const c = compileClassifier(REFERENCE_SCALE);
    const bad = {
      effect: "E4",
      get scope(): string {
        throw new Error("boom");
      },
    };
    expect(() => c.classify(bad)).toThrow("boom");
    const facts = { effect: "E1", scope: "S2", "national-interest": "N0" };
    expect(c.classify(facts)).toStrictEqual(classify(REFERENCE_SCALE, facts));
  });

  it("forgets several selected options and quantities from the previous call", () => {
    const c = compileClassifier(SCORE_CUTS);
    c.classify({ reach: "many", data: ["public", "secret"], service: "down" });
    const facts = { reach: "one" };
    expect(c.classify(facts)).toStrictEqual(classify(SCORE_CUTS, facts));
    const m = compileClassifier(MATRIX_GROUPED);
    const first = MATRIX_GROUPED.dimensions.map((d) => [d.code, d.type === "ordinal" ? d.options[0]!.code : 1]);
    m.classify(Object.fromEntries(first));
    expect(m.classify({})).toStrictEqual(classify(MATRIX_GROUPED, {}));
  });
});
