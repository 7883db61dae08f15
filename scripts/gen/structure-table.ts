/**
 * Generates packages/core/src/generated/structure-table.ts: the zod model of every document kind
 * as plain data (one node per schema, nodes referring to each other by index, packed for the
 * bundle: see `PackedNode` and `unpackTable` in validate/_structure-report.ts), which
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
import * as MODEL_PATTERNS from "../../packages/core/src/model/patterns.js";
import type { PackedCheck, PackedNode, PackedRef, StructureCheck, StructureField, StructureNode } from "../../packages/core/src/validate/_structure-report.js";



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
    // The packed table marks an optional field by its name (`key?`) and writes the node inside.
    let inner = schema;
    while (defOf(inner).type === "lazy") inner = defOf(inner).getter!();
    if ((optin !== undefined) !== (defOf(inner).type === "optional") || (optin === undefined) !== (optout === undefined)) this.refuse(where, "a field optional other than by .optional()");
    return { key, node: this.node(schema, where) };
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

/** A check as the table stores it (see `PackedCheck`). */
function packCheck(c: StructureCheck): PackedCheck {
  switch (c.k) {
    case "format":
      return [c.re, c.info.format, c.info.example];
    case "safeint":
      return "safeint";
    case "min_length":
    case "max_length":
      return `${c.k}${c.n}${c.abort ? "!" : ""}`;
    default:
      return `${c.k}${c.n}`;
  }
}

/**
 * The table as it is written (see `PackedNode` in validate/_structure-report.ts). An optional
 * field is marked `?` and names the node inside its optional; a node that only one other node
 * uses (and that is not one of `roots`) is written inside it; the others are the table, the
 * most used first. `index` maps a node of `nodes` to its index in the table (undefined for the nodes
 * written inside others or left out).
 */
export function packTable(nodes: readonly StructureNode[], roots: readonly number[]): { packed: PackedNode[]; index: (number | undefined)[] } {
  const isOptionalField = (f: StructureField): boolean => {
    if (/[\s?]|^$/.test(f.key)) throw new Error(`structure table: field ${JSON.stringify(f.key)}: a key that is empty or holds a space or "?" is not supported by the packed table`);
    return nodes[f.node]!.t === "optional";
  };
  /** The node a reference names once packed: an optional field's names the node inside. */
  const refsOf = (n: StructureNode): number[] =>
    n.t === "object" ? n.fields.map((f) => (isOptionalField(f) ? (nodes[f.node] as { of: number }).of : f.node)) : [...childrenOf(n)];
  // Uses of each node, from the nodes that are written (an optional only fields use is not).
  const uses = nodes.map(() => 0);
  for (const r of roots) uses[r] = 2;
  const visited = new Set<number>();
  const visit = (i: number): void => {
    if (visited.has(i)) return;
    visited.add(i);
    for (const c of refsOf(nodes[i]!)) {
      uses[c]!++;
      visit(c);
    }
  };
  roots.forEach(visit);
  // The most used nodes first: their indices, written at every use, are the shortest.
  const index: (number | undefined)[] = nodes.map(() => undefined);
  const listed = nodes.map((_, i) => i).filter((i) => uses[i]! > 1);
  listed.sort((a, b) => uses[b]! - uses[a]! || a - b).forEach((i, at) => (index[i] = at));
  const ref = (i: number): PackedRef => index[i] ?? pack(i);
  function pack(i: number): PackedNode {
    const n = nodes[i]!;
    switch (n.t) {
      case "string":
      case "number":
        return [n.t, ...(n.c ?? []).map(packCheck)];
      case "boolean":
      case "unknown":
      case "null":
        return [n.t];
      case "literal":
      case "enum":
        return [n.t, ...n.values];
      case "optional":
      case "nullable":
        return [n.t, ref(n.of)];
      case "array":
        return ["array", ref(n.of), ...(n.c ?? []).map(packCheck)];
      case "record":
        return ["record", ref(n.key), ref(n.of)];
      case "union":
        return ["union", ...n.of.map(ref)];
      case "tagged":
        return ["tagged", n.tag, n.of.map(ref), n.map];
      case "object":
        return [n.rest === "strict" ? "object" : "looseObject", n.fields.map((f) => (isOptionalField(f) ? `${f.key}?` : f.key)).join(" "), ...refsOf(n).map(ref)];
    }
  }
  const packed = listed.map(pack);
  return { packed, index };
}

