import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AU, AU_MAPPING, UK, UK_MAPPING } from "../../test/fixtures/national.js";
import { makeMapping, makeScale } from "../../test/fixtures/scales.js";
import type { Mapping } from "../model/mapping.js";
import type { Scale } from "../model/scale.js";
import { mispNamespace, mispVersion, scaleToMispTaxonomy } from "./misp.js";

/**
 * The structure MISP requires of a taxonomy's machinetag.json: the required members, types and
 * closed objects of schema.json in MISP/misp-taxonomies (commit 7591c55, 2026-08-21), copied as data.
 * (The upstream file lists `required` inside `properties` for entries and predicates, where JSON
 * Schema ignores it; here it is where it takes effect, which is stricter.)
 */
const nonEmpty = { type: "string", minLength: 1 };
const MISP_MACHINETAG_SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: ["namespace", "description", "version", "predicates"],
  properties: {
    version: { type: "integer" },
    description: nonEmpty,
    expanded: nonEmpty,
    namespace: nonEmpty,
    uuid: nonEmpty,
    exclusive: { type: "boolean" },
    type: { type: "array", minItems: 1, uniqueItems: true, items: { type: "string", enum: ["org", "user", "attribute", "event"] } },
    refs: { type: "array", minItems: 1, uniqueItems: true, items: nonEmpty },
    predicates: {
      type: "array",
      minItems: 1,
      uniqueItems: true,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["value"],
        properties: { numerical_value: { type: "number" }, colour: nonEmpty, description: nonEmpty, expanded: nonEmpty, value: nonEmpty, exclusive: { type: "boolean" }, uuid: nonEmpty },
      },
    },
    values: {
      type: "array",
      minItems: 1,
      uniqueItems: true,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["predicate"],
        properties: {
          predicate: nonEmpty,
          uuid: nonEmpty,
          entry: {
            type: "array",
            minItems: 1,
            uniqueItems: true,
            items: {
              type: "object",
              additionalProperties: false,
              required: ["value"],
              properties: { numerical_value: { type: "number" }, expanded: nonEmpty, description: nonEmpty, colour: nonEmpty, value: nonEmpty, uuid: nonEmpty },
            },
          },
        },
      },
    },
  },
};
const validateMachinetag = new Ajv({ allErrors: true }).compile(MISP_MACHINETAG_SCHEMA);

const examples = join(dirname(fileURLToPath(import.meta.url)), "../../../../examples");
const load = <T>(path: string) => JSON.parse(readFileSync(join(examples, path), "utf8")) as T;
const EXAMPLES = ["au-asd", "gb-ncsc-2018", "us-ciss", "us-nciss"].map(
  (name) => [name, load<Scale>(`scales/${name}.json`), load<Mapping>(`mappings/${name}-to-crs.json`)] as const,
);

describe("scaleToMispTaxonomy", () => {
  it.each(EXAMPLES)("writes a machinetag MISP accepts for %s, one entry per level in order", (_name, scale, mapping) => {
    for (const lang of ["en", "es"]) {
      const { taxonomy, issues } = scaleToMispTaxonomy(scale, mapping, { lang });
      expect(validateMachinetag(taxonomy), JSON.stringify(validateMachinetag.errors)).toBe(true);
      expect(issues.filter((i) => i.severity === "error")).toEqual([]);
      expect(taxonomy.predicates).toHaveLength(1);
      expect(taxonomy.values[0]!.entry.map((e) => e.value)).toEqual(scale.levels.map((l) => l.code));
      expect(taxonomy.namespace).toMatch(/^[a-z0-9-]+$/);
    }
  });

  it("takes numerical_value from the middle of the reference band, on 0–100", () => {
    const { taxonomy } = scaleToMispTaxonomy(UK, UK_MAPPING);
    const byCode = Object.fromEntries(taxonomy.values[0]!.entry.map((e) => [e.value, e.numerical_value]));
    const band = Object.fromEntries(UK_MAPPING.records.map((r) => [r.subject, r.object]));
    const rank = (code: string) => Number(code.slice(1));
    for (const level of UK.levels) {
      const b = band[level.code]!;
      expect(byCode[level.code]).toBe(Math.round((100 * (rank(b.min) + rank(b.max))) / 10));
    }
    // More severe levels never get a smaller number.
    const values = taxonomy.values[0]!.entry.map((e) => e.numerical_value!);
    expect(values).toEqual([...values].sort((a, b) => a - b));
  });

  it("leaves numerical_value out for a noMatch level and keeps label, colour and definition", () => {
    const s = makeScale({ id: "x-org.example/t", levels: [["a", "Alpha"], ["b", "Beta"]] });
    const m = makeMapping(s, [["a", "noMatch", 1], ["b", "exactMatch", "R3", "R3", 1]]);
    const entry = scaleToMispTaxonomy(s, m).taxonomy.values[0]!.entry;
    expect(entry[0]).not.toHaveProperty("numerical_value");
    expect(entry[1]).toMatchObject({ value: "b", expanded: "Beta", numerical_value: 60 });
    expect(scaleToMispTaxonomy(AU, AU_MAPPING).taxonomy.values[0]!.entry.every((e) => e.colour === undefined || /^#[0-9A-Fa-f]{6}$/.test(e.colour))).toBe(true);
  });

  it("refuses a mapping of another scale", () => {
    expect(scaleToMispTaxonomy(UK, AU_MAPPING).issues.map((i) => i.code)).toEqual(["export_mapping_mismatch"]);
  });
});

describe("mispNamespace and mispVersion", () => {
  it("derives a namespace of MISP's characters from the scale id", () => {
    expect(mispNamespace("gb/ncsc-2018")).toBe("sevscale-gb-ncsc-2018");
    expect(mispNamespace("x-org.Example/My_Scale")).toBe("sevscale-x-org-example-my-scale");
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (id) => {
        expect(mispNamespace(id)).toMatch(/^sevscale(-[a-z0-9]+)*$/);
      }),
    );
  });

  it("encodes semver as major·10000 + minor·100 + patch, in order, and flags what it cannot encode", () => {
    expect(mispVersion("1.2.3")).toEqual({ version: 10203, exact: true });
    expect(mispVersion("2.0.0-rc.1").version).toBe(20000);
    expect(mispVersion("1.100.0").exact).toBe(false);
    const v = fc.tuple(fc.nat(99), fc.nat(99), fc.nat(99));
    fc.assert(
      fc.property(v, v, (a, b) => {
        const cmp = (x: number[], y: number[]) => x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
        const va = mispVersion(a.join(".")).version;
        const vb = mispVersion(b.join(".")).version;
        expect(Math.sign(va - vb)).toBe(Math.sign(cmp(a, b)));
      }),
    );
    const s = makeScale({ id: "x-org.example/t", version: "1.100.0", levels: [["a", "A"], ["b", "B"]] });
    const m = makeMapping(s, [["a", "exactMatch", "R0", "R0", 1], ["b", "exactMatch", "R1", "R1", 1]]);
    expect(scaleToMispTaxonomy(s, m).issues.map((i) => i.code)).toContain("misp_version_not_encodable");
  });
});
