import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makeMapping, makeScale } from "../../test/fixtures/scales.js";
import { UK, UK_MAPPING, US_NCISS, US_NCISS_MAPPING } from "../../test/fixtures/national.js";
import { parse as parseYaml } from "yaml";
import { SSSOM_COLUMNS, curiePrefix, mappingToSssomTsv } from "./sssom.js";

/** Splits an SSSOM/TSV text into its metadata lines and its table. */
function read(tsv: string) {
  const lines = tsv.split("\n").filter((l) => l !== "");
  const meta = lines.filter((l) => l.startsWith("#")).map((l) => l.slice(1));
  const table = lines.filter((l) => !l.startsWith("#")).map((l) => l.split("\t"));
  const [head, ...rows] = table;
  return { meta, head, rows: rows.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i]]))) };
}

describe("mappingToSssomTsv", () => {
  it("writes the metadata block with a curie_map and one row per record", () => {
    const { meta, head, rows } = read(mappingToSssomTsv(US_NCISS_MAPPING, { subject: US_NCISS }));
    expect(head).toEqual([...SSSOM_COLUMNS]);
    const set = parseYaml(meta.join("\n")) as Record<string, unknown>;
    expect(set["curie_map"]).toMatchObject({
      "us-nciss": "https://sevscale.org/id/us/nciss@1.0.0#",
      "sevscale-crs": "https://sevscale.org/id/sevscale/crs@1.0.0#",
      skos: "http://www.w3.org/2004/02/skos/core#",
    });
    expect(set).toMatchObject({
      mapping_set_id: "https://sevscale.org/id/us/nciss-crs@1.0.0",
      license: "https://spdx.org/licenses/CC0-1.0.html",
      mapping_date: "2026-01-01",
    });
    expect(rows[0]).toEqual({
      subject_id: "us-nciss:0N",
      subject_label: "Baseline - Negligible",
      predicate_id: "skos:broadMatch",
      object_id: "sevscale-crs:R0",
      object_label: "Baseline",
      mapping_justification: "semapv:ManualMappingCuration",
      confidence: "0.8",
      comment: "",
      sevscale_record: "1",
      sevscale_relation: "broadMatch",
      sevscale_comment: "",
    });
  });

  it("splits a band into one row per object level, keeping only what holds for each level", () => {
    const { rows } = read(mappingToSssomTsv(US_NCISS_MAPPING, { subject: US_NCISS }));
    const zeroM = rows.filter((r) => r["subject_id"] === "us-nciss:0M");
    expect(zeroM.map((r) => [r["predicate_id"], r["object_id"]])).toEqual([
      ["skos:relatedMatch", "sevscale-crs:R0"],
      ["skos:relatedMatch", "sevscale-crs:R1"],
    ]);
    expect(zeroM[0]!["comment"]).toBe("Part of band R0–R1 (skos:closeMatch in the source mapping).");
    const s = makeScale({ id: "x-org.example/wide", levels: [["all", "All"], ["x", "X"]] });
    const m = makeMapping(s, [["all", "narrowMatch", "R1", "R3", 0.5], ["x", "exactMatch", "R4", "R4", 1]]);
    const wide = read(mappingToSssomTsv(m)).rows.filter((r) => r["subject_id"] === "x-org.example-wide:all");
    expect(wide.map((r) => [r["predicate_id"], r["object_id"]])).toEqual([
      ["skos:narrowMatch", "sevscale-crs:R1"],
      ["skos:narrowMatch", "sevscale-crs:R2"],
      ["skos:narrowMatch", "sevscale-crs:R3"],
    ]);
  });

  it("writes noMatch as SSSOM's no term found and maps justifications to semapv", () => {
    const s = makeScale({ id: "x-org.example/n", levels: [["none", "None"], ["c", "C"], ["r", "R"]] });
    const m = makeMapping(s, [
      ["none", "noMatch", 1],
      ["c", "exactMatch", "R2", "R2", 0.6, "criteria-derived"],
      ["r", "exactMatch", "R3", "R3", 0.6, "review"],
    ]);
    const { rows } = read(mappingToSssomTsv(m, { subject: s }));
    expect(rows.map((r) => [r["predicate_id"], r["object_id"], r["mapping_justification"]])).toEqual([
      ["skos:exactMatch", "sssom:NoTermFound", "semapv:ManualMappingCuration"],
      ["skos:exactMatch", "sevscale-crs:R2", "semapv:LogicalReasoning"],
      ["skos:exactMatch", "sevscale-crs:R3", "semapv:MappingReview"],
    ]);
  });

  it("percent-encodes codes into CURIEs and labels with the mapping's language", () => {
    const { rows } = read(mappingToSssomTsv(UK_MAPPING, { subject: UK }));
    expect(rows.at(-1)!["subject_id"]).toBe("gb-ncsc:Category%201");
    expect(rows.at(-1)!["subject_label"]).toBe("Category 1: National cyber emergency");
    expect(curiePrefix("x-org.example/internal")).toBe("x-org.example-internal");
  });

  it("keeps every row on one line and every header line commented, whatever the text", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (label, comment) => {
        const s = makeScale({ id: "x-org.example/t", levels: [["a", label.length > 0 ? label : "a"], ["b", "b"]] });
        const base = makeMapping(s, [["a", "exactMatch", "R0", "R0", 1], ["b", "exactMatch", "R1", "R1", 1]]);
        const m = {
          ...base,
          title: { en: comment.length > 0 ? comment : "t" },
          authors: [{ name: comment.length > 0 ? comment : "n" }],
          records: base.records.map((r) => (comment.length > 0 ? { ...r, comment: { en: comment } } : r)),
        };
        const { meta, head, rows } = read(mappingToSssomTsv(m, { subject: s }));
        expect(head).toEqual([...SSSOM_COLUMNS]);
        expect(rows).toHaveLength(2);
        for (const r of rows) expect(Object.keys(r)).toHaveLength(SSSOM_COLUMNS.length);
        expect(meta.some((l) => l.startsWith("mapping_set_title: "))).toBe(true);
      }),
    );
  });
});
