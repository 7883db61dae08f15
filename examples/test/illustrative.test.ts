/**
 * The illustrative examples (examples/illustrative, invented by the project, not published
 * schemes): a companion pair — an impact ladder and a threat ladder that name each other — and an
 * edition pair — a 2025 edition under a new id that supersedes the 2021 one. Each validates clean,
 * says it is illustrative, and shows its feature: compare keeps the companions together; diff across
 * the editions says the id changed and aligns the levels by code, definition and rank; translate
 * between the editions gives `equivalent` exactly for the levels that did not change.
 */
import { join } from "node:path";
import type { Mapping, Scale } from "@sevscale/core";
import { MappingSchema, ScaleSchema, classify, compare, diffDocuments, scaleResolverFor, translate, validateDocument } from "@sevscale/core";
import { en } from "@sevscale/core/locales/en";
import { scaleToMarkdown } from "@sevscale/core/render";
import { describe, expect, it } from "vitest";
import { REPO_ROOT, jsonFiles, loadScale, readJson } from "./support.js";

const DIR = join(REPO_ROOT, "examples/illustrative");
const scale = (name: string): Scale => ScaleSchema.parse(readJson(join(DIR, "scales", `${name}.json`)));
const mapping = (name: string): Mapping => MappingSchema.parse(readJson(join(DIR, "mappings", `${name}-to-crs.json`)));
const mapped = (name: string) => ({ scale: scale(name), mapping: mapping(name) });

const NAMES = ["incident-impact", "incident-threat", "national-2021", "national-2025"] as const;

describe("examples/illustrative: every document", () => {
  const scales = NAMES.map(scale);

  it("holds the two pairs, each scale with its mapping", () => {
    expect(jsonFiles(join(DIR, "scales")).map((f) => f.slice(f.lastIndexOf("/") + 1))).toEqual(NAMES.map((n) => `${n}.json`));
    expect(jsonFiles(join(DIR, "mappings")).map((f) => f.slice(f.lastIndexOf("/") + 1))).toEqual(NAMES.map((n) => `${n}-to-crs.json`));
  });

  it.each([...NAMES.map((n) => join(DIR, "scales", `${n}.json`)), ...NAMES.map((n) => join(DIR, "mappings", `${n}-to-crs.json`))])(
    "%s validates without errors or warnings",
    (file) => {
      const r = validateDocument(readJson(file), { resolveScale: scaleResolverFor(scales) });
      expect(r.issues.filter((i) => i.severity !== "info")).toEqual([]);
      // Only the edition says (info) that it supersedes another id.
      expect(r.issues.map((i) => i.code)).toEqual(file.endsWith("scales/national-2025.json") ? ["supersedes_other_id"] : []);
    },
  );

  it.each(NAMES)("%s says plainly that it is an illustrative example, not a published scheme", (name) => {
    const s = scale(name);
    expect(s.verification?.status).toBe("unverified");
    expect(s.verification?.note?.["en"]).toMatch(/illustrative example .*not a published scheme/);
    expect(s.description?.["en"]).toMatch(/^Illustrative example, not a published scheme\./);
    expect(s.title["en"]).toMatch(/\(illustrative example\)$/);
    expect(mapping(name).comment?.["en"]).toMatch(/^Illustrative example/);
  });
});

