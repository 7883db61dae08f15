import { describe, expect, it } from "vitest";
import { renderMessage } from "../issues/render.js";
import { REFERENCE_SCALE } from "../reference/crs.js";
import { AU, AU_MAPPING, UK, UK_MAPPING, US_CISS, US_CISS_MAPPING, US_NCISS, US_NCISS_MAPPING } from "../../test/fixtures/national.js";
import { makeMapping, makeScale } from "../../test/fixtures/scales.js";
import { createTranslator, translate, type TranslateResult } from "./translate.js";
import { en } from "../locales/en/index.js";
import { es } from "../locales/es/index.js";
import { renderExplanation } from "./explain.js";

const uk = { scale: UK, mapping: UK_MAPPING };
const au = { scale: AU, mapping: AU_MAPPING };
const ciss = { scale: US_CISS, mapping: US_CISS_MAPPING };
const nciss = { scale: US_NCISS, mapping: US_NCISS_MAPPING };

const summary = (r: TranslateResult) => r.candidates.map((c) => [c.code, c.relation, c.confidence]);
const codes = (r: TranslateResult) => r.issues.map((i) => i.code);

describe("translate — worked examples", () => {
  it("UK Category 3 → ASD C3: equivalent, 0.9 × 0.9", () => {
    const r = translate("Category 3", uk, au);
    expect(r.source).toEqual({ scaleId: "gb/ncsc", version: "1.0.0", code: "Category 3", rank: 3, label: UK.levels[3]!.label });
    expect(r.reference).toEqual({ id: "sevscale/crs", version: "1.0.0", min: "R3", max: "R3", minRank: 3, maxRank: 3, relation: "exactMatch", confidence: 0.9 });
    expect(summary(r)).toEqual([["C3", "equivalent", 0.81]]);
    expect(r.issues).toEqual([]);
    const c = r.candidates[0]!;
    expect(renderExplanation(c.explanation, en)).toBe(
      'gb/ncsc “Category 3: Significant incident” maps exactly to R3 “Significant”; au/asd C3 “Category 3” maps exactly to R3 “Significant”: equivalent (confidence 0.81).',
    );
    // Spanish labels where the document has them (UK, with its code, since the label no longer
    // starts with it), the default language where it has not (ASD).
    expect(renderExplanation(c.explanation, es)).toBe(
      "gb/ncsc Category 3 «Categoría 3: incidente significativo» equivale exactamente a R3 «Significativo»; au/asd C3 «Category 3» equivale exactamente a R3 «Significativo»: equivalente (confianza 0,81).",
    );
    expect(c.chain).toEqual([
      {
        mapping: { id: "gb/ncsc-crs", version: "1.0.0" },
        record: 3,
        inverted: false,
        subject: { scaleId: "gb/ncsc", version: "1.0.0", min: "Category 3", max: "Category 3" },
        relation: "exactMatch",
        object: { scaleId: "sevscale/crs", version: "1.0.0", min: "R3", max: "R3" },
        confidence: 0.9,
        justification: "manual-curation",
      },
      {
        mapping: { id: "au/asd-crs", version: "1.0.0" },
        record: 3,
        inverted: true,
        subject: { scaleId: "sevscale/crs", version: "1.0.0", min: "R3", max: "R3" },
        relation: "exactMatch",
        object: { scaleId: "au/asd", version: "1.0.0", min: "C3", max: "C3" },
        confidence: 0.9,
        justification: "manual-curation",
      },
    ]);
  });

  it("UK Category 6 (R0–R1, broadMatch) → US CISS 0 and 1: overlapping, each half the band", () => {
    const r = translate("Category 6", uk, ciss);
    // 0.8 × 0.9 × |{R0}| / |{R0,R1}|
    expect(summary(r)).toEqual([
      ["0", "overlapping", 0.36],
      ["1", "overlapping", 0.36],
    ]);
    expect(renderExplanation(r.candidates[0]!.explanation, en)).toBe(
      'gb/ncsc “Category 6: Localised incident” falls within R0–R1 (“Baseline” to “Low”); us/ciss 0 “Baseline” maps exactly to R0 “Baseline”: overlapping (confidence 0.36).',
    );
  });

  it("inverting a broadMatch chains in one direction: NCISS 0N ⊆ R0 = CISS 0", () => {
    expect(summary(translate("0N", nciss, ciss))).toEqual([["0", "broader", 0.72]]);
    expect(summary(translate("0", ciss, nciss))).toEqual([
      ["0N", "narrower", 0.72],
      ["0M", "overlapping", 0.63], // closeMatch scored as exactMatch: R0 ⊆ R0–R1, 0.9 × 0.7
    ]);
  });

  it("NCISS 0M (closeMatch R0–R1) → UK: overlapping, closeMatch not chained, scored as exactMatch", () => {
    const r = translate("0M", nciss, uk);
    expect(summary(r)).toEqual([
      ["Category 6", "overlapping", 0.56], // as exactMatch R0–R1 ⊇ Category 6: 0.7 × 0.8
      ["Category 5", "overlapping", 0.1867], // partial overlap either way: 0.7 × 0.8 × 1/3
    ]);
    expect(renderExplanation(r.candidates[0]!.explanation, en)).toContain("SKOS never chains it");
    expect(renderExplanation(r.candidates[0]!.explanation, es)).toContain("SKOS nunca lo encadena");
    expect(codes(r)).toEqual(["close_match_not_chained", "close_match_not_chained"]);
    expect(r.issues[0]!.severity).toBe("info");
    expect(renderMessage(r.issues[0]!, en)).toBe(
      '"us/nciss#0M" → "gb/ncsc#Category 6" passes through a closeMatch; SKOS never chains closeMatch, so the relation is only "overlapping"; its confidence is that of the same path with closeMatch read as exactMatch, never more than a vaguer relation would give.',
    );
  });

  it("UK Category 5 → ASD: every level whose band meets R1–R2, by rank", () => {
    expect(summary(translate("Category 5", uk, au))).toEqual([
      ["C6", "overlapping", 0.2133], // 0.8 × 0.8 × 1/3
      ["C5", "overlapping", 0.32], // 0.8 × 0.8 × 1/2 (C5 closeMatch scored as exactMatch: up then down)
      ["C4", "overlapping", 0.36], // 0.8 × 0.9 × 1/2
    ]);
  });

  it("orders candidates by rank, never by code", () => {
    const s = makeScale({ id: "x-org.example/z", levels: [["zz", "low"], ["aa", "high"]] });
    const m = makeMapping(s, [
      ["zz", "exactMatch", "R3", "R3", 1],
      ["aa", "narrowMatch", "R3", "R4", 1],
    ]);
    expect(translate("Category 3", uk, { scale: s, mapping: m }).candidates.map((c) => c.code)).toEqual(["zz", "aa"]);
  });
});

