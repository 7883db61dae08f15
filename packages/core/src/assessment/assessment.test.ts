import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BASE_ASSESSMENT, BASE_MAPPING, BASE_SCALE } from "../../test/fixtures/base-documents.js";
import { auditMapping } from "../audit/audit.js";
import { readThroughCrosswalk } from "../audit/crosswalk.js";
import { classify } from "../classify/interpret.js";
import { REFERENCE_SCALE } from "../reference/crs.js";
import type { Assessment } from "../model/assessment.js";
import { AssessmentSchema } from "../model/assessment.js";
import type { Mapping } from "../model/mapping.js";
import type { Scale } from "../model/scale.js";
import { validateDocument } from "../validate/validate-document.js";
import { assessmentId, createAssessment } from "./create.js";
import { assessmentToMispTags } from "./misp.js";
import { receiveAssessment } from "./receive.js";
import { assessmentToStixBundle, TLP_STIX_MARKINGS } from "./stix.js";
import { assessmentThread, ratingChange } from "./thread.js";

const examples = join(import.meta.dirname, "../../../../examples");
const load = <T>(p: string) => JSON.parse(readFileSync(join(examples, p), "utf8")) as T;
const asd = load<Scale>("scales/au-asd.json");
const asdMapping = load<Mapping>("mappings/au-asd-to-crs.json");
const uk = load<Scale>("scales/gb-ncsc-2018.json");
const ukMapping = load<Mapping>("mappings/gb-ncsc-2018-to-crs.json");
const facts = load<Record<string, string>>("facts/asd-sample.json");
const meta = { incident: "INC-1", assessed: "2026-03-01T12:00:00Z" };

/** Facts drawn from the ASD scale's own dimensions and options. */
const arbAsdFacts = fc.record(
  Object.fromEntries(asd.dimensions.map((d) => [d.code, fc.constantFrom(...("options" in d && d.options ? d.options.map((o) => o.code) : ["x"]))])),
);

describe("createAssessment", () => {
  it("states what the classifier gives, pins the scale and mapping, and places the result on the reference", () => {
    const { assessment } = createAssessment(asd, asdMapping, facts, meta);
    expect(assessment).toBeDefined();
    expect(AssessmentSchema.safeParse(assessment).success).toBe(true);
    expect(assessment!.result).toEqual({ level: classify(asd, facts).level!.code });
    expect(assessment!.scale).toMatchObject({ id: "au/asd", version: asd.version });
    expect(assessment!.reference?.mapping.id).toBe(asdMapping.id);
    expect(assessment!.id).toBe(assessmentId("au/asd", "INC-1", meta.assessed));
    expect(assessment!.facts).toEqual(facts);
  });

  it("shares the level only when asked to", () => {
    expect(createAssessment(asd, asdMapping, facts, { ...meta, includeFacts: false }).assessment!.facts).toBeUndefined();
  });

  it("makes no assessment of facts that do not fit the scale", () => {
    const r = createAssessment(asd, asdMapping, { "impact-type": "no-such-option" }, meta);
    expect(r.assessment).toBeUndefined();
    expect(r.issues.map((i) => i.code)).toContain("assessment_not_created");
  });

  it("every assessment it makes validates clean against its scale and is received as consistent (property)", () => {
    fc.assert(
      fc.property(arbAsdFacts, (f) => {
        const { assessment } = createAssessment(asd, asdMapping, f, meta);
        if (assessment === undefined) return;
        const v = validateDocument(assessment, { resolveScale: () => asd });
        expect(v.issues.filter((i) => i.severity !== "info")).toEqual([]);
        const r = receiveAssessment(assessment, { senderScale: asd, senderMapping: asdMapping, receiverScale: uk, receiverMapping: ukMapping });
        expect(r.consistent).toBe(true);
        expect(r.result).toEqual(assessment.result);
      }),
      { numRuns: 60 },
    );
  });
});

