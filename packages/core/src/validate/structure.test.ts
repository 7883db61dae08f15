import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Issue } from "../issues/issue.js";
import { BASE_MAPPING, BASE_REGISTRY, BASE_SCALE } from "../../test/fixtures/base-documents.js";
import type { Doc } from "../../test/fixtures/rule-helpers.js";
import { component } from "../../test/fixtures/rule-helpers.js";
import { toPointer } from "../issues/issue.js";
import { MAX_NESTING_DEPTH, findExcessiveNesting, structureIssues } from "./structure.js";

const scale = (edit: (d: Doc) => void): Issue[] => {
  const d = structuredClone(BASE_SCALE) as Doc;
  edit(d);
  return structureIssues("scale", d);
};
const brief = (issues: readonly Issue[]) => issues.map((i) => ({ code: i.code, pointer: i.pointer, params: i.params }));
const R = "/method/components/0/method/rules";

describe("structureIssues", () => {
  it("accepts the base documents", () => {
    expect(structureIssues("scale", BASE_SCALE)).toEqual([]);
    expect(structureIssues("mapping", BASE_MAPPING)).toEqual([]);
    expect(structureIssues("registry", BASE_REGISTRY)).toEqual([]);
  });

  it("reports one unknown_property per key, at the key, with the keys allowed there", () => {
    const issues = scale((d) => {
      d.levels[0].colour = {};
      d.levels[0].rank = 1;
    });
    expect(issues.map((i) => i.pointer)).toEqual(["/levels/0/colour", "/levels/0/rank"]);
    expect(issues[0]!.params).toEqual({
      property: "colour",
      allowed: ["code", "label", "definition", "color", "response", "notification", "examples", "verification", "note"],
    });
  });

  it("reports a missing property at the object that lacks it", () => {
    expect(brief(scale((d) => delete d.levels[1].label))).toEqual([{ code: "missing_property", pointer: "/levels/1", params: { property: "label" } }]);
    // A level may leave out its definition (format 1.1): the meaning stage notes it instead.
    expect(brief(scale((d) => delete d.levels[1].definition))).toEqual([]);
  });

  it("reports wrong types with JSON type names", () => {
    expect(brief(scale((d) => (d.levels = {})))).toEqual([{ code: "wrong_type", pointer: "/levels", params: { expected: "array", received: "object" } }]);
    expect(brief(scale((d) => (component(d, "score").rounding.decimals = 1.5)))).toEqual([
      { code: "wrong_type", pointer: "/method/components/1/method/rounding/decimals", params: { expected: "integer", received: "number" } },
    ]);
    expect(brief(scale((d) => (d.title = null)))).toEqual([{ code: "wrong_type", pointer: "/title", params: { expected: "object", received: "null" } }]);
  });

  it("reports values outside an enumeration with the allowed values", () => {
    expect(brief(scale((d) => (d.direction = "down")))).toEqual([
      { code: "invalid_value", pointer: "/direction", params: { value: '"down"', allowed: ["ascending", "descending"] } },
    ]);
  });

  it.each([
    ["semver", (d: Doc) => (d.version = "v1.1.0"), "/version"],
    ["date", (d: Doc) => (d.published = "15/01/2026"), "/published"],
    ["language-tag", (d: Doc) => (d.defaultLanguage = "english"), "/defaultLanguage"],
    ["language-tag", (d: Doc) => (d.levels[0].label["en_GB"] = "Low"), "/levels/0/label/en_GB"],
    ["url", (d: Doc) => (d.publisher.url = "www.example.org"), "/publisher/url"],
    ["email", (d: Doc) => (d.publisher.contact.email = "csirt at example.org"), "/publisher/contact/email"],
    ["document-id", (d: Doc) => (d.id = "MX/National"), "/id"],
    ["document-ref", (d: Doc) => (d.supersedes = "x-org.example/base"), "/supersedes"],
    ["decimal", (d: Doc) => (component(d, "score").components[1].weight = "1,5"), "/method/components/1/method/components/1/weight"],
    ["hex-colour", (d: Doc) => (d.levels[0].color.hex = "green"), "/levels/0/color/hex"],
    ["duration", (d: Doc) => (d.levels[3].notification = { deadline: "72 hours" }), "/levels/3/notification/deadline"],
    ["extension-key", (d: Doc) => (d["x-extensions"] = { "My Org": 1 }), "/x-extensions/My Org"],
  ])("names the %s format", (format, edit, pointer) => {
    const issues = scale(edit);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: "invalid_format", pointer, params: { format } });
    expect(typeof issues[0]!.params["example"]).toBe("string");
  });

  it("reports sizes: empty text, long text, short list, numbers out of range", () => {
    expect(brief(scale((d) => (d.levels[0].code = "")))).toEqual([{ code: "too_short", pointer: "/levels/0/code", params: { minimum: 1, actual: 0 } }]);
    expect(brief(scale((d) => (d.id = `x-org.example/${"a".repeat(200)}`)))[0]).toEqual({ code: "too_long", pointer: "/id", params: { maximum: 200, actual: 214 } });
    expect(brief(scale((d) => (d.revisionHistory = [])))).toEqual([{ code: "too_few_items", pointer: "/revisionHistory", params: { minimum: 1, actual: 0 } }]);
    expect(brief(scale((d) => (component(d, "score").rounding.decimals = 13)))).toEqual([
      { code: "too_big", pointer: "/method/components/1/method/rounding/decimals", params: { value: "13", maximum: 12 } },
    ]);
    const mapping = structuredClone(BASE_MAPPING) as Doc;
    mapping.records[2].confidence = -1;
    expect(brief(structureIssues("mapping", mapping))).toEqual([{ code: "too_small", pointer: "/records/2/confidence", params: { value: "-1", minimum: 0 } }]);
  });

  describe("unions", () => {
    it("reports an unknown method kind as invalid_value at kind, and a missing one as missing_property", () => {
      expect(brief(scale((d) => (component(d, "max").kind = "maximum")))).toEqual([
        { code: "invalid_value", pointer: "/method/components/3/method/kind", params: { value: '"maximum"', allowed: ["rules", "score", "matrix", "max", "judgement"] } },
      ]);
      expect(brief(scale((d) => delete component(d, "max").kind))).toEqual([{ code: "missing_property", pointer: "/method/components/3/method", params: { property: "kind" } }]);
    });

    it("reports the issues of the variant the discriminator selects", () => {
      expect(brief(scale((d) => delete component(d, "matrix").cells))).toEqual([{ code: "missing_property", pointer: "/method/components/2/method", params: { property: "cells" } }]);
      expect(brief(scale((d) => (d.dimensions[2].type = "ordinal")))).toEqual([
        { code: "missing_property", pointer: "/dimensions/2", params: { property: "options" } },
        { code: "unknown_property", pointer: "/dimensions/2/min", params: { property: "min", allowed: ["code", "label", "definition", "axis", "verification", "type", "options", "multiple", "assume"] } },
        { code: "unknown_property", pointer: "/dimensions/2/unit", params: { property: "unit", allowed: ["code", "label", "definition", "axis", "verification", "type", "options", "multiple", "assume"] } },
      ]);
    });

    it("reports a literal tag no variant accepts with every allowed tag", () => {
      expect(brief(scale((d) => (component(d, "score").normalisation = { kind: "linear" })))).toEqual([
        { code: "invalid_value", pointer: "/method/components/1/method/normalisation/kind", params: { value: '"linear"', allowed: ["none", "weighted-mean", "min-max"] } },
      ]);
      expect(brief(scale((d) => (component(d, "score").normalisation = { kind: "min-max" })))).toEqual([
        { code: "missing_property", pointer: "/method/components/1/method/normalisation", params: { property: "to" } },
      ]);
    });

    it("lists the keys of the variant the literal tag selects", () => {
      expect(brief(scale((d) => (component(d, "score").normalisation = { kind: "none", to: { min: 0, max: 1 } })))).toEqual([
        { code: "unknown_property", pointer: "/method/components/1/method/normalisation/to", params: { property: "to", allowed: ["kind"] } },
      ]);
    });

    it("follows nested conditions to the variant whose keys fit", () => {
      expect(brief(scale((d) => (component(d, "rules").rules[0].when.all[0].atLeast = 2)))).toEqual([
        { code: "wrong_type", pointer: `${R}/0/when/all/0/atLeast`, params: { expected: "string", received: "number" } },
      ]);
      expect(brief(scale((d) => (component(d, "rules").rules[0].when.all[1].threshold.smallerOf[0] = { value: "five" })))).toEqual([
        { code: "invalid_format", pointer: `${R}/0/when/all/1/threshold/smallerOf/0/value`, params: { value: '"five"', format: "decimal", example: "12.50" } },
      ]);
      expect(brief(scale((d) => (component(d, "rules").rules[2].when = { always: false })))).toEqual([
        { code: "invalid_value", pointer: `${R}/2/when/always`, params: { value: "false", allowed: ["true"] } },
      ]);
    });

    it("reports a misspelt key once, listing every spelling it may have meant", () => {
      const issues = scale((d) => (component(d, "rules").rules[2].when = { dimension: "effect", atleast: "e1" }));
      expect(issues.map((i) => [i.code, i.pointer])).toEqual([["unknown_property", `${R}/2/when/atleast`]]);
      expect(issues[0]!.params["allowed"]).toEqual(expect.arrayContaining(["dimension", "in", "atLeast", "atMost", "compare", "threshold"]));
    });

    it("lists the closest forms when nothing tells the variants apart", () => {
      expect(brief(scale((d) => (component(d, "rules").rules[2].when = { dimension: "effect" })))).toEqual([
        { code: "no_matching_variant", pointer: `${R}/2/when`, params: { alternatives: ["dimension + in", "dimension + is", "dimension + atLeast", "dimension + atMost"] } },
      ]);
      expect(brief(scale((d) => (component(d, "max").ratings[0].bands = [])))).toEqual([
        { code: "no_matching_variant", pointer: "/method/components/3/method/ratings/0", params: { alternatives: ["dimension + levels", "dimension + bands"] } },
      ]);
    });

    it("reports a missing union-typed property as missing", () => {
      expect(brief(scale((d) => delete component(d, "rules").rules[1].when))).toEqual([{ code: "missing_property", pointer: `${R}/1`, params: { property: "when" } }]);
      expect(brief(scale((d) => delete component(d, "score").cutPoints[2].atLeast))).toEqual([
        { code: "missing_property", pointer: "/method/components/1/method/cutPoints/2", params: { property: "atLeast" } },
      ]);
    });

    it("reports a value of the wrong type for every variant as one wrong_type", () => {
      expect(brief(scale((d) => (component(d, "score").clamp.max = [100])))).toEqual([
        { code: "wrong_type", pointer: "/method/components/1/method/clamp/max", params: { expected: "number | string", received: "array" } },
      ]);
      expect(brief(scale((d) => (component(d, "rules").rules[1].when = "scope >= s3")))).toEqual([
        { code: "wrong_type", pointer: `${R}/1/when`, params: { expected: "object", received: "string" } },
      ]);
    });
  });

  it("refuses documents nested deeper than the limit, without recursion", () => {
    let deep: unknown = {};
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    const issues = structureIssues("scale", deep);
    expect(issues.map((i) => i.code)).toEqual(["document_too_deep"]);
    expect(issues[0]!.pointer).toBe(`/${Array.from({ length: MAX_NESTING_DEPTH + 1 }, () => "a").join("/")}`);
  });

  it("finds excessive nesting exactly when some value lies deeper than the limit, and points at it", () => {
    // Chains of arrays and objects around the limit, ending in a scalar, an empty or a full container.
    const leaf = fc.constantFrom<unknown>(1, "s", null, [], {}, [1], { k: 1 });
    const chain = fc.tuple(fc.array(fc.boolean(), { minLength: MAX_NESTING_DEPTH - 3, maxLength: MAX_NESTING_DEPTH + 3 }), leaf, fc.nat({ max: 3 }));
    fc.assert(
      fc.property(fc.array(chain, { minLength: 1, maxLength: 3 }), (chains) => {
        let deepest = 0;
        const root = chains.map(([kinds, end, width]) => {
          let value = end;
          // A full container at the end adds one level below it.
          const endDepth = typeof end === "object" && end !== null && Object.keys(end).length > 0 ? 1 : 0;
          for (const array of kinds) value = array ? [...Array.from({ length: width }, () => 0), value] : { x: 0, k: value };
          deepest = Math.max(deepest, 1 + kinds.length + endDepth);
          return value;
        });
        // deepest = depth of the deepest value (the root's elements are at depth 1).
        const found = findExcessiveNesting(root);
        expect(found !== undefined).toBe(deepest > MAX_NESTING_DEPTH);
        if (found) {
          expect(found.length).toBe(MAX_NESTING_DEPTH + 1);
          let v: unknown = root;
          for (const seg of found) v = (v as Record<string | number, unknown>)[seg];
          expect(v, toPointer(found)).not.toBeUndefined();
        }
      }),
    );
  });

  it("sorts issues by pointer, array indices numerically", () => {
    const issues = scale((d) => {
      for (let i = 0; i < 11; i++) d.levels.push({ ...d.levels[0], code: `X${i}` });
      d.levels[10].code = "";
      d.levels[2].code = "";
      d.levels[2].label = "x";
    });
    expect(issues.map((i) => `${i.pointer} ${i.code}`)).toEqual(["/levels/2/code too_short", "/levels/2/label wrong_type", "/levels/10/code too_short"]);
  });
});