/** The nodes a node refers to. */
function childrenOf(n: StructureNode): readonly number[] {
  switch (n.t) {
    case "optional":
    case "nullable":
    case "array":
      return [n.of];
    case "record":
      return [n.key, n.of];
    case "union":
    case "tagged":
      return n.of;
    case "object":
      return n.fields.map((f) => f.node);
    default:
      return [];
  }
}

/** The model's shared patterns (model/patterns.ts) by their source, to name rather than repeat them. */
const SHARED_PATTERNS = new Map(Object.entries(MODEL_PATTERNS).flatMap(([name, v]) => (v instanceof RegExp ? [[`/${v.source}/${v.flags}`, name] as const] : [])));

/** TypeScript source of a value: JSON, plus regular expressions (a shared one by its name) and undefined. */
function source(v: unknown): string {
  if (v instanceof RegExp) return SHARED_PATTERNS.get(`/${v.source}/${v.flags}`) ?? `/${v.source}/${v.flags}`;
  if (v === undefined) return "undefined";
  if (Array.isArray(v)) return `[${v.map(source).join(", ")}]`;
  if (typeof v === "object" && v !== null) {
    return `{ ${Object.entries(v)
      .map(([k, x]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${source(x)}`)
      .join(", ")} }`;
  }
  return JSON.stringify(v);
}

/** The table's nodes (equal nodes shared), with the node of each root schema and of a language map. */
export function buildStructureTable(rootSchemas: Readonly<Record<string, Schema>>): { nodes: StructureNode[]; roots: [string, number][]; langMap: number } {
  const builder = new TableBuilder();
  const roots = Object.entries(rootSchemas).map(([kind, schema]) => [kind, builder.node(schema, kind)] as const);
  const langMap = builder.node(LangMapSchema as unknown as Schema, "LangMap");
  const { nodes, index } = shareEqualNodes(builder.nodes as StructureNode[]);
  return { nodes, roots: roots.map(([kind, i]) => [kind, index[i]!]), langMap: index[langMap]! };
}

/** The generated module's source, for the document kinds (or, in tests, for other root schemas). */
export function renderStructureTable(rootSchemas: Readonly<Record<string, Schema>> = Object.fromEntries(DOCUMENT_KINDS.map((k) => [k, DOCUMENT_SCHEMAS[k] as unknown as Schema]))): string {
  const { nodes, roots, langMap } = buildStructureTable(rootSchemas);
  const { packed, index } = packTable(nodes, [...roots.map(([, i]) => i), langMap]);
  const at = (i: number) => index[i]!;
  const body = packed.map((n, i) => `  /* ${i} */ ${source(n)},`);
  const shared = [...SHARED_PATTERNS.values()].filter((name) => body.some((line) => new RegExp(`\\b${name}\\b`).test(line)));
  return [
    "// Generated by scripts/gen/structure-table.ts from the zod model (packages/core/src/model); do not edit.",
    "/**",
    " * The model of every document kind as plain data, read by validate/_structure-report.ts to report",
    " * structure issues as zod would, without zod at run time. One node per schema, by index, packed",
    " * (`PackedNode` in validate/_structure-report.ts says how; `unpackTable` decodes it).",
    " */",
    'import type { PackedNode } from "../validate/_structure-report.js";',
    ...(shared.length > 0 ? [`import { ${shared.join(", ")} } from "../model/patterns.js";`] : []),
    "",
    "/** Every schema of the model, as a packed node. */",
    "export const STRUCTURE_NODES: readonly PackedNode[] = [",
    ...body,
    "];",
    "",
    "/** The root node of each document kind. */",
    `export const STRUCTURE_ROOTS = { ${roots.map(([k, i]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${at(i)}`).join(", ")} } as const;`,
    "",
    "/** The node of a language map (human text in several languages). */",
    `export const LANG_MAP_NODE = ${at(langMap)};`,
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