describe("translate — to its own scale", () => {
  it("returns the level itself as equivalent even when it shares a band with a neighbour", () => {
    expect(summary(translate("Category 6", uk, uk))).toEqual([
      ["Category 6", "equivalent", 1],
      ["Category 5", "overlapping", 0.2133],
    ]);
    expect(summary(translate("Category 5", uk, uk))).toEqual([
      ["Category 6", "overlapping", 0.2133],
      ["Category 5", "equivalent", 1],
      ["Category 4", "overlapping", 0.36],
    ]);
    const self = translate("Category 6", uk, uk).candidates[0]!;
    expect(self.chain).toEqual([]);
    expect(renderExplanation(self.explanation, en)).toBe('gb/ncsc “Category 6: Localised incident” is the same level of the same scale: equivalent (confidence 1).');
  });

  it("never calls two different levels of one scale equivalent", () => {
    const s = makeScale({ id: "x-org.example/dup", levels: [["a", "A"], ["b", "B"]] });
    const m = makeMapping(s, [
      ["a", "exactMatch", "R2", "R2", 1],
      ["b", "exactMatch", "R2", "R2", 1],
    ]);
    expect(summary(translate("a", { scale: s, mapping: m }, { scale: s, mapping: m }))).toEqual([
      ["a", "equivalent", 1],
      ["b", "overlapping", 1],
    ]);
  });
});

