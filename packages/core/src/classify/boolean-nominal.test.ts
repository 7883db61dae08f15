/**
 * Boolean and nominal dimensions, option colours and numbers given for numeric option codes:
 * validation and classification agree, and the compiled path gives what the interpreter gives.
 */
import { describe, expect, it } from "vitest";
import { MATRIX_NOMINAL, MAX_BOOLEAN, SIGNIFICANT_BOOLEAN, nominal, scaleWith, boolean, ordinal } from "../../test/classify-fixtures.js";
import { renderMessage } from "../issues/render.js";
import { en } from "../locales/en/index.js";
import { fr } from "../locales/fr/index.js";
import type { Scale } from "../model/scale.js";
import { validateDocument } from "../validate/validate-document.js";
import { compileClassifier } from "./compile.js";
import { classify } from "./interpret.js";

const codes = (issues: readonly { code: string }[]) => issues.map((i) => i.code);

/** Classifies with the interpreter and checks the compiled classifier says the same. */
function both(scale: Scale, facts: Record<string, unknown>, options?: { assume?: boolean }) {
  const r = classify(scale, facts, options);
  expect(compileClassifier(scale, options).classify(facts)).toStrictEqual(r);
  return r;
}

describe("boolean and nominal dimensions", () => {
  it("the fixtures validate with no error or warning", () => {
    for (const s of [SIGNIFICANT_BOOLEAN, MATRIX_NOMINAL, MAX_BOOLEAN]) {
      const r = validateDocument(s);
      expect(r.issues.filter((i) => i.severity !== "info"), s.id).toEqual([]);
      expect(r.valid).toBe(true);
    }
  });

  it("a boolean criterion decides with true/false facts, and the assumed exclusion stands in", () => {
    const r = both(SIGNIFICANT_BOOLEAN, { loss: 600000 });
    expect(r.level?.code).toBe("significant");
    expect(codes(r.issues)).toContain("fact_assumed");
    expect(both(SIGNIFICANT_BOOLEAN, { "planned-maintenance": true, "data-breach": true }).level?.code).toBe("not-significant");
    expect(both(SIGNIFICANT_BOOLEAN, { loss: 0, "data-breach": false, sector: ["retail", "media"] }).level?.code).toBe("not-significant");
  });

  it("without the assumption, the exclusion is exactly the missing fact", () => {
    const r = both(SIGNIFICANT_BOOLEAN, { loss: 600000 }, { assume: false });
    expect(r.status).toBe("undetermined");
    expect(r.range).toMatchObject({ atLeast: { code: "not-significant" }, atMost: { code: "significant" } });
    expect(r.missing?.map((m) => m.dimension)).toEqual(["planned-maintenance"]);
  });

  it("a nominal dimension is tested by membership", () => {
    expect(both(SIGNIFICANT_BOOLEAN, { loss: 0, "data-breach": false, sector: ["media", "energy"] }).level?.code).toBe("significant");
  });

  it("refuses anything but true/false for a boolean fact", () => {
    expect(both(SIGNIFICANT_BOOLEAN, { "data-breach": "true" }).level?.code).toBe("significant"); // the option code itself
    for (const fact of ["yes", "no", 1, ["true"], {}]) {
      const r = both(SIGNIFICANT_BOOLEAN, { "data-breach": fact });
      expect(r.issues).toEqual([expect.objectContaining({ code: "fact_wrong_type", pointer: "/data-breach", params: expect.objectContaining({ expected: ["boolean"] }) })]);
    }
  });

  it("a matrix axis may be nominal: no monotonicity warning along it, and it classifies", () => {
    expect(codes(validateDocument(MATRIX_NOMINAL).issues)).not.toContain("matrix_not_monotone");
    expect(both(MATRIX_NOMINAL, { entity: "hospital", rating: "0" }).level?.code).toBe("medium");
    expect(both(MATRIX_NOMINAL, { entity: "school", rating: "1" }).level?.code).toBe("low");
  });

  it("max rates boolean and nominal dimensions per value", () => {
    expect(both(MAX_BOOLEAN, { ransomware: false, vector: "insider" }).level?.code).toBe("L1");
    expect(both(MAX_BOOLEAN, { ransomware: true, vector: "phishing" }).level?.code).toBe("L2");
  });
});