describe("receiveAssessment", () => {
  const ctx = { senderScale: asd, senderMapping: asdMapping, receiverScale: uk, receiverMapping: ukMapping };
  const made = createAssessment(asd, asdMapping, facts, meta).assessment!;

  it("re-derives from the facts and, without a crosswalk, translates the level through the reference scale", () => {
    const { crosswalk: _c, ...plain } = asdMapping;
    const r = receiveAssessment(made, { ...ctx, senderMapping: plain as Mapping });
    expect(r.basis).toBe("facts");
    expect(r.via).toBe("level");
    expect(r.crosswalk).toBeUndefined();
    expect(r.translations).toHaveLength(1);
    expect(r.translations[0]!.source?.code).toBe((made.result as { level: string }).level);
    expect(r.translations[0]!.candidates.length).toBeGreaterThan(0);
  });

  it("with facts and a crosswalk, translates from the reference level the facts give", () => {
    const r = receiveAssessment(made, ctx);
    const expected = classify(REFERENCE_SCALE, readThroughCrosswalk(asdMapping.crosswalk!, facts, REFERENCE_SCALE).facts).level!.code;
    expect(r.via).toBe("crosswalk");
    expect(r.crosswalk?.reference).toEqual({ min: expected, max: expected });
    expect(r.crosswalk?.reading.steps.length).toBeGreaterThan(0);
    expect(r.translations.map((t) => t.source?.code)).toEqual([expected]);
    expect(r.translations[0]!.candidates.length).toBeGreaterThan(0);
  });

  it("through the crosswalk is never vaguer than through the level, and says when the two disagree (property)", () => {
    const { crosswalk: _c, ...plain } = asdMapping;
    fc.assert(
      fc.property(arbAsdFacts, (f) => {
        const { assessment } = createAssessment(asd, asdMapping, f, meta);
        if (assessment === undefined || !("level" in assessment.result)) return;
        const sharp = receiveAssessment(assessment, ctx);
        const byLevel = receiveAssessment(assessment, { ...ctx, senderMapping: plain as Mapping });
        expect(sharp.via).toBe("crosswalk");
        const outside = sharp.issues.some((i) => i.code === "assessment_crosswalk_outside");
        const band = assessment.reference!;
        const rank = (code: string) => REFERENCE_SCALE.levels.findIndex((l) => l.code === code);
        const inside = rank(sharp.crosswalk!.reference.min) >= rank(band.min) && rank(sharp.crosswalk!.reference.max) <= rank(band.max);
        expect(outside).toBe(!inside);
        expect(sharp.consistent).toBe(true);
        if (inside) {
          const levelCodes = new Set(byLevel.translations.flatMap((t) => t.candidates.map((c) => c.code)));
          for (const t of sharp.translations) for (const c of t.candidates) expect(levelCodes.has(c.code)).toBe(true);
        }
      }),
      { numRuns: 80 },
    );
  });

  it("warns on the incidents of every cell the mapping audit reports", () => {
    const audit = auditMapping(asdMapping, asd, REFERENCE_SCALE);
    expect(audit.findings.length).toBeGreaterThan(0);
    for (const finding of audit.findings) {
      for (const example of finding.examples) {
        const { assessment } = createAssessment(asd, asdMapping, example.facts, meta);
        const r = receiveAssessment(assessment!, ctx);
        expect(r.issues.find((i) => i.code === "assessment_crosswalk_outside")?.params).toMatchObject({ reference: finding.reference.code, level: finding.level.code });
      }
    }
  });

  it("uses the stated level when no facts are shared", () => {
    const { facts: _f, ...levelOnly } = made;
    expect(receiveAssessment(levelOnly as Assessment, ctx).basis).toBe("stated");
  });

  it("finds a stated level that its facts contradict, and translates what the facts give", () => {
    const other = asd.levels.find((l) => l.code !== (made.result as { level: string }).level)!.code;
    const r = receiveAssessment({ ...made, result: { level: other } }, ctx);
    expect(r.consistent).toBe(false);
    expect(r.issues.map((i) => i.code)).toContain("assessment_facts_disagree");
    expect(r.result).toEqual(made.result);
  });

  it("finds a mapping that is not the one pinned, and a reference interval the mapping does not give", () => {
    const changed = { ...asdMapping, version: "9.9.9" };
    expect(receiveAssessment(made, { ...ctx, senderMapping: changed }).issues.map((i) => i.code)).toContain("assessment_digest_mismatch");
    const moved = { ...made, reference: { ...made.reference!, min: "R5", max: "R5" } };
    expect(receiveAssessment(moved, ctx).issues.map((i) => i.code)).toContain("assessment_reference_disagrees");
  });

  it("translates both bounds of a range", () => {
    const { facts: _f, ...rest } = made;
    const range = { ...rest, result: { range: { atLeast: asd.levels[1]!.code, atMost: asd.levels[3]!.code } } } as Assessment;
    delete (range as { reference?: unknown }).reference;
    const r = receiveAssessment(range, ctx);
    expect(r.translations.map((t) => t.source?.code)).toEqual([asd.levels[1]!.code, asd.levels[3]!.code]);
  });
});

