/**
 * Every example document is a structurally valid Scale or Mapping, carries the metadata the
 * examples promise, has its texts in every declared language, and agrees with the research data it
 * was encoded from on levels, their order and the level facts that are public domain.
 */
import { basename } from "node:path";
import { detectKind, MappingSchema, ScaleSchema } from "@sevscale/core";
import type { Scale } from "@sevscale/core";
import { describe, expect, it } from "vitest";
import { jsonFiles, loadScale, MAPPINGS_DIR, readJson, SCALES_DIR, sharedSchema } from "./support.js";

const scaleFiles = jsonFiles(SCALES_DIR);
const mappingFiles = jsonFiles(MAPPINGS_DIR);

/** The example scales, the research-data id each was encoded from, and its level-code spelling there. */
const ENCODED = [
  { file: "us-ciss", id: "us/ciss", data: "us-ciss-2016", dataCode: (c: string) => c },
  { file: "us-nciss", id: "us/nciss", data: "us-cisa-nciss", dataCode: (c: string) => c },
  { file: "gb-ncsc-2018", id: "gb/ncsc-2018", data: "uk-ncsc-2018", dataCode: (c: string) => c.replace(/^Category /, "") },
  { file: "au-asd", id: "au/asd", data: "au-asd-matrix", dataCode: (c: string) => c },
] as const;

/** Every object that looks like a language map (string values, some key a declared language), with its JSON Pointer. */
function languageMaps(value: unknown, tags: readonly string[], pointer = ""): { pointer: string; keys: string[] }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => languageMaps(v, tags, `${pointer}/${i}`));
  if (typeof value !== "object" || value === null) return [];
  const entries = Object.entries(value);
  const isText = entries.length > 0 && entries.every(([, v]) => typeof v === "string") && entries.some(([k]) => tags.includes(k));
  if (isText) return [{ pointer, keys: entries.map(([k]) => k).sort() }];
  return entries.flatMap(([k, v]) => languageMaps(v, tags, `${pointer}/${k.replaceAll("~", "~0").replaceAll("/", "~1")}`));
}

describe("example documents parse with the structural schemas", () => {
  it("has the six scales and their six mappings", () => {
    expect(scaleFiles.map((f) => basename(f))).toEqual([
      "au-asd.json",
      "es-guia-nacional-2020.json",
      "eu-nis2-2024-2690.json",
      "gb-ncsc-2018.json",
      "us-ciss.json",
      "us-nciss.json",
    ]);
    expect(mappingFiles.map((f) => basename(f))).toEqual([
      "au-asd-to-crs.json",
      "es-guia-nacional-2020-to-crs.json",
      "eu-nis2-2024-2690-to-crs.json",
      "gb-ncsc-2018-to-crs.json",
      "us-ciss-to-crs.json",
      "us-nciss-to-crs.json",
    ]);
  });

  it.each(scaleFiles.map((f) => [basename(f), f]))("%s is a Scale with zero issues", (_name, file) => {
    const doc = readJson(file);
    expect(detectKind(doc)).toBe("scale");
    const r = ScaleSchema.safeParse(doc);
    expect(r.error?.issues ?? []).toEqual([]);
  });

  it.each(mappingFiles.map((f) => [basename(f), f]))("%s is a Mapping with zero issues", (_name, file) => {
    const doc = readJson(file);
    expect(detectKind(doc)).toBe("mapping");
    const r = MappingSchema.safeParse(doc);
    expect(r.error?.issues ?? []).toEqual([]);
  });

  it.each([...scaleFiles, ...mappingFiles].map((f) => [basename(f), f]))(
    "%s has every text in exactly its declared languages (en and es; the issuer's language authoritative, the other the project's translation)",
    (name, file) => {
      const doc = readJson(file) as { languages: { tag: string; authoritative: boolean; translatedBy?: string }[]; defaultLanguage: string };
      expect(doc.defaultLanguage).toBe("en");
      // Spain's guide is written in Spanish: there the English is the project's translation.
      const spanishIssuer = name === "es-guia-nacional-2020.json";
      expect(doc.languages).toEqual(
        spanishIssuer
          ? [
              { tag: "en", authoritative: false, translatedBy: "sevscale project" },
              { tag: "es", authoritative: true },
            ]
          : [
              { tag: "en", authoritative: true },
              { tag: "es", authoritative: false, translatedBy: "sevscale project" },
            ],
      );
      const maps = languageMaps(doc, ["en", "es"]);
      expect(maps.length).toBeGreaterThanOrEqual(5);
      const incomplete = maps.filter((m) => m.keys.join(",") !== "en,es");
      expect(incomplete).toEqual([]);
    },
  );
});

