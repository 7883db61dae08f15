import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { arbMapping } from "../../test/arbitraries/index.js";
import { UK, UK_MAPPING } from "../../test/fixtures/national.js";
import type { Mapping } from "../model/mapping.js";
import { validateDocument } from "../validate/index.js";
import { mappingToSssomTsv } from "./sssom.js";
import { sssomTsvToMapping } from "./sssom-import.js";

const examples = join(dirname(fileURLToPath(import.meta.url)), "../../../../examples");
const exampleMappings = readdirSync(join(examples, "mappings"))
  .filter((f) => f.endsWith(".json"))
  .map((f) => [f, JSON.parse(readFileSync(join(examples, "mappings", f), "utf8")) as Mapping] as const);

/**
 * The slots SSSOM requires, read from the SSSOM LinkML schema
 * (mapping-commons/sssom, src/sssom_schema/schema/sssom_schema.yaml at commit 8cfba10, v1.1.0a4+8):
 * `mapping set` requires mapping_set_id (slot, required: true) and license (slot_usage, required:
 * true); `mapping` requires predicate_id and mapping_justification (required: true), and subject_id
 * and object_id by its rules unless subject_type / object_type is "rdfs literal" (never, here).
 */
const REQUIRED_SET_SLOTS = ["mapping_set_id", "license"];
const REQUIRED_MAPPING_SLOTS = ["subject_id", "predicate_id", "object_id", "mapping_justification"];

/** The metadata block (as YAML) and the rows of an SSSOM/TSV text, for checking slots. */
function slots(tsv: string): { set: Record<string, unknown>; rows: Record<string, string>[] } {
  const lines = tsv.split("\n").filter((l) => l !== "");
  const set = parseYaml(lines.filter((l) => l.startsWith("#")).map((l) => l.slice(1)).join("\n")) as Record<string, unknown>;
  const [head, ...rows] = lines.filter((l) => !l.startsWith("#")).map((l) => l.split("\t"));
  return { set, rows: rows.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i] ?? ""]))) };
}