describe("translate — issues", () => {
  it("refuses sentinels (saying what they mean) and unknown codes", () => {
    const s = translate("unknown", uk, au);
    expect(s.source).toBeNull();
    expect(s.candidates).toEqual([]);
    expect(s.issues).toEqual([
      { code: "level_is_sentinel", severity: "error", pointer: "", params: { code: "unknown", scaleId: "gb/ncsc", version: "1.0.0", meaning: "unknown" } },
    ]);
    expect(codes(translate("Category 7", uk, au))).toEqual(["level_unknown"]);
  });

  it("refuses mappings onto different reference scales", () => {
    const otherRef = makeMapping(AU, [["C3", "exactMatch", "R3", "R3", 1]], { object: { id: "x-org.example/ref", versions: "*" } });
    const r = translate("Category 3", uk, { scale: AU, mapping: otherRef });
    expect(r.candidates).toEqual([]);
    expect(codes(r)).toContain("reference_mismatch");
    expect(r.issues.find((i) => i.code === "reference_mismatch")?.params).toEqual({ from: "sevscale/crs", to: "x-org.example/ref" });
  });

  it("warns when the two mappings cover reference versions that cannot both hold", () => {
    const ref2 = { ...AU_MAPPING, object: { id: "sevscale/crs", versions: "^2.0.0" } };
    const r = translate("Category 3", uk, { scale: AU, mapping: ref2 });
    expect(codes(r)).toContain("reference_versions_disjoint");
    expect(r.issues.find((i) => i.code === "reference_versions_disjoint")?.severity).toBe("warning");
  });

  it("translates from a noMatch level to nothing, with a warning", () => {
    const s = makeScale({ id: "x-org.example/n", levels: [["none", "None"], ["some", "Some"]] });
    const m = makeMapping(s, [
      ["none", "noMatch", 1],
      ["some", "exactMatch", "R3", "R3", 1],
    ]);
    const r = translate("none", { scale: s, mapping: m }, uk);
    expect(r.source?.code).toBe("none");
    expect(r.reference).toBeNull();
    expect(r.candidates).toEqual([]);
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([["level_no_match", "warning"]]);
    // As a target, a noMatch level is no candidate, and the answer says so (info).
    const back = translate("Category 3", uk, { scale: s, mapping: m });
    expect(summary(back)).toEqual([["some", "equivalent", 0.9]]);
    expect(back.issues.map((i) => [i.code, i.severity])).toEqual([["level_no_match", "info"]]);
  });

  it("uses a given reference scale and refuses a mapping onto another one", () => {
    const ref = { ...REFERENCE_SCALE, id: "x-org.example/ref" };
    const r = translate("Category 3", uk, au, { reference: ref });
    expect(r.candidates).toEqual([]);
    expect(codes(r)).toContain("reference_scale_mismatch");
  });

  it("a prepared translator gives the same answers as translate", () => {
    const t = createTranslator(uk, au);
    for (const l of UK.levels) expect(t(l.code)).toEqual(translate(l.code, uk, au));
  });
});

describe("editions", () => {
  // A new edition of the UK scale under another id: same levels and mapping, one definition reworded.
  const edition = structuredClone(UK) as typeof UK & { id: string; supersedes?: string };
  edition.id = "gb/ncsc-2025";
  edition.supersedes = `${UK.id}@${UK.version}`;
  const changed = edition.levels[2]!;
  changed.definition = { ...changed.definition, en: `${changed.definition?.["en"] ?? ""} Reworded in the new edition.` };
  const mapping = structuredClone(UK_MAPPING);
  mapping.subject = { ...mapping.subject, id: edition.id, versions: "^1.0.0" };
  const next = { scale: edition, mapping };

  it("reports a level whose definition and reference band did not change as equivalent (confidence 1)", () => {
    for (const level of UK.levels.filter((_, i) => i !== 2)) {
      const r = translate(level.code, uk, next);
      expect(r.candidates.find((c) => c.code === level.code)).toMatchObject({ relation: "equivalent", confidence: 1, chain: [] });
    }
  });

  it("explains an unchanged level as the same level of the other edition, naming both editions, in every language", () => {
    const level = UK.levels[0]!;
    const candidate = translate(level.code, uk, next).candidates.find((c) => c.code === level.code)!;
    expect(candidate.explanation).toMatchObject({ kind: "edition", source: { scaleId: UK.id, code: level.code }, target: { scaleId: edition.id, code: level.code } });
    const explanation = candidate.explanation;
    if (explanation.kind !== "edition") throw new Error("expected an edition explanation");
    for (const locale of [en, es]) {
      const text = renderExplanation(candidate.explanation, locale);
      expect(text).toContain(UK.id);
      expect(text).toContain(edition.id);
      expect(text).toContain(locale.terms.relation.equivalent);
      // Not the sentence for a level translated to its own scale.
      expect(text).not.toBe(renderExplanation({ kind: "identity", level: explanation.target }, locale));
    }
  });

  it("chains a level whose definition changed through the reference scale, as for any two scales", () => {
    const code = UK.levels[2]!.code;
    const direct = translate(code, uk, { scale: { ...edition, supersedes: undefined } as typeof UK, mapping });
    expect(summary(translate(code, uk, next))).toEqual(summary(direct));
  });
});