describe("the companion pair: impact and threat ladders that name each other", () => {
  it("each names the other, with the relation the other is to it", () => {
    expect(scale("incident-impact").related).toEqual([expect.objectContaining({ ref: "sevscale/example-incident-threat@^1.0.0", relation: "threat" })]);
    expect(scale("incident-threat").related).toEqual([expect.objectContaining({ ref: "sevscale/example-incident-impact@^1.0.0", relation: "impact" })]);
  });

  it("compare keeps them adjacent, wherever they are given, and shows neither twice", () => {
    const ciss = { scale: loadScale("us-ciss"), mapping: MappingSchema.parse(readJson(join(REPO_ROOT, "examples/mappings/us-ciss-to-crs.json"))) };
    const a = compare([mapped("incident-threat"), ciss, mapped("incident-impact")]);
    expect(a.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(a.scales.map((s) => s.id)).toEqual(["sevscale/example-incident-threat", "sevscale/example-incident-impact", "us/ciss"]);
    expect(a.groups).toEqual([[0, 1], [2]]);
    expect(a.scales[1]!.companionOf).toEqual({ index: 0, relation: "impact" });
    expect(a.scales[0]!.related).toEqual([{ ref: "sevscale/example-incident-impact@^1.0.0", id: "sevscale/example-incident-impact", relation: "impact", index: 1 }]);
    expect(a.scales[1]!.related).toEqual([{ ref: "sevscale/example-incident-threat@^1.0.0", id: "sevscale/example-incident-threat", relation: "threat", index: 0 }]);
    expect(a.scales[2]!.related).toBeUndefined();
    // Still one band per level: each ladder is placed by its own mapping.
    expect(a.rows.find((r) => r.reference === "R3")!.cells.map((c) => c.levels.map((l) => l.code))).toEqual([["T3", "T4"], ["I3"], ["3"]]);
  });

  it("compare names the companion that was not given instead of fetching it", () => {
    const a = compare([mapped("incident-impact")]);
    expect(a.scales[0]!.related).toEqual([expect.objectContaining({ id: "sevscale/example-incident-threat", index: null })]);
    expect(a.groups).toEqual([[0]]);
  });

  it("classifies an incident on both ladders (each the worst of its two criteria)", () => {
    const facts = { "service-disruption": "regional", "data-affected": "internal", actor: "criminal", stage: "persistence" };
    expect(classify(scale("incident-impact"), facts).level?.code).toBe("I3");
    expect(classify(scale("incident-threat"), facts).level?.code).toBe("T3");
  });

  it("render shows the threat ladder's levels on the impact scale's page when it is given", () => {
    const page = scaleToMarkdown(scale("incident-impact"), mapping("incident-impact"), en, { related: [mapped("incident-threat")] });
    expect(page).toContain("## Related scales");
    expect(page).toContain("sevscale/example-incident-threat@^1.0.0: threat scale of sevscale/example-incident-impact — Example Republic: threat of an incident");
    expect(page).toMatch(/\*\*Levels of Example Republic: threat of an incident \(illustrative example\) \(sevscale\/example-incident-threat@1\.0\.0\)\*\*/);
    expect(page).toContain("| **T4** Very high");
    expect(page).toContain("partly overlaps R3–R5");
  });
});

describe("the edition pair: the 2025 edition supersedes the 2021 one under a new id", () => {
  const old = scale("national-2021");
  const next = scale("national-2025");
  const diff = diffDocuments(old, next, { mappings: { old: mapping("national-2021"), new: mapping("national-2025") } });

  it("diff says the id changed, and aligns the levels by code, definition and rank", () => {
    expect(diff.edition).toEqual({ from: "sevscale/example-national-2021", to: "sevscale/example-national-2025" });
    const levelChanges = diff.changes.filter((c) => c.pointer === "/id" || c.pointer.startsWith("/levels/"));
    expect(levelChanges.map((c) => [c.kind, c.pointer, c.bump])).toEqual([
      ["id-changed", "/id", "major"],
      ["level-renamed", "/levels/1/code", "major"],
      ["text-changed", "/levels/1/label", "patch"],
      ["text-changed", "/levels/2/definition", "patch"],
      ["level-band-changed", "/levels/2", "major"],
      ["level-inserted", "/levels/3", "major"],
    ]);
    expect(diff.changes.find((c) => c.kind === "level-renamed")?.params).toMatchObject({ from: "medium", to: "moderate" });
    expect(diff.changes.find((c) => c.kind === "level-band-changed")?.params).toMatchObject({ code: "high", from: "R3–R4 (broadMatch)", to: "R3 (closeMatch)" });
    // No false tracking warnings between editions.
    expect(diff.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });

  it("translate gives equivalent exactly for the unchanged levels (same definition, same band)", () => {
    const from = mapped("national-2021");
    const to = mapped("national-2025");
    const equivalent = (code: string) => translate(code, from, to).candidates.filter((c) => c.relation === "equivalent").map((c) => c.code);
    expect(equivalent("low")).toEqual(["low"]);
    expect(equivalent("medium")).toEqual(["moderate"]);
    expect(equivalent("critical")).toEqual(["critical"]);
    // High was narrowed (new definition, R3 instead of R3–R4): related to High and to the new Severe, equivalent to neither.
    expect(equivalent("high")).toEqual([]);
    expect(translate("high", from, to).candidates.map((c) => c.code)).toEqual(["high", "severe"]);
  });
});
