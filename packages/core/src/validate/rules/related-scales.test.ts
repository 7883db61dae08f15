import { describe, expect, it } from "vitest";
import { scaleWith, where } from "../../../test/fixtures/rule-helpers.js";
import { scaleContext } from "../_scale-context.js";
import { parseRelatedRef, relatedScales } from "./related-scales.js";

const run = (related: unknown) => where(relatedScales(scaleContext(scaleWith((d) => (d.related = related)))));

describe("relatedScales", () => {
  it("accepts an id, or an id with a version range, whether or not that scale is at hand", () => {
    expect(run([{ ref: "x-org.example/threat@^1.0.0", relation: "threat" }, { ref: "es/ccn-impacto", relation: "companion" }])).toEqual([]);
    expect(parseRelatedRef("x-org.example/threat@^1.0.0")).toEqual({ id: "x-org.example/threat", versions: "^1.0.0" });
  });

  it("reports a reference that does not parse, the scale itself, and a scale named twice", () => {
    expect(run([{ ref: "threat ladder v1", relation: "threat" }])).toEqual([{ code: "related_ref_invalid", pointer: "/related/0/ref" }]);
    expect(run([{ ref: "x-org.example/threat@not a range", relation: "threat" }])).toEqual([{ code: "related_ref_invalid", pointer: "/related/0/ref" }]);
    expect(run([{ ref: "x-org.example/base@1.x", relation: "companion" }])).toEqual([{ code: "related_self", pointer: "/related/0/ref" }]);
    expect(run([{ ref: "x-org.example/threat", relation: "threat" }, { ref: "x-org.example/threat@1.x", relation: "companion" }])).toEqual([
      { code: "related_duplicate", pointer: "/related/1/ref" },
    ]);
  });
});
