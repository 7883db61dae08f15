/**
 * Each example mapping covers its scale level by level with the project's proposed intervals, names
 * only reference levels, is monotone, and uses relations as the mapping semantics define them.
 */
import { REFERENCE_SCALE } from "@sevscale/core";
import type { Mapping, Scale } from "@sevscale/core";
import { describe, expect, it } from "vitest";
import { loadMapping, loadScale, sharedSchema } from "./support.js";

const CASES = [
  { mapping: "us-ciss-to-crs", scale: "us-ciss", data: "us-ciss-2016", dataCode: (c: string) => c },
  { mapping: "us-nciss-to-crs", scale: "us-nciss", data: "us-cisa-nciss", dataCode: (c: string) => c },
  { mapping: "gb-ncsc-2018-to-crs", scale: "gb-ncsc-2018", data: "uk-ncsc-2018", dataCode: (c: string) => c.replace(/^Category /, "") },
  { mapping: "au-asd-to-crs", scale: "au-asd", data: "au-asd-matrix", dataCode: (c: string) => c },
] as const;

const crsRank = (code: string) => REFERENCE_SCALE.levels.findIndex((l) => l.code === code);

describe.each(CASES)("$mapping", ({ mapping: mappingName, scale: scaleName, data, dataCode }) => {
  const mapping: Mapping = loadMapping(mappingName);
  const scale: Scale = loadScale(scaleName);
  const proposed = sharedSchema(data).proposedReferenceMapping.map;

  it("maps its scale (^1.0.0) onto sevscale/crs (^1.0.0)", () => {
    expect(mapping.subject).toEqual({ id: scale.id, versions: "^1.0.0" });
    expect(mapping.object).toEqual({ id: "sevscale/crs", versions: "^1.0.0" });
    expect(mapping.id).toMatch(/^sevscale\//);
    // 1.1.0 for ASD: the crosswalk for the mapping audit (a minor, additive change).
    expect(mapping.version).toBe(mappingName === "au-asd-to-crs" ? "1.1.0" : "1.0.0");
    expect(mapping.status).toBe("active");
  });

  it("has one record per level of its scale, in level order", () => {
    expect(mapping.records.map((r) => r.subject)).toEqual(scale.levels.map((l) => l.code));
  });

  it("uses the proposed intervals, naming reference levels, and says they are not endorsed", () => {
    expect(mapping.comment?.["en"]).toMatch(/proposal/);
    expect(mapping.comment?.["en"]).toMatch(/no issuer has endorsed/);
    for (const r of mapping.records) {
      expect(r.object, r.subject).toEqual(proposed[dataCode(r.subject)]);
      expect(crsRank(r.object?.min ?? "")).toBeGreaterThanOrEqual(0);
      expect(crsRank(r.object?.max ?? "")).toBeGreaterThanOrEqual(crsRank(r.object?.min ?? ""));
    }
  });

  it("is monotone: a more severe level never maps lower at either end of its interval", () => {
    for (let i = 1; i < mapping.records.length; i++) {
      const prev = mapping.records[i - 1]!;
      const here = mapping.records[i]!;
      expect(crsRank(here.object?.min ?? ""), here.subject).toBeGreaterThanOrEqual(crsRank(prev.object?.min ?? ""));
      expect(crsRank(here.object?.max ?? ""), here.subject).toBeGreaterThanOrEqual(crsRank(prev.object?.max ?? ""));
    }
  });

  it("uses exactMatch for single levels only and a broad, close or related match for spans", () => {
    for (const r of mapping.records) {
      const span = crsRank(r.object?.max ?? "") - crsRank(r.object?.min ?? "");
      if (r.relation === "exactMatch") expect(span, r.subject).toBe(0);
      if (span > 0) expect(["broadMatch", "closeMatch", "relatedMatch"], r.subject).toContain(r.relation);
      expect(r.relation).not.toBe("noMatch");
    }
  });

  it("justifies every record by manual curation, with a confidence and a comment giving the reason", () => {
    for (const r of mapping.records) {
      expect(r.justification).toBe("manual-curation");
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThan(1);
      // The comment states the confidence it justifies (en "0.75", es "0,75").
      const shown = String(r.confidence);
      expect(r.comment?.["en"], r.subject).toContain(shown);
      expect(r.comment?.["es"], r.subject).toContain(shown.replace(".", ","));
    }
  });
});
