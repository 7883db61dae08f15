import { describe, expect, it } from "vitest";
import { mappingCtx, where } from "../../../test/fixtures/rule-helpers.js";
import { mappingRecords } from "./mapping-records.js";

const record = (subject: string, relation: string, min?: string, max = min) => ({
  subject,
  relation,
  ...(min ? { object: { min, max } } : {}),
  justification: "manual-curation",
  confidence: 0.5,
});

describe("mappingRecords", () => {
  it("accepts one record per level, with the sentinel as noMatch or left out", () => {
    expect(mappingRecords(mappingCtx())).toEqual([]);
    expect(mappingRecords(mappingCtx((d) => d.records.pop()))).toEqual([]);
  });

  it("reports each unmapped level at /records", () => {
    expect(mappingRecords(mappingCtx((d) => d.records.splice(1, 2)))).toEqual([
      { code: "mapping_record_missing", severity: "error", pointer: "/records", params: { level: "L2" } },
      { code: "mapping_record_missing", severity: "error", pointer: "/records", params: { level: "L3" } },
    ]);
  });

  it("reports unknown subject codes with the subject's levels", () => {
    expect(mappingRecords(mappingCtx((d) => d.records.push(record("L5", "noMatch"))))).toEqual([
      { code: "unknown_level_reference", severity: "error", pointer: "/records/5/subject", params: { code: "L5", scale: "x-org.example/base", known: ["L1", "L2", "L3", "L4"] } },
    ]);
  });

  it("reports a misspelt subject once, not also the level it leaves unmapped", () => {
    expect(where(mappingRecords(mappingCtx((d) => (d.records[1].subject = "l2"))))).toEqual([{ code: "unknown_level_reference", pointer: "/records/1/subject" }]);
  });

  it("reports a sentinel mapped with anything but noMatch", () => {
    expect(where(mappingRecords(mappingCtx((d) => (d.records[4] = record("unknown", "relatedMatch", "R0", "R5")))))).toEqual([
      { code: "mapping_sentinel_matched", pointer: "/records/4/relation" },
    ]);
  });

  it("reports a second record for a level as a duplicate", () => {
    expect(mappingRecords(mappingCtx((d) => d.records.push(record("L3", "closeMatch", "R3"))))).toEqual([
      { code: "mapping_record_duplicate", severity: "error", pointer: "/records/5/subject", params: { level: "L3", first: "/records/2" } },
    ]);
  });

  it("reports exactMatch beside broad or related on the same object level as a conflict instead", () => {
    expect(mappingRecords(mappingCtx((d) => d.records.push(record("L3", "relatedMatch", "R2", "R4"))))).toEqual([
      { code: "mapping_exact_conflict", severity: "error", pointer: "/records/5", params: { level: "L3", object: "R3", relation: "relatedMatch", other: "/records/2" } },
    ]);
    // The exact record may come second; a broad record that does not cover the level is a plain duplicate.
    const issues = mappingRecords(mappingCtx((d) => {
      d.records.splice(1, 1, record("L2", "broadMatch", "R1", "R2"), record("L2", "exactMatch", "R2"));
      d.records.push(record("L3", "broadMatch", "R4", "R5"));
    }));
    expect(where(issues)).toEqual([
      { code: "mapping_exact_conflict", pointer: "/records/2" },
      { code: "mapping_record_duplicate", pointer: "/records/6/subject" },
    ]);
  });

  it("still finds duplicates without the subject scale, and checks nothing else", () => {
    const issues = mappingRecords(mappingCtx((d) => {
      d.records.push(record("L1", "noMatch"));
      d.records.push(record("Lx", "noMatch"));
    }, {}));
    expect(where(issues)).toEqual([{ code: "mapping_record_duplicate", pointer: "/records/5/subject" }]);
  });
});
