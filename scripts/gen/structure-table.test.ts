/**
 * The structure-table generator on small models of its own: the table it writes gives zod's
 * verdict, and zod's issue codes and paths, on constructs it translates; constructs the
 * interpreter does not follow stop the generator with the place named. The model's own table is
 * proven equal to the zod-derived issues in packages/core/src/validate/structure-equivalence.test.ts.
 */
import fc from "fast-check";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { PackedNode, StructureNode } from "../../packages/core/src/validate/_structure-report.js";
import { reportStructure, unpackTable } from "../../packages/core/src/validate/_structure-report.js";
import { DOCUMENT_KINDS, DOCUMENT_SCHEMAS } from "../../packages/core/src/model/kinds.js";
import { buildStructureTable, renderStructureTable, shareEqualNodes } from "./structure-table.js";

type Table = { STRUCTURE_NODES: PackedNode[]; STRUCTURE_ROOTS: Record<string, number>; LANG_MAP_NODE: number };

/** Generates, transpiles and loads the table of `roots` (a test may evaluate code; the library never does). */
async function load(roots: Record<string, z.ZodType>): Promise<Table> {
  const source = renderStructureTable(roots as unknown as Record<string, z.core.$ZodType>);
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
  return (await import(`data:text/javascript,${encodeURIComponent(js)}`)) as Table;
}

const Tag = z.enum(["a", "b"]);
const known = {
  strict: z.strictObject({ s: z.string().min(2).max(3), n: z.number().min(0).lt(10), i: z.int().optional(), t: Tag, l: z.literal(true).optional() }),
  loose: z.looseObject({ s: z.string().regex(/^x+$/) }),
  union: z.union([z.number(), z.string().regex(/^x+$/), z.strictObject({ k: z.boolean() })]),
  tagged: z.discriminatedUnion("kind", [z.strictObject({ kind: z.literal("p"), p: z.number() }), z.strictObject({ kind: z.literal("q"), q: z.array(z.string()).min(1).max(2) })]),
  record: z.record(z.string().regex(/^[a-z]+$/), z.nullable(z.number())),
  open: z.record(z.string(), z.unknown()),
  date: z.strictObject({ d: z.iso.date(), t: z.iso.datetime({ offset: true }).optional() }),
};

const brief = (issues: readonly { code: string; path: readonly PropertyKey[] }[]) => issues.map((i) => `${i.code}@${i.path.map(String).join("/")}`).sort();

describe("the structure table on small models", () => {
  it("reports zod's issue codes at zod's paths on random values", async () => {
    const { STRUCTURE_NODES, STRUCTURE_ROOTS } = await load(known);
    const values = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.record({ s: fc.string(), n: fc.double(), i: fc.oneof(fc.integer(), fc.double()), t: fc.constantFrom("a", "b", "c"), kind: fc.constantFrom("p", "q", "r"), p: fc.double(), q: fc.array(fc.string(), { maxLength: 3 }), d: fc.string() }, { requiredKeys: [] }),
    );
    fc.assert(
      fc.property(values, fc.constantFrom(...Object.keys(known)), (value, name) => {
        const zod = known[name as keyof typeof known].safeParse(value);
        const raw = reportStructure(unpackTable(STRUCTURE_NODES), STRUCTURE_ROOTS[name]!, value);
        expect(raw.length === 0).toBe(zod.success);
        expect(brief(raw)).toEqual(zod.success ? [] : brief(zod.error.issues));
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ["a refinement", z.strictObject({ s: z.string().refine((s) => s.startsWith("x")) }), "x/s"],
    ["a transform", z.strictObject({ s: z.string().transform((s) => s.length) }), "x/s"],
    ["a default", z.strictObject({ s: z.string().default("x") }), "x/s"],
    ["a stripping object", z.strictObject({ o: z.object({ s: z.string() }) }), "x/o"],
    ["enumerated record keys", z.record(Tag, z.number()), "x"],
    ["coercion", z.strictObject({ n: z.coerce.number() }), "x/n"],
    ["a field optional through a nullable", z.strictObject({ n: z.nullable(z.string().optional()) }), "x/n"],
  ] as const)("stops on %s, naming the place", (_, schema, where) => {
    expect(() => renderStructureTable({ x: schema as unknown as z.core.$ZodType })).toThrow(where);
  });

  it.each([
    ["the small models", () => load(known), known as Record<string, unknown>],
    ["the document kinds (the generated module)", async () => (await import("../../packages/core/src/generated/structure-table.js")) as unknown as Table, Object.fromEntries(DOCUMENT_KINDS.map((k) => [k, DOCUMENT_SCHEMAS[k]]))],
  ] as const)("packs %s losslessly: the unpacked table holds the nodes the generator built", async (_, table, roots) => {
    const built = buildStructureTable(roots as unknown as Record<string, z.core.$ZodType>);
    const { STRUCTURE_NODES, STRUCTURE_ROOTS, LANG_MAP_NODE } = await table();
    const unpacked = unpackTable(STRUCTURE_NODES);
    // Equal nodes shared (the unpacked table has an optional node per optional field), as the generator shares them.
    const { nodes, index } = shareEqualNodes(unpacked);
    for (const [name, root] of built.roots) expect(reachable(nodes, index[STRUCTURE_ROOTS[name]!]!), name).toEqual(reachable(built.nodes, root));
    expect(reachable(nodes, index[LANG_MAP_NODE]!)).toEqual(reachable(built.nodes, built.langMap));
    // The nodes used once are written inside others: the table lists fewer nodes than it decodes to.
    expect(STRUCTURE_NODES.length).toBeLessThan(unpacked.length);
  });
});

/** The nodes reachable from `root`, renumbered in the order a depth-first walk meets them (a table-independent form). */
function reachable(nodes: readonly StructureNode[], root: number): unknown[] {
  const ids = new Map<number, number>();
  const out: unknown[] = [];
  const visit = (i: number): number => {
    const known = ids.get(i);
    if (known !== undefined) return known;
    const id = ids.size;
    ids.set(i, id);
    out.push(undefined);
    const n = nodes[i]!;
    let renumbered: unknown;
    switch (n.t) {
      case "optional":
      case "nullable":
      case "array":
        renumbered = { ...n, of: visit(n.of) };
        break;
      case "record":
        renumbered = { ...n, key: visit(n.key), of: visit(n.of) };
        break;
      case "union":
      case "tagged":
        renumbered = { ...n, of: n.of.map(visit) };
        break;
      case "object":
        renumbered = { ...n, fields: n.fields.map((f) => ({ ...f, node: visit(f.node) })) };
        break;
      default:
        renumbered = n;
    }
    out[id] = renumbered;
    return id;
  };
  visit(root);
  return out;
}
