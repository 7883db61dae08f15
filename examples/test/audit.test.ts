/**
 * The mapping audit on the ASD example: read through its crosswalk, exactly the five cells that
 * docs/reference-scale.md (and examples.md) name fall outside their category's reference band —
 * isolated compromise of a large organisation or of national-security systems, and low-level
 * attacks on federal or national-security targets — and nothing else.
 */
import { REFERENCE_SCALE, auditMapping, validateMapping } from "@sevscale/core";
import type { Mapping, Scale } from "@sevscale/core";
import { describe, expect, it } from "vitest";
import { loadMapping, loadScale } from "./support.js";

const reference = REFERENCE_SCALE as unknown as Scale;
const mapping: Mapping = loadMapping("au-asd-to-crs");
const asd: Scale = loadScale("au-asd");

describe("audit of au-asd-to-crs", () => {
  it("has a crosswalk that validates against both scales", () => {
    expect(validateMapping(mapping, { subject: asd, object: reference }).filter((i) => i.code.startsWith("crosswalk") || i.severity !== "info")).toEqual([]);
  });

  const result = auditMapping(mapping, asd, reference);

  it("checks every combination of ASD's criteria (6 impact types × 15 stakeholders)", () => {
    expect(result).toMatchObject({ checked: 90, total: 90, exhaustive: true, undecided: 0 });
    expect(result.agreeing + result.disagreeing).toBe(90);
  });

  it("reports exactly the five cells the reference-scale text names", () => {
    const cells = result.findings.map((f) => [f.cell.map((c) => c.value).join(" × "), f.level.code, `${f.interval.min}-${f.interval.max}`, f.reference.code]);
    expect(new Set(cells.map((c) => JSON.stringify(c)))).toEqual(
      new Set(
        [
          ["isolated-compromise × state-academia-large-organisations-supply-chain", "C3", "R3-R3", "R2"],
          ["isolated-compromise × national-security-sons", "C2", "R4-R4", "R3"],
          ["coordinated-low-level-attack × federal-shared-services-regulated-ci", "C3", "R3-R3", "R2"],
          ["coordinated-low-level-attack × national-security-sons", "C3", "R3-R3", "R2"],
          ["low-level-attack × national-security-sons", "C3", "R3-R3", "R2"],
        ].map((c) => JSON.stringify(c)),
      ),
    );
    expect(result.findings).toHaveLength(5);
    expect(result.findingsOmitted).toBe(0);
    expect(result.findings.every((f) => f.direction === "below")).toBe(true);
  });

  it("counts each cell's stakeholders and keeps both traces", () => {
    // Cell sizes are the column groups' member counts: 4 + 2 + 3 + 2 + 2 stakeholders.
    expect(result.findings.map((f) => f.count).sort()).toEqual([2, 2, 2, 3, 4]);
    expect(result.disagreeing).toBe(13);
    for (const f of result.findings) {
      const ex = f.examples[0]!;
      expect(ex.nationalTrace.some((s) => s.kind.includes("cell"))).toBe(true);
      expect(ex.referenceTrace[0]!.kind).toBe("crosswalk_option_implies");
      expect(ex.referenceTrace.some((s) => s.kind === "crosswalk_assumed" && s.params["option"] === "N0")).toBe(true);
    }
  });
});
