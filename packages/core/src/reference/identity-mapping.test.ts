import { describe, expect, it } from "vitest";
import { MappingSchema } from "../model/mapping.js";
import { translate } from "../translate/translate.js";
import { REFERENCE_SCALE } from "./crs.js";
import { identityMapping } from "./identity-mapping.js";

describe("identityMapping", () => {
  it("maps every reference level exactly onto itself, as a valid mapping", () => {
    const m = identityMapping(REFERENCE_SCALE);
    expect(MappingSchema.safeParse(m).success).toBe(true);
    expect(m.records.map((r) => [r.subject, r.object?.min, r.object?.max, r.relation])).toEqual(
      REFERENCE_SCALE.levels.map((l) => [l.code, l.code, l.code, "exactMatch"]),
    );
  });

  it("lets the reference scale translate to itself as equivalent", () => {
    const side = { scale: REFERENCE_SCALE, mapping: identityMapping(REFERENCE_SCALE) };
    for (const l of REFERENCE_SCALE.levels) {
      const r = translate(l.code, side, side);
      expect(r.candidates.filter((c) => c.relation === "equivalent").map((c) => c.code)).toEqual([l.code]);
    }
  });
});