describe.each(ENCODED)("$id metadata and levels", ({ file, id, data, dataCode }) => {
  const scale: Scale = loadScale(file);
  const source = sharedSchema(data);

  it("has identity, tracking, publisher, licence, sources and an unofficial encoding", () => {
    expect(scale.id).toBe(id);
    expect(scale.version).toBe("1.0.0");
    expect(scale.status).toBe("active");
    expect(scale.revisionHistory.map((r) => r.version)).toEqual(["1.0.0"]);
    expect(scale.publisher.country).toBe(id.slice(0, 2).toUpperCase());
    expect(scale.publisher.issuingAuthority).toBeDefined();
    expect(scale.publisher.contact.url).toMatch(/^https:\/\//);
    expect(scale.license.id.length).toBeGreaterThan(0);
    expect(scale.sources?.length ?? 0).toBeGreaterThanOrEqual(3);
    for (const s of scale.sources ?? []) expect(s.url).toMatch(/^https?:\/\//);
    expect(scale.encoding?.official).toBe(false);
    expect(scale.encoding?.by.name["en"]).toBe("sevscale project");
    expect(scale.verification).toBeDefined();
    expect(scale.method.verification).toBeDefined();
  });

  it("lists the issuer's levels least to most severe, in the issuer's direction", () => {
    const expected = [...source.levels].sort((a, b) => a.severityRank - b.severityRank).map((l) => l.code);
    expect(scale.levels.map((l) => dataCode(l.code))).toEqual(expected);
    expect(scale.direction).toBe(source.direction);
  });

  it("has unique level codes and option codes, and every level a method refers to exists", () => {
    const levels = new Set(scale.levels.map((l) => l.code));
    expect(levels.size).toBe(scale.levels.length);
    for (const d of scale.dimensions) {
      if (d.type === "ordinal") expect(new Set(d.options.map((o) => o.code)).size).toBe(d.options.length);
    }
    const m = scale.method;
    const referred =
      m.kind === "rules"
        ? [...m.rules.map((r) => r.level), ...(m.otherwise ? [m.otherwise] : [])]
        : m.kind === "matrix"
          ? m.cells.map((c) => c.level)
          : m.kind === "judgement"
            ? (m.criteria ?? []).map((c) => c.level)
            : m.kind === "score"
              ? (m.cutPoints ?? []).map((c) => c.level)
              : [];
    for (const code of referred) expect(levels.has(code), code).toBe(true);
    if (scale.significance) expect(levels.has(scale.significance.level)).toBe(true);
  });
});

describe("level facts agree with the research data", () => {
  it("quotes the US CISS levels verbatim (public domain), with the colour names and significance at level 3", () => {
    const scale = loadScale("us-ciss");
    const source = sharedSchema("us-ciss-2016");
    for (const l of source.levels) {
      const level = scale.levels.find((x) => x.code === l.code);
      expect(level?.label["en"]).toBe(l.label.en);
      expect(level?.definition?.["en"]).toBe(l.definition);
      expect(level?.color?.name?.["en"]).toBe(l.color?.name);
      expect(level?.color?.hex).toBeUndefined();
    }
    expect(scale.significance?.level).toBe(source.significanceThreshold?.minCode);
    expect(scale.method.kind).toBe("judgement");
    if (scale.method.kind === "judgement") {
      expect(scale.method.criteria?.map((c) => c.level)).toEqual(scale.levels.map((l) => l.code));
      expect(scale.method.verification?.status).toBe("partially-verified");
      // The partial columns are quoted where known and flagged where not.
      const criteria = scale.method.criteria ?? [];
      expect(criteria.find((c) => c.level === "5")?.criteria["en"]).toContain("cause physical consequence");
      expect(criteria.find((c) => c.level === "4")?.criteria["en"]).toContain("Damage computer and");
      for (const c of criteria) expect(c.criteria["en"]).toContain("UNVERIFIED");
    }
  });

  it("quotes the US NCISS levels verbatim, with the MISP hex colours", () => {
    const scale = loadScale("us-nciss");
    const source = sharedSchema("us-cisa-nciss");
    for (const l of source.levels) {
      const level = scale.levels.find((x) => x.code === l.code);
      expect(level?.label["en"]).toBe(l.label.en);
      expect(level?.definition?.["en"]).toBe(l.definition);
      expect(level?.color?.hex).toBe(l.color?.hex);
    }
  });

  it("names the UK categories as the issuer does, Category 1 the most severe", () => {
    const scale = loadScale("gb-ncsc-2018");
    const source = sharedSchema("uk-ncsc-2018");
    expect(scale.levels.map((l) => l.code)).toEqual(["Category 6", "Category 5", "Category 4", "Category 3", "Category 2", "Category 1"]);
    for (const l of source.levels) {
      const level = scale.levels.find((x) => x.code === `Category ${l.code}`);
      expect(`${level?.code}: ${level?.label["en"]}`).toBe(l.label.en);
    }
    const cat3 = scale.levels.find((l) => l.code === "Category 3");
    expect(cat3?.verification?.status).toBe("reconstructed");
    for (const code of ["Category 1", "Category 2"]) expect(scale.levels.find((l) => l.code === code)?.response?.whoResponds).toBeDefined();
  });

  it("labels the ASD categories as the issuer does, C1 the most severe", () => {
    const scale = loadScale("au-asd");
    const source = sharedSchema("au-asd-matrix");
    expect(scale.levels.map((l) => l.code)).toEqual(["C6", "C5", "C4", "C3", "C2", "C1"]);
    for (const l of source.levels) expect(scale.levels.find((x) => x.code === l.code)?.label["en"]).toBe(l.label.en);
  });
});
