/**
 * Generates packages/core/src/generated/structure-table.ts: the zod model of every document kind
 * as plain data (one node per schema, nodes referring to each other by index), which
 * validate/_structure-report.ts interprets to report structure issues exactly as zod would,
 * without zod at run time. Everything the interpreter needs from zod is read here: checks in
 * zod's order, field optionality, discriminator maps, and the format each pattern stands for.
 *
 * A construct the interpreter does not follow (a refinement, a transform, a default, a pipe, a
 * stripping `z.object`, a record with enumerated keys, ...) stops the generator with its path:
 * the table is either exact or not written.
 */
import { renderSeverities } from "./severities.js";
import type { GeneratedFile, Generator } from "./types.js";
import { defOf, traits, type Def, type Schema } from "./zod-def.js";
import { LangMapSchema } from "../../packages/core/src/model/common.js";
import { describeFormat } from "../../packages/core/src/model/formats.js";
import { DOCUMENT_KINDS, DOCUMENT_SCHEMAS } from "../../packages/core/src/model/kinds.js";
import type { StructureCheck, StructureField, StructureNode } from "../../packages/core/src/validate/_structure-report.js";



/** String formats whose zod check is exactly a test of their pattern. */
const PATTERN_FORMATS = new Set(["regex", "date", "datetime", "time", "duration", "email", "uuid", "guid"]);

type Literal = string | number | boolean | null | undefined;
const isLiteral = (v: unknown): v is Literal => v === undefined || v === null || typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v));

class TableBuilder {
  readonly nodes: (StructureNode | undefined)[] = [];
  private readonly index = new Map<Schema, number>();

  /** The node index of `schema`, built on first use (recursive schemas refer to their own index). */
  node(schema: Schema, where: string): number {
    const d = defOf(schema);
    if (d.type === "lazy") return this.node(d.getter!(), where);
    const known = this.index.get(schema);
    if (known !== undefined) return known;
    const i = this.nodes.length;
    this.nodes.push(undefined);
    this.index.set(schema, i);
    this.nodes[i] = this.build(schema, where);
    return i;
  }

  private refuse(where: string, what: string): never {
    throw new Error(`structure table: ${where}: ${what} is not supported by validate/_structure-report.ts (extend both, or express the model without it)`);
  }

  private checks(schema: Schema, where: string, origin: "string" | "number" | "array"): StructureCheck[] | undefined {
    const d = defOf(schema);
    const all = [...(traits(schema).has("$ZodCheck") ? [d] : []), ...(d.checks ?? []).map(defOf)];
    const out = all.map((c): StructureCheck => {
      const isLength = c.check === "min_length" || c.check === "max_length";
      // An aborting length check (`.max(n, { abort: true })`) stops the checks after it; others are refused.
      if ((c.abort && !isLength) || (c.when !== undefined && !isLength)) this.refuse(where, "an aborting or conditional check");
      const abort = c.abort ? ({ abort: true } as const) : {};
      switch (c.check) {
        case "min_length":
          return { k: "min_length", n: c.minimum!, ...abort };
        case "max_length":
          return { k: "max_length", n: c.maximum!, ...abort };
        case "string_format":
          if (origin !== "string" || !c.pattern || !PATTERN_FORMATS.has(c.format ?? "")) return this.refuse(where, `the string format ${c.format}`);
          return { k: "format", re: c.pattern, info: describeFormat(c.format!, c.pattern.toString()) };
        case "number_format":
          if (c.format !== "safeint") return this.refuse(where, `the number format ${c.format}`);
          return { k: "safeint" };
        case "greater_than":
        case "less_than":
          if (typeof c.value !== "number") return this.refuse(where, "a non-numeric bound");
          return { k: c.check === "greater_than" ? (c.inclusive ? "gte" : "gt") : c.inclusive ? "lte" : "lt", n: c.value };
        default:
          return this.refuse(where, `the check ${c.check ?? "(refinement)"}`);
      }
    });
    if (origin === "array" && out.some((c) => c.k !== "min_length" && c.k !== "max_length")) this.refuse(where, "an array check other than a length");
    return out.length > 0 ? out : undefined;
  }