describe("assessmentThread", () => {
  const a1 = { ...BASE_ASSESSMENT, id: "x-org.example/inc-7-a", result: { range: { atLeast: "L2", atMost: "L4" } } } as Assessment;
  const a2 = { ...BASE_ASSESSMENT, id: "x-org.example/inc-7-b", assessed: "2026-02-02T09:00:00Z", supersedes: a1.id, result: { level: "L3" } } as Assessment;
  const a3 = { ...BASE_ASSESSMENT, id: "x-org.example/inc-7-c", assessed: "2026-02-03T09:00:00Z", supersedes: a2.id, result: { level: "L4" } } as Assessment;
  const scale = BASE_SCALE as unknown as Scale;

  it("orders a chain by supersedes, whatever the input order, and says how the rating changed", () => {
    const t = assessmentThread([a3, a1, a2], [scale]);
    expect(t.steps.map((s) => [s.id, s.change])).toEqual([
      [a1.id, "first"],
      [a2.id, "narrowed"],
      [a3.id, "raised"],
    ]);
    expect(t.issues).toEqual([]);
  });

  it("reports a fork, a missing predecessor, another incident and a cycle", () => {
    const fork = { ...a3, id: "x-org.example/inc-7-d", supersedes: a2.id };
    expect(assessmentThread([a1, a2, a3, fork]).issues.map((i) => i.code)).toContain("assessment_thread_fork");
    expect(assessmentThread([a2, a3]).issues.map((i) => i.code)).toEqual(["assessment_thread_missing"]);
    const other = { ...a2, incident: { reference: "INC-8" } };
    expect(assessmentThread([a1, other]).issues.map((i) => i.code)).toContain("assessment_thread_incident");
    const loop = [{ ...a1, supersedes: a2.id }, a2];
    expect(assessmentThread(loop).issues.map((i) => i.code)).toContain("assessment_thread_cycle");
  });

  it("ranks changes only when the scale is known", () => {
    expect(ratingChange(a2, a3, scale)).toBe("raised");
    expect(ratingChange(a3, a2, scale)).toBe("lowered");
    expect(ratingChange(a2, a1, scale)).toBe("widened");
    expect(ratingChange(a2, a3)).toBe("changed");
    expect(ratingChange(a2, a2, scale)).toBe("unchanged");
  });
});

describe("MISP tags", () => {
  // MISP machinetag: namespace:predicate="value" (MISP taxonomies, machinetag.json format); a
  // taxonomy's namespace and predicate are lower-case letters, digits, "-" and "." / "+".
  const MACHINETAG = /^[a-z0-9][a-z0-9.-]*:[a-z0-9+._-]+(="[^"]+")?$/;

  it("tags the level in the scale's namespace, the reference level and the TLP marking", () => {
    const tags = assessmentToMispTags(BASE_ASSESSMENT);
    for (const tag of tags) expect(tag).toMatch(MACHINETAG);
    expect(tags).toContain(`sevscale-x-org-example-base:level="${(BASE_ASSESSMENT.result as { level: string }).level}"`);
    expect(tags).toContain("tlp:amber");
  });

  it("gives every marking its tag in MISP's tlp taxonomy", () => {
    for (const [marking, tag] of [["TLP:CLEAR", "tlp:clear"], ["TLP:GREEN", "tlp:green"], ["TLP:AMBER+STRICT", "tlp:amber+strict"], ["TLP:RED", "tlp:red"]] as const) {
      expect(assessmentToMispTags({ ...BASE_ASSESSMENT, marking })).toContain(tag);
    }
  });

  it("has no level tag for a range (the taxonomy's predicate is exclusive)", () => {
    const range = { ...BASE_ASSESSMENT, result: { range: { atLeast: "L2", atMost: "L4" } } } as Assessment;
    expect(assessmentToMispTags(range).some((t) => t.startsWith("sevscale-x-org-example-base:"))).toBe(false);
  });
});