describe("sssomTsvToMapping", () => {
  it("gives back the same mapping for generated mappings (export → import)", () => {
    fc.assert(
      fc.property(arbMapping(), (input) => {
        const mapping = input as Mapping;
        const back = sssomTsvToMapping(mappingToSssomTsv(mapping));
        expect(back.issues).toEqual([]);
        expect(back.ok && back.document).toEqual(mapping);
      }),
      { numRuns: 150 },
    );
  });

  it.each(exampleMappings)("gives back the example mapping %s, which still validates", (_file, mapping) => {
    const back = sssomTsvToMapping(mappingToSssomTsv(mapping));
    expect(back.ok && back.document).toEqual(mapping);
    if (back.ok) expect(validateDocument(back.document).valid).toBe(true);
  });

  it.each(exampleMappings)("writes every slot SSSOM requires for %s", (_file, mapping) => {
    const { set, rows } = slots(mappingToSssomTsv(mapping));
    for (const slot of REQUIRED_SET_SLOTS) expect(set[slot], slot).toEqual(expect.any(String));
    expect(set["license"]).toMatch(/^https?:\/\//);
    expect(rows.length).toBeGreaterThanOrEqual(mapping.records.length);
    for (const row of rows) for (const slot of REQUIRED_MAPPING_SLOTS) expect(row[slot], slot).not.toBe("");
    // Every extension column is declared, as SSSOM 1.0 asks.
    const declared = (set["extension_definitions"] as { slot_name: string }[]).map((d) => d.slot_name);
    for (const column of Object.keys(rows[0]!).filter((c) => c.startsWith("sevscale_"))) expect(declared).toContain(column);
  });

  it("rebuilds bands, relations and noMatch from the standard slots alone (a file from another tool)", () => {
    const tsv = [
      "#curie_map:",
      "#  uk: https://example.org/uk#",
      "#  crs: https://sevscale.org/id/sevscale/crs@1.0.0#",
      "#mapping_set_id: https://example.org/sets/gb/ncsc-2018-to-crs@2.1.0",
      "#license: https://spdx.org/licenses/CC-BY-4.0.html",
      "#mapping_date: 2026-03-01",
      "#creator_label: [A. Analyst]",
      "#subject_source: sevscale:gb/ncsc-2018",
      "#subject_source_version: ^1.0.0",
      "#object_source: sevscale:sevscale/crs",
      "subject_id\tpredicate_id\tobject_id\tmapping_justification\tconfidence\tcomment",
      "uk:Category%206\tskos:relatedMatch\tcrs:R0\tsemapv:ManualMappingCuration\t0.7\t",
      "uk:Category%206\tskos:relatedMatch\tcrs:R1\tsemapv:ManualMappingCuration\t0.7\t",
      'uk:Category%201\tskos:exactMatch\tcrs:R5\tsemapv:MappingReview\t0.9\t"A ""quoted"" note"',
      "uk:Other\tskos:exactMatch\tsssom:NoTermFound\tsemapv:UnspecifiedMatching\t1\t",
    ].join("\n");
    const r = sssomTsvToMapping(tsv);
    expect(r.issues).toEqual([]);
    expect(r.ok && r.document).toMatchObject({
      kind: "mapping",
      id: "gb/ncsc-2018-to-crs",
      version: "2.1.0",
      subject: { id: "gb/ncsc-2018", versions: "^1.0.0" },
      object: { id: "sevscale/crs", versions: "*" },
      authors: [{ name: "A. Analyst" }],
      license: { id: "CC-BY-4.0" },
      records: [
        { subject: "Category 6", relation: "relatedMatch", object: { min: "R0", max: "R1" }, justification: "manual-curation", confidence: 0.7 },
        { subject: "Category 1", relation: "exactMatch", object: { min: "R5", max: "R5" }, justification: "review", confidence: 0.9, comment: { en: 'A "quoted" note' } },
        { subject: "Other", relation: "noMatch", justification: "unspecified", confidence: 1 },
      ],
    });
  });

  it("reports unreadable input as coded issues, never throwing", () => {
    const good = mappingToSssomTsv(UK_MAPPING, { subject: UK });
    const codes = (text: string) => sssomTsvToMapping(text).issues.map((i) => i.code);
    expect(codes("")).toEqual(["sssom_no_rows"]);
    expect(codes("#mapping_set_id: [unclosed\nsubject_id\tpredicate_id\tobject_id\tmapping_justification\n")).toContain("sssom_metadata_invalid");
    expect(codes("#a: 1\n#a: 2\nsubject_id\tpredicate_id\tobject_id\tmapping_justification\nx:a\tskos:exactMatch\ty:b\tsemapv:MappingReview\n")).toContain("sssom_metadata_invalid");
    expect(codes(good.replace("mapping_justification", "justification"))).toEqual(["sssom_column_missing"]);
    expect(codes(good.replace("\t0.8\t", "\tmuch\t").replace(/\t0\.[0-9]+\t/, "\t1.5\t"))).toContain("sssom_value_invalid");
    expect(codes(good.replace(/semapv:ManualMappingCuration/, "semapv:Guess"))).toEqual(["sssom_value_invalid"]);
    expect(codes(good.replace(/sevscale_document: .*/, "sevscale_document: '{\"__proto__\": 1}'"))).toEqual(["sssom_value_invalid"]);
    expect(codes(good.replace(/sevscale_document: .*/, "sevscale_document: not json"))).toEqual(["sssom_value_invalid"]);
    const bad = sssomTsvToMapping(good.replace(/\tbroadMatch\t/, "\tvaguelyMatch\t"));
    expect(bad.ok).toBe(false);
    expect(bad.issues[0]).toMatchObject({ code: "sssom_value_invalid", params: { slot: "sevscale_relation", value: "vaguelyMatch" } });
    expect(bad.issues[0]!.params["line"]).toBeGreaterThan(good.split("\n").findIndex((l) => !l.startsWith("#")));
  });

  it("never throws, whatever the bytes", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const r = sssomTsvToMapping(text);
        expect(r.ok || r.issues.length > 0).toBe(true);
      }),
    );
  });
});