  private field(key: string, schema: Schema, where: string): StructureField {
    const { optin, optout } = schema._zod as { optin?: string; optout?: string };
    if ((optin !== undefined && optin !== "optional") || (optout !== undefined && optout !== "optional")) this.refuse(where, "a default or prefault");
    return { key, node: this.node(schema, where), ...(optin ? { optin: "optional" as const } : {}), ...(optout ? { optout: "optional" as const } : {}) };
  }

  private build(schema: Schema, where: string): StructureNode {
    const d = defOf(schema);
    if (d.coerce) this.refuse(where, "coercion");
    const noChecks = () => {
      if ((d.checks ?? []).length > 0) this.refuse(where, `a check on ${d.type}`);
    };
    switch (d.type) {
      case "string": {
        const c = this.checks(schema, where, "string");
        return c ? { t: "string", c } : { t: "string" };
      }
      case "number": {
        const c = this.checks(schema, where, "number");
        return c ? { t: "number", c } : { t: "number" };
      }
      case "boolean":
      case "null":
      case "unknown":
        noChecks();
        return { t: d.type };
      case "any":
        noChecks();
        return { t: "unknown" };
      case "literal":
      case "enum": {
        noChecks();
        const values = d.type === "literal" ? [...(d.values ?? [])] : [...((schema._zod as { values?: Set<unknown> }).values ?? [])];
        if (!values.every((v) => isLiteral(v) && v !== undefined)) this.refuse(where, "a literal that is not JSON");
        return { t: d.type, values: values as (string | number | boolean | null)[] };
      }
      case "optional":
      case "nullable":
        noChecks();
        if (traits(schema).has("$ZodExactOptional")) this.refuse(where, "an exact optional");
        return { t: d.type, of: this.node(d.innerType!, where) };
      case "object": {
        noChecks();
        const catchall = d.catchall ? defOf(d.catchall).type : undefined;
        if (catchall === undefined) this.refuse(where, "z.object (it strips unknown keys; use z.strictObject or z.looseObject)");
        if (catchall !== "never" && catchall !== "unknown" && catchall !== "any") this.refuse(where, `a catchall of ${catchall}`);
        const fields = Object.entries(d.shape ?? {}).map(([key, s]) => this.field(key, s, `${where}/${key}`));
        return { t: "object", fields, rest: catchall === "never" ? "strict" : "loose" };
      }
      case "array": {
        const c = this.checks(schema, where, "array");
        const of = this.node(d.element!, `${where}/*`);
        return c ? { t: "array", of, c } : { t: "array", of };
      }
      case "record": {
        noChecks();
        if (d.mode === "loose" || (d.keyType!._zod as { values?: unknown }).values !== undefined) this.refuse(where, "a record with enumerated or loose keys");
        return { t: "record", key: this.node(d.keyType!, `${where}/(key)`), of: this.node(d.valueType!, `${where}/*`) };
      }
      case "union": {
        noChecks();
        const options = d.options ?? [];
        if (d.inclusive === false && d.discriminator === undefined) this.refuse(where, "an exclusive union");
        if (d.discriminator === undefined) return { t: "union", of: options.map((o, i) => this.node(o, `${where}|${i}`)) };
        if (d.unionFallback) this.refuse(where, "a discriminated union with unionFallback");
        const tag = d.discriminator;
        const map: [Literal, number | null][] = [];
        options.forEach((option, i) => {
          const values = (option._zod as { propValues?: Record<string, Set<unknown>> }).propValues?.[tag] ?? new Set();
          for (const v of values) {
            if (!isLiteral(v)) this.refuse(where, "a discriminator value that is not JSON");
            const at = map.findIndex(([t]) => t === v);
            if (at >= 0) map[at]![1] = null;
            else map.push([v, i]);
          }
        });
        return { t: "tagged", tag, of: options.map((o, i) => this.node(o, `${where}|${i}`)), map };
      }
      default:
        return this.refuse(where, `zod type ${d.type}`);
    }
  }
}