describe("STIX 2.1 bundle", () => {
  // Required properties, from STIX 2.1 (OASIS Standard, 10 June 2021): §8 bundle; §3.2 common
  // properties of SDOs (type, spec_version, id, created, modified); §4.6 incident (+ name); §4.5
  // identity (+ name); §7.3 extension-definition (+ created_by_ref, name, schema, version, extension_types).
  const SDO = ["type", "spec_version", "id", "created", "modified"];
  const REQUIRED: Record<string, readonly string[]> = {
    bundle: ["type", "id"],
    incident: [...SDO, "name"],
    identity: [...SDO, "name"],
    "extension-definition": [...SDO, "created_by_ref", "name", "schema", "version", "extension_types"],
  };
  // §2.9 identifier: <type>--<UUID>; §3.1 property names: a-z, 0-9, "_" (the spec's own include
  // "id"); a custom property, such as those of an extension, has at least 3 characters.
  const IDENTIFIER = /^([a-z0-9-]+)--[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  const PROPERTY = /^[a-z0-9_]{2,250}$/;
  const CUSTOM_PROPERTY = /^[a-z0-9_]{3,250}$/;
  const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
  const bundle = assessmentToStixBundle(BASE_ASSESSMENT);

  it("has the required properties of every object, valid ids, names and timestamps", () => {
    for (const p of REQUIRED["bundle"]!) expect(bundle).toHaveProperty(p);
    expect(bundle.id).toMatch(IDENTIFIER);
    for (const o of bundle.objects) {
      for (const p of REQUIRED[o.type]!) expect(o, `${o.type}.${p}`).toHaveProperty(p);
      expect(o.id.split("--")[0]).toBe(o.type);
      expect(o.id).toMatch(IDENTIFIER);
      expect(o["spec_version"]).toBe("2.1");
      for (const key of Object.keys(o)) expect(key).toMatch(PROPERTY);
      for (const key of ["created", "modified"]) expect(o[key]).toMatch(TIMESTAMP);
    }
  });

  it("carries the assessment in the incident's property extension defined in the bundle", () => {
    const definition = bundle.objects.find((o) => o.type === "extension-definition")!;
    expect(definition["extension_types"]).toEqual(["property-extension"]);
    expect(String(definition["schema"])).toMatch(/^https:\/\/.+assessment\.schema\.json$/);
    const incident = bundle.objects.find((o) => o.type === "incident")!;
    const ext = (incident["extensions"] as Record<string, Record<string, unknown>>)[definition.id]!;
    expect(ext["extension_type"]).toBe("property-extension");
    for (const key of Object.keys(ext)) expect(key).toMatch(CUSTOM_PROPERTY);
    const { $schema: _s, ...carried } = BASE_ASSESSMENT;
    expect(ext["assessment"]).toEqual(carried);
    expect(incident["object_marking_refs"]).toEqual([TLP_STIX_MARKINGS["TLP:AMBER"]]);
    expect(bundle.objects.map((o) => o.id)).toContain(incident["created_by_ref"]);
  });

  it("gives the same ids for the same assessment and other ids for another", () => {
    expect(assessmentToStixBundle(structuredClone(BASE_ASSESSMENT))).toEqual(bundle);
    const other = assessmentToStixBundle({ ...BASE_ASSESSMENT, notes: { en: "Updated." } });
    expect(other.id).not.toBe(bundle.id);
    expect(other.objects.find((o) => o.type === "incident")!.id).not.toBe(bundle.objects.find((o) => o.type === "incident")!.id);
  });
});

describe("the base assessment", () => {
  it("is made from the base scale and mapping", () => {
    expect(BASE_ASSESSMENT.scale.id).toBe(BASE_SCALE.id);
    expect(BASE_ASSESSMENT.reference?.mapping.id).toBe(BASE_MAPPING.id);
  });
});
