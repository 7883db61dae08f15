import { describe, expect, it } from "vitest";
import { mappingCtx, scaleWith } from "../../../test/fixtures/rule-helpers.js";
import { mappingScales } from "./mapping-scales.js";

describe("mappingScales", () => {
  it("accepts valid ranges that the available scales satisfy", () => {
    expect(mappingScales(mappingCtx())).toEqual([]);
  });

  it("reports an invalid range (and does not also call the scale unresolved)", () => {
    expect(mappingScales(mappingCtx((d) => (d.object.versions = "v1 or later"), {}))).toEqual([
      { code: "mapping_scale_unresolved", severity: "info", pointer: "/subject", params: { id: "x-org.example/base", range: "^1.1.0" } },
      { code: "version_range_invalid", severity: "error", pointer: "/object/versions", params: { range: "v1 or later" } },
    ]);
  });

  it("warns when the available version is outside the range", () => {
    expect(mappingScales(mappingCtx((d) => (d.subject.versions = "~1.0.0")))).toEqual([
      { code: "mapping_scale_version_outside_range", severity: "warning", pointer: "/subject/versions", params: { id: "x-org.example/base", version: "1.1.0", range: "~1.0.0" } },
    ]);
    expect(mappingScales(mappingCtx(undefined, { subject: scaleWith((d) => (d.version = "2.0.0")) })).map((i) => i.code)).toEqual([
      "mapping_scale_version_outside_range",
      "mapping_scale_unresolved",
    ]);
  });
});
