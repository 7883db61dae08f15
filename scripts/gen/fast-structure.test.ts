/**
 * The fast-structure generator on small models of its own: constructs it translates agree with
 * zod, and constructs it does not know (refinements, transforms, coercion, formats with their own
 * checks, open objects) never let through a value zod refuses. The model's own output is checked
 * against zod in packages/core/src/validate/fast-structure.test.ts.
 */
import fc from "fast-check";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { renderFastStructure } from "./fast-structure.js";

type Check = (value: unknown, maxDepth: number) => boolean;

/** Generates, transpiles and loads the checks of `roots` (a test may evaluate code; the library never does). */
async function compile(roots: Record<string, z.ZodType>): Promise<Record<string, Check>> {
  const source = renderFastStructure(roots as unknown as Record<string, z.core.$ZodType>);
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
  const mod = (await import(`data:text/javascript,${encodeURIComponent(js)}`)) as { FAST_STRUCTURE: Record<string, Check> };
  return mod.FAST_STRUCTURE;
}

const Tag = z.enum(["a", "b"]);
const known = {
  strict: z.strictObject({ s: z.string().min(2).max(3), n: z.number().min(0).lt(10), i: z.int().optional(), t: Tag, l: z.literal(true).optional() }),
  strip: z.object({ s: z.string() }),
  union: z.union([z.number(), z.string().regex(/^x+$/), z.strictObject({ k: z.boolean() })]),
  tagged: z.discriminatedUnion("kind", [z.strictObject({ kind: z.literal("p"), p: z.number() }), z.strictObject({ kind: z.literal("q"), q: z.array(z.string()).min(1) })]),
  record: z.record(z.string().regex(/^[a-z]+$/), z.nullable(z.number())),
  open: z.record(z.string(), z.unknown()),
};
const unknownToTheGenerator = {
  refined: z.strictObject({ s: z.string().refine((s) => s.startsWith("x")) }),
  transformed: z.strictObject({ s: z.string().transform((s) => s.length) }),
  coerced: z.strictObject({ n: z.coerce.number() }),
  defaulted: z.strictObject({ s: z.string().default("x") }),
  readonly: z.strictObject({ s: z.string() }).readonly(),
  email: z.strictObject({ e: z.email() }),
  loose: z.looseObject({ s: z.string() }),
  enumKeys: z.record(Tag, z.number()),
  catchall: z.strictObject({ s: z.string() }).catchall(z.number()),
};

const values = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.record({ s: fc.constantFrom("x", "xy", "xyz", "😀😀", "😀😀😀😀", "abcd", 1), n: fc.constantFrom(-1, 0, 9.5, 10, Number.NaN, "1"), i: fc.constantFrom(undefined, 1, 1.5, 2 ** 60), t: fc.constantFrom("a", "b", "c"), l: fc.constantFrom(undefined, true, false) }, { requiredKeys: ["s", "n", "t"] }),
  fc.record({ kind: fc.constantFrom("p", "q", "r"), p: fc.constantFrom(1, "1"), q: fc.constantFrom([], ["s"], [1]), k: fc.boolean(), e: fc.constantFrom("a@b.c", "nope") }, { requiredKeys: ["kind"] }),
  fc.oneof(fc.record({ kind: fc.constant("p"), p: fc.constantFrom(1, "1") }), fc.record({ kind: fc.constant("q"), q: fc.constantFrom([], ["s"], [1]) }), fc.record({ k: fc.boolean() })),
  fc.dictionary(fc.constantFrom("a", "bc", "A", "1", "__proto__", "s"), fc.constantFrom(null, 1, "x", true, 1.5)),
);

const hasOwnProto = (value: unknown): boolean =>
  typeof value === "object" && value !== null && (Object.prototype.hasOwnProperty.call(value, "__proto__") || Object.values(value).some(hasOwnProto));

describe("renderFastStructure", () => {
  it("translates the constructs it knows so that they agree with zod", async () => {
    const checks = await compile(known);
    fc.assert(
      fc.property(values, (value) => {
        for (const [name, schema] of Object.entries(known)) {
          const zod = schema.safeParse(value).success;
          // zod skips an own "__proto__" key of a record; the check leaves that case to zod.
          if (hasOwnProto(value)) expect(!checks[name]!(value, 10) || zod, name).toBe(true);
          else expect(checks[name]!(value, 10), name).toBe(zod);
        }
      }),
    );
  });

  it("never lets through what zod refuses when it meets a construct it does not know", async () => {
    const checks = await compile(unknownToTheGenerator);
    fc.assert(
      fc.property(values, (value) => {
        for (const [name, schema] of Object.entries(unknownToTheGenerator)) {
          if (checks[name]!(value, 10)) expect(schema.safeParse(value).success, name).toBe(true);
        }
      }),
    );
    // What it cannot judge, it leaves to zod: it says no even to values zod accepts.
    expect(checks["refined"]!({ s: "xa" }, 10)).toBe(false);
    expect(checks["transformed"]!({ s: "a" }, 10)).toBe(false);
    expect(checks["readonly"]!({ s: "a" }, 10)).toBe(false);
    expect(checks["loose"]!({ s: "a" }, 10)).toBe(false);
  });

  it("refuses values nested deeper than the budget", async () => {
    const checks = await compile({ open: known.open });
    const nest = (depth: number): unknown => (depth === 0 ? 1 : { a: nest(depth - 1) });
    // The root is depth 0; with maxDepth 3 a value at depth 3 is fine, one at depth 4 is not.
    expect(checks["open"]!(nest(3), 3)).toBe(true);
    expect(checks["open"]!(nest(4), 3)).toBe(false);
  });
});