describe("validation of tests on boolean and nominal dimensions", () => {
  const rules = (when: unknown) =>
    scaleWith("kinds", ["L0", "L1"], [nominal("sector", ["a", "b"]), boolean("flag"), ordinal("impact", ["low", "high"])], {
      kind: "rules",
      strategy: "first-match",
      rules: [{ id: "r", level: "L1", when: when as never }],
      otherwise: "L0",
    });

  it("refuses ordering tests on a nominal or boolean dimension with a coded error", () => {
    const r = validateDocument(rules({ dimension: "sector", atLeast: "b" }));
    expect(r.valid).toBe(false);
    expect(r.issues).toContainEqual(
      expect.objectContaining({ code: "condition_order_on_nominal", severity: "error", pointer: "/method/rules/0/when/atLeast", params: { dimension: "sector", property: "atLeast", kind: "nominal" } }),
    );
    expect(renderMessage(r.issues.find((i) => i.code === "condition_order_on_nominal")!, en)).toContain('"sector" is nominal');
    expect(renderMessage(r.issues.find((i) => i.code === "condition_order_on_nominal")!, fr)).toContain("sector");
    expect(codes(validateDocument(rules({ all: [{ not: { dimension: "flag", atMost: "false" } }] })).issues)).toContain("condition_order_on_nominal");
  });

  it("refuses `is` on a dimension that is not boolean", () => {
    const r = validateDocument(rules({ dimension: "impact", is: true }));
    expect(r.issues).toContainEqual(expect.objectContaining({ code: "dimension_type_mismatch", pointer: "/method/rules/0/when/is", params: expect.objectContaining({ expected: "boolean", property: "is" }) }));
  });

  it("accepts membership and `is` tests", () => {
    const r = validateDocument(rules({ any: [{ dimension: "sector", in: ["a"] }, { dimension: "flag", is: false }] }));
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("accepts a colour on an option", () => {
    const s = rules({ dimension: "sector", in: ["a"] });
    const coloured = { ...s, dimensions: [nominal("sector", ["a", "b"]), ...s.dimensions.slice(1)].map((d) => (d.type === "nominal" ? { ...d, options: d.options.map((o) => ({ ...o, color: { hex: "#CC0000" } })) } : d)) };
    expect(validateDocument(coloured).issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(codes(validateDocument({ ...coloured, dimensions: [{ ...coloured.dimensions[0]!, options: [{ code: "a", label: { en: "a" }, color: { hex: "red" } }] }, ...coloured.dimensions.slice(1)] }).issues)).not.toEqual([]);
  });
});

describe("numbers for numeric option codes", () => {
  it("reads a number as the option whose code is that number written canonically, with an info", () => {
    for (const rating of [2, 2.0]) {
      const r = both(MATRIX_NOMINAL, { entity: "bank", rating });
      expect(r.level?.code).toBe("high");
      expect(r.issues).toContainEqual({ code: "fact_number_as_option", severity: "info", pointer: "/rating", params: { dimension: "rating", option: "2" } });
    }
    expect(renderMessage({ code: "fact_number_as_option", params: { dimension: "rating", option: "2" } }, en)).toContain('"2"');
  });

  it("still refuses a number that is no option's code", () => {
    for (const rating of [1.5, 3, -0.5]) {
      const r = both(MATRIX_NOMINAL, { entity: "bank", rating });
      expect(r.status).toBe("invalid-facts");
      expect(codes(r.issues)).toEqual(["fact_wrong_type"]);
    }
  });
});