/** The node with its references to other nodes renamed by `to`. */
function renumber(node: StructureNode, to: (i: number) => number): StructureNode {
  switch (node.t) {
    case "optional":
    case "nullable":
    case "array":
      return { ...node, of: to(node.of) };
    case "record":
      return { ...node, key: to(node.key), of: to(node.of) };
    case "union":
    case "tagged":
      return { ...node, of: node.of.map(to) };
    case "object":
      return { ...node, fields: node.fields.map((f) => ({ ...f, node: to(f.node) })) };
    default:
      return node;
  }
}

/**
 * One node for each distinct schema shape: zod builds a new schema object for every `.optional()`
 * and every field spelled out again, so equal sub-structures recur. Nodes whose content is equal
 * once their children are merged are merged, until nothing changes (the coarsest merge reached
 * from the leaves; recursive nodes stay apart unless their content is equal). The interpreter
 * reads nodes by content only, so merging changes no answer. `index` maps an old index to its new one.
 */
export function shareEqualNodes(nodes: readonly StructureNode[]): { nodes: StructureNode[]; index: number[] } {
  let rep = nodes.map((_, i) => i);
  for (;;) {
    const firstOf = new Map<string, number>();
    const next = nodes.map((n, i) => {
      const key = source(renumber(n, (c) => rep[c]!));
      const first = firstOf.get(key);
      if (first !== undefined) return first;
      firstOf.set(key, i);
      return i;
    });
    if (next.every((r, i) => r === rep[i])) break;
    rep = next;
  }
  const kept = [...new Set(rep)].sort((a, b) => a - b);
  const position = new Map(kept.map((old, i) => [old, i]));
  const index = rep.map((r) => position.get(r)!);
  return { nodes: kept.map((old) => renumber(nodes[old]!, (c) => index[c]!)), index };
}

/** TypeScript source of a value: JSON, plus regular expressions and undefined. */
function source(v: unknown): string {
  if (v instanceof RegExp) return `/${v.source}/${v.flags}`;
  if (v === undefined) return "undefined";
  if (Array.isArray(v)) return `[${v.map(source).join(", ")}]`;
  if (typeof v === "object" && v !== null) {
    return `{ ${Object.entries(v)
      .map(([k, x]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${source(x)}`)
      .join(", ")} }`;
  }
  return JSON.stringify(v);
}

/** The generated module's source, for the document kinds (or, in tests, for other root schemas). */
export function renderStructureTable(rootSchemas: Readonly<Record<string, Schema>> = Object.fromEntries(DOCUMENT_KINDS.map((k) => [k, DOCUMENT_SCHEMAS[k] as unknown as Schema]))): string {
  const builder = new TableBuilder();
  const roots = Object.entries(rootSchemas).map(([kind, schema]) => [kind, builder.node(schema, kind)] as const);
  const langMap = builder.node(LangMapSchema as unknown as Schema, "LangMap");
  const { nodes, index } = shareEqualNodes(builder.nodes as StructureNode[]);
  return [
    "// Generated by scripts/gen/structure-table.ts from the zod model (packages/core/src/model); do not edit.",
    "/**",
    " * The model of every document kind as plain data, read by validate/_structure-report.ts to report",
    " * structure issues as zod would, without zod at run time. One node per schema, by index.",
    " */",
    'import type { StructureNode } from "../validate/_structure-report.js";',
    "",
    "/** Every schema of the model, as a node. */",
    "export const STRUCTURE_NODES: readonly StructureNode[] = [",
    ...nodes.map((n, i) => `  /* ${i} */ ${source(n)},`),
    "];",
    "",
    "/** The root node of each document kind. */",
    `export const STRUCTURE_ROOTS = { ${roots.map(([k, i]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${index[i]}`).join(", ")} } as const;`,
    "",
    "/** The node of a language map (human text in several languages). */",
    `export const LANG_MAP_NODE = ${index[langMap]};`,
    "",
  ].join("\n");
}

/**
 * What the core runs, generated from the model and the message catalogue: the files of
 * src/generated/ (the structure table, and the severity of each message code).
 */
export const structureTableGenerator: Generator = {
  name: "core-generated",
  owns: ["packages/core/src/generated"],
  async generate(): Promise<readonly GeneratedFile[]> {
    return [
      { path: "packages/core/src/generated/severities.ts", content: renderSeverities() },
      { path: "packages/core/src/generated/structure-table.ts", content: renderStructureTable() },
    ];
  },
};
