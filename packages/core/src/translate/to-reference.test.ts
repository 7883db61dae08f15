import { describe, expect, it } from "vitest";
import { renderMessage } from "../issues/render.js";
import { REFERENCE_SCALE } from "../reference/crs.js";
import { makeMapping, makeScale } from "../../test/fixtures/scales.js";
import { UK, UK_MAPPING, US_NCISS_MAPPING } from "../../test/fixtures/national.js";
import { toReference } from "./to-reference.js";
import { es } from "../locales/es/index.js";

const codes = (r: { issues: readonly { code: string }[] }) => r.issues.map((i) => i.code);

describe("toReference", () => {
  it("places a level on its band with ranks, relation, confidence and justification", () => {
    const r = toReference(UK_MAPPING, "Category 5", { subject: UK });
    expect(r).toEqual({
      ok: true,
      interval: { min: "R1", max: "R2", minRank: 1, maxRank: 2 },
      relation: "broadMatch",
      confidence: 0.8,
      justification: "manual-curation",
      issues: [],
    });
    const nciss = toReference(US_NCISS_MAPPING, "0M");
    expect(nciss.ok && nciss.interval).toEqual({ min: "R0", max: "R1", minRank: 0, maxRank: 1 });
  });

  it("keeps the record's comment", () => {
    const m = makeMapping(UK, [["Category 3", "exactMatch", "R3", "R3", 1]]);
    const withComment = { ...m, records: [{ ...m.records[0]!, comment: { en: "pivot" } }] };
    const r = toReference(withComment, "Category 3");
    expect(r.ok && r.comment).toEqual({ en: "pivot" });
  });

  it("tells a sentinel (with its meaning) from an unknown code when the scale is given", () => {
    const s = toReference(UK_MAPPING, "unknown", { subject: UK });
    expect(s.ok).toBe(false);
    expect(s.issues).toEqual([
      { code: "level_is_sentinel", severity: "error", pointer: "", params: { code: "unknown", scaleId: "gb/ncsc", version: "1.0.0", meaning: "unknown" } },
    ]);
    expect(renderMessage(s.issues[0]!, es)).toContain("significa «unknown»");
    expect(codes(toReference(UK_MAPPING, "Category 9", { subject: UK }))).toEqual(["level_unknown"]);
    // Without the scale, an unknown code is only "not mapped".
    expect(codes(toReference(UK_MAPPING, "Category 9"))).toEqual(["level_not_mapped"]);
  });

  it("reports noMatch, bad bands and prototype-like codes as issues", () => {
    const s = makeScale({ id: "x-org.example/s", levels: [["a", "A"], ["b", "B"], ["c", "C"], ["d", "D"]] });
    const m = makeMapping(s, [
      ["a", "noMatch", 1],
      ["b", "exactMatch", "R9", "R9", 1],
      ["c", "broadMatch", "R3", "R1", 1],
    ]);
    expect(codes(toReference(m, "a", { subject: s }))).toEqual(["level_no_match"]);
    const bad = toReference(m, "b", { subject: s });
    expect(bad.issues[0]).toMatchObject({ code: "reference_level_unknown", pointer: "/records/1/object/min" });
    expect(codes(toReference(m, "c"))).toEqual(["reference_interval_reversed"]);
    expect(codes(toReference(m, "d", { subject: s }))).toEqual(["level_not_mapped"]);
    for (const code of ["__proto__", "constructor", "toString", ""]) expect(toReference(m, code).ok).toBe(false);
  });

  it("refuses a mapping onto another reference, or of another scale", () => {
    const other = makeMapping(UK, [["Category 3", "exactMatch", "R3", "R3", 1]], { object: { id: "x-org.example/ref", versions: "*" } });
    expect(codes(toReference(other, "Category 3"))).toEqual(["reference_scale_mismatch"]);
    const wrongScale = makeScale({ id: "fr/anssi", levels: [["Category 3", "x"], ["y", "y"]] });
    expect(codes(toReference(UK_MAPPING, "Category 3", { subject: wrongScale }))).toEqual(["mapping_subject_mismatch"]);
  });

  it("warns, without failing, about versions outside the mapping's ranges and unreadable ranges", () => {
    const m = makeMapping(UK, [["Category 3", "exactMatch", "R3", "R3", 1]], {
      subjectVersions: "^2.0.0",
      object: { id: REFERENCE_SCALE.id, versions: "not a range" },
    });
    const r = toReference(m, "Category 3", { subject: UK });
    expect(r.ok).toBe(true);
    expect(codes(r).sort()).toEqual(["mapping_range_unusable", "mapping_version_mismatch"]);
    const newer = { ...REFERENCE_SCALE, version: "2.0.0" };
    expect(codes(toReference(UK_MAPPING, "Category 3", { object: newer }))).toEqual(["reference_version_mismatch"]);
  });

  it("uses the first of duplicate records and says so", () => {
    const m = makeMapping(UK, [
      ["Category 3", "exactMatch", "R3", "R3", 1],
      ["Category 3", "exactMatch", "R4", "R4", 1],
    ]);
    const r = toReference(m, "Category 3");
    expect(r.ok && r.interval.min).toBe("R3");
    expect(codes(r)).toEqual(["mapping_record_ambiguous"]);
  });
});
