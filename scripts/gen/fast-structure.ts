/**
 * Generates packages/core/src/generated/fast-structure.ts: for each document kind, a structural
 * check compiled from the zod model into plain TypeScript (straight-line property checks, one
 * function per object, array, record or union; no eval, nothing taken from any document).
 *
 * The check is a fast path for the structure stage: it answers true only when zod would accept
 * the value AND the value nests no deeper than the limit it is given; whenever it answers false,
 * validation runs zod to find and explain the issues, so verdicts and issues never depend on
 * it. So every construct is translated to a condition that implies zod's acceptance, mirroring
 * zod's own reads (`for...in` for strict objects, own keys for records, code points for string
 * lengths), and anything the generator does not know — a refinement, a transform, an unknown
 * check — becomes `false`: correct, only slower.
 */
import { defOf, traits, type Def, type Schema } from "./zod-def.js";
import * as model from "../../packages/core/src/model/index.js";
import { DOCUMENT_KINDS, DOCUMENT_SCHEMAS } from "../../packages/core/src/model/kinds.js";
import { renderLangMapWalk } from "./lang-map-walk.js";
import { renderStructureTable } from "./structure-table.js";
import type { GeneratedFile, Generator } from "./types.js";


/** `!e`, parenthesised unless `e` is a call or already in parentheses. */
function not(e: string): string {
  if (/^[A-Za-z_][\w.]*\([^()]*\)$/.test(e)) return `!${e}`;
  if (e.startsWith("(") && e.endsWith(")")) {
    let depth = 0;
    for (let i = 0; i < e.length; i++) {
      if (e[i] === "(") depth++;
      else if (e[i] === ")") depth--;
      if (depth === 0 && i < e.length - 1) return `!(${e})`;
    }
    return `!${e}`;
  }
  return `!(${e})`;
}

const literal = (v: unknown): string | undefined =>
  typeof v === "string" || typeof v === "boolean" || v === null || (typeof v === "number" && Number.isFinite(v)) ? JSON.stringify(v) : undefined;

/** Formats whose zod check is exactly a test of their pattern. */
const PATTERN_FORMATS = new Set(["regex", "date", "datetime", "time", "duration"]);
/** Number formats zod checks as safe integers. */
const SAFE_INTEGER_FORMATS = new Set(["safeint"]);

/** Readable function names: the model's exported schema names. */
function schemaNames(): Map<Schema, string> {
  const names = new Map<Schema, string>();
  for (const [name, value] of Object.entries(model)) {
    if (name.endsWith("Schema") && typeof value === "object" && value !== null && "_zod" in value && !names.has(value as Schema)) {
      names.set(value as Schema, name.slice(0, -"Schema".length));
    }
  }
  return names;
}

class Emitter {
  private readonly names = schemaNames();
  private readonly functions = new Map<Schema, string>();
  private readonly used = new Set<string>();
  private readonly bodies: string[] = [];
  private readonly regexes = new Map<string, string>();
  helpers = { codePoints: false, plainRecord: false, within: false, keyCache: false };

  /** The name of the function that checks `schema` (generated on first use). */
  fn(schema: Schema, hint: string): string {
    const known = this.functions.get(schema);
    if (known) return known;
    const base = `is${this.names.get(schema) ?? hint}`;
    let name = base;
    for (let i = 2; this.used.has(name); i++) name = `${base}${i}`;
    this.used.add(name);
    // Registered before the body is built: recursive schemas (conditions) call themselves.
    this.functions.set(schema, name);
    const index = this.bodies.length;
    this.bodies.push("");
    this.bodies[index] = this.body(schema, name);
    return name;
  }

  /** All functions, in the order they were first needed (the roots first). */
  functionsSource(): string {
    return this.bodies.join("\n");
  }

  regexSource(): string {
    return [...this.regexes].map(([lit, name]) => `const ${name} = ${lit};`).join("\n");
  }

  private regex(pattern: RegExp, x: string): string {
    const lit = `/${pattern.source}/${pattern.flags}`;
    let name = this.regexes.get(lit);
    if (!name) {
      name = `R${this.regexes.size + 1}`;
      this.regexes.set(lit, name);
    }
    // zod resets lastIndex before each test; only global or sticky patterns read it.
    return pattern.global || pattern.sticky ? `((${name}.lastIndex = 0), ${name}.test(${x}))` : `${name}.test(${x})`;
  }

  /** A boolean expression over the variable `x` (any name) with depth budget `b`. */
  expr(schema: Schema, x: string, b: string, hint: string): string {
    const d = defOf(schema);
    switch (d.type) {
      case "optional":
        return `(${x} === undefined || ${this.expr(d.innerType!, x, b, hint)})`;
      case "nullable":
        return `(${x} === null || ${this.expr(d.innerType!, x, b, hint)})`;
      case "lazy":
        return this.expr(d.getter!(), x, b, hint);
      case "string":
        return this.all([`typeof ${x} === "string"`, ...this.checks(schema, x, "string")]);
      case "number":
        return this.all([`typeof ${x} === "number"`, `Number.isFinite(${x})`, ...this.checks(schema, x, "number")]);
      case "boolean":
        return this.all([`typeof ${x} === "boolean"`, ...this.checks(schema, x, "boolean")]);
      case "literal":
      case "enum": {
        const values = [...((schema._zod as { values?: Set<unknown> }).values ?? [])].map(literal);
        if (values.length === 0 || values.some((v) => v === undefined) || (d.checks ?? []).length > 0) return "false";
        return values.length === 1 ? `${x} === ${values[0]}` : `(${values.map((v) => `${x} === ${v}`).join(" || ")})`;
      }
      case "unknown":
      case "any":
        this.helpers.within = true;
        return `within(${x}, ${b})`;
      case "object":
      case "array":
      case "record":
        return `${this.fn(schema, hint)}(${x}, ${b})`;
      case "union":
        return `${this.fn(schema, hint)}(${x}, ${b})`;
      default:
        return "false";
    }
  }

  /**
   * The check of a record key `k` (known to be a string). Keys repeat across a document (the same
   * language tags in every text), so keys that passed are remembered, up to a bound.
   */
  private cachedKeyCheck(keyType: Schema, hint: string): string {
    const check = this.expr(keyType, "k", "0", hint).replace(/^\(typeof k === "string" && (.*)\)$/, "($1)");
    if (check === "false" || !/^[!(\w]/.test(check)) return check;
    this.helpers.keyCache = true;
    const cache = `K${++this.keyCaches}`;
    this.cacheNames.push(cache);
    return `(${cache}.has(k) || (${check} && remember(${cache}, k)))`;
  }

  cacheSource(): string {
    return this.cacheNames.map((c) => `const ${c} = new Set<string>();`).join("\n");
  }

  private keyCaches = 0;
  private readonly cacheNames: string[] = [];

  private all(parts: readonly string[]): string {
    if (parts.includes("false")) return "false";
    return parts.length === 1 ? parts[0]! : `(${parts.join(" && ")})`;
  }

  /** Conditions for the schema's own format (ISO dates, integers) and its checks. */
  private checks(schema: Schema, x: string, origin: "string" | "number" | "boolean" | "array"): string[] {
    const d = defOf(schema);
    const out: string[] = [];
    // A format schema (z.iso.date(), z.int()) is its own first check.
    if (traits(schema).has("$ZodCheck")) out.push(this.check(d, x, origin));
    for (const c of d.checks ?? []) out.push(this.check(defOf(c), x, origin));
    return out;
  }

  private check(c: Def, x: string, origin: string): string {
    switch (c.check) {
      case "min_length": {
        const min = c.minimum!;
        if (origin === "array") return `${x}.length >= ${min}`;
        if (origin !== "string") return "false";
        // zod counts code points: a code point is 1 or 2 units, so only lengths in between count.
        if (min <= 1) return `${x}.length >= ${min}`;
        this.helpers.codePoints = true;
        return `(${x}.length >= ${2 * min} || (${x}.length >= ${min} && codePoints(${x}) >= ${min}))`;
      }
      case "max_length": {
        const max = c.maximum!;
        if (origin === "array") return `${x}.length <= ${max}`;
        if (origin !== "string") return "false";
        this.helpers.codePoints = true;
        return `(${x}.length <= ${max} || codePoints(${x}) <= ${max})`;
      }
      case "string_format":
        if (origin !== "string" || !c.pattern || !PATTERN_FORMATS.has(c.format ?? "")) return "false";
        return this.regex(c.pattern, x);
      case "number_format":
        if (origin !== "number" || !SAFE_INTEGER_FORMATS.has(c.format ?? "")) return "false";
        return `Number.isSafeInteger(${x})`;
      case "greater_than":
      case "less_than": {
        if (origin !== "number" || typeof c.value !== "number" || !Number.isFinite(c.value)) return "false";
        const op = c.check === "greater_than" ? (c.inclusive ? ">=" : ">") : c.inclusive ? "<=" : "<";
        return `${x} ${op} ${JSON.stringify(c.value)}`;
      }
      default:
        // A refinement or any check the generator does not know: leave the verdict to zod.
        return "false";
    }
  }

  private body(schema: Schema, name: string): string {
    const d = defOf(schema);
    const lines: string[] = [];
    const head = (what: string) => [`/** Structure check of ${what}. */`, `function ${name}(v: unknown, b: number): boolean {`];
    if (d.type === "object") {
      lines.push(...head(this.names.has(schema) ? this.names.get(schema)! : "an object"));
      lines.push(`  if (typeof v !== "object" || v === null || Array.isArray(v) || b <= 0) return false;`);
      const shape = d.shape ?? {};
      const keys = Object.keys(shape);
      const catchall = d.catchall ? defOf(d.catchall).type : undefined;
      if (keys.includes("__proto__") || (catchall !== undefined && catchall !== "never") || (d.checks ?? []).length > 0) {
        return [...lines, "  return false;", "}", ""].join("\n");
      }
      lines.push(`  const o = v as Record<string, unknown>;`);
      if (catchall === "never") {
        // Strict: zod reports every key `for...in` yields that the shape does not declare.
        lines.push(`  for (const k in o) {`, `    switch (k) {`);
        for (const key of keys) lines.push(`      case ${JSON.stringify(key)}:`);
        lines.push(`        break;`, `      default:`, `        return false;`, `    }`, `  }`);
      }
      if (keys.length > 0) lines.push(`  let x: unknown;`);
      for (const key of keys) {
        // Getters (recursive schemas) build a new schema per read: read each once.
        const field = shape[key]!;
        lines.push(`  x = o[${JSON.stringify(key)}];`, `  if (${not(this.expr(field, "x", "b - 1", `${name.slice(2)}_${key}`))}) return false;`);
      }
      lines.push(`  return true;`, `}`, ``);
      return lines.join("\n");
    }
    if (d.type === "array") {
      lines.push(...head("an array"));
      lines.push(`  if (!Array.isArray(v) || b <= 0) return false;`);
      const checks = this.checks(schema, "v", "array");
      if (checks.length > 0) lines.push(`  if (${not(this.all(checks))}) return false;`);
      const item = this.expr(d.element!, "x", "b - 1", `${name.slice(2)}_item`);
      lines.push(`  for (let i = 0; i < v.length; i++) {`, `    const x: unknown = v[i];`, `    if (${not(item)}) return false;`, `  }`, `  return true;`, `}`, ``);
      return lines.join("\n");
    }
    if (d.type === "record") {
      lines.push(...head(this.names.has(schema) ? this.names.get(schema)! : "a record"));
      const keyDef = defOf(d.keyType!);
      // Only string keys checked one by one are compiled (enumerated key sets follow other rules).
      if (keyDef.type !== "string" || (d.keyType!._zod as { values?: unknown }).values !== undefined || d.mode === "loose" || (d.checks ?? []).length > 0) {
        return [...lines, "  return false;", "}", ""].join("\n");
      }
      this.helpers.plainRecord = true;
      const keyCheck = this.cachedKeyCheck(d.keyType!, `${name.slice(2)}_key`);
      const valueCheck = this.expr(d.valueType!, "x", "b - 1", `${name.slice(2)}_value`);
      lines.push(
        `  if (!isPlainRecord(v) || b <= 0) return false;`,
        `  for (const k in v) {`,
        `    // zod skips an own "__proto__" key: leave that rare case to zod.`,
        `    if (k === "__proto__" || ${not(keyCheck)}) return false;`,
        `    const x: unknown = v[k];`,
        `    if (${not(valueCheck)}) return false;`,
        `  }`,
        `  return true;`,
        `}`,
        ``,
      );
      return lines.join("\n");
    }
    if (d.type === "union") {
      const options = d.options ?? [];
      lines.push(...head(this.names.has(schema) ? this.names.get(schema)! : "a union"));
      if ((d.checks ?? []).length > 0) return [...lines, "  return false;", "}", ""].join("\n");
      if (d.discriminator !== undefined && !d.unionFallback) {
        // zod picks the option by the tag alone, and refuses a tag no option declares.
        const byTag = new Map<string, Schema | null>();
        for (const option of options) {
          const values = (option._zod as { propValues?: Record<string, Set<unknown>> }).propValues?.[d.discriminator] ?? new Set();
          for (const tag of values) {
            const lit = literal(tag);
            if (lit === undefined) continue;
            byTag.set(lit, byTag.has(lit) ? null : option);
          }
        }
        lines.push(`  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;`);
        lines.push(`  switch ((v as Record<string, unknown>)[${JSON.stringify(d.discriminator)}]) {`);
        let i = 0;
        for (const [tag, option] of byTag) {
          i++;
          if (option === null) continue;
          lines.push(`    case ${tag}:`, `      return ${this.expr(option, "v", "b", `${name.slice(2)}_${i}`)};`);
        }
        lines.push(`    default:`, `      return false;`, `  }`, `}`, ``);
        return lines.join("\n");
      }
      if (d.discriminator !== undefined) return [...lines, "  return false;", "}", ""].join("\n");
      // zod accepts the value when any option does.
      const parts = options.map((o, i) => this.expr(o, "v", "b", `${name.slice(2)}_${i + 1}`));
      lines.push(`  return ${parts.length > 0 ? parts.join(" || ") : "false"};`, `}`, ``);
      return lines.join("\n");
    }
    return [...head("an unsupported schema"), "  return false;", "}", ""].join("\n");
  }
}

const HELPERS = {
  codePoints: `/** Length in code points, as zod measures strings (a surrogate pair counts 1). */
function codePoints(s: string): number {
  let count = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    if ((s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}
`,
  plainRecord: `/**
 * A plain object whose keys \`for...in\` lists in full: zod checks records with isPlainObject and
 * reads their own keys, symbols included (a symbol key fails). Stricter than zod: the prototype
 * is Object.prototype or null, an own "constructor" is not a function, and no key is a symbol.
 */
function isPlainRecord(v: unknown): v is Record<string, unknown> {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return false;
  if (Object.prototype.hasOwnProperty.call(v, "constructor") && typeof (v as { constructor: unknown }).constructor === "function") return false;
  return Object.getOwnPropertySymbols(v).length === 0;
}
`,
  keyCache: `/** Remembers a key that passed its check, up to a bound (keys come from untrusted documents). */
function remember(cache: Set<string>, key: string): true {
  if (cache.size < 256) cache.add(key);
  return true;
}
`,
  within: `/** True when no container in \`v\` sits at or below the depth budget (any value, without recursion). */
function within(v: unknown, b: number): boolean {
  if (typeof v !== "object" || v === null) return true;
  const values: object[] = [v];
  const budgets: number[] = [b];
  while (values.length > 0) {
    const x = values.pop()!;
    const budget = budgets.pop()!;
    if (budget <= 0) return false;
    const children: unknown[] = Array.isArray(x) ? x : Object.keys(x).map((k) => (x as Record<string, unknown>)[k]);
    for (const child of children) {
      if (typeof child === "object" && child !== null) {
        values.push(child);
        budgets.push(budget - 1);
      }
    }
  }
  return true;
}
`,
};

const MODEL_ROOTS: Readonly<Record<string, Schema>> = Object.fromEntries(DOCUMENT_KINDS.map((kind) => [kind, DOCUMENT_SCHEMAS[kind] as unknown as Schema]));

/** The generated module's source, for the document kinds (or, in tests, for other root schemas). */
export function renderFastStructure(rootSchemas: Readonly<Record<string, Schema>> = MODEL_ROOTS): string {
  const emitter = new Emitter();
  const roots = Object.entries(rootSchemas).map(([kind, schema]) => [kind, emitter.fn(schema, kind)] as const);
  const helpers = (Object.keys(HELPERS) as (keyof typeof HELPERS)[]).filter((h) => emitter.helpers[h]).map((h) => HELPERS[h]);
  return [
    "// Generated by scripts/gen/fast-structure.ts from the zod model (packages/core/src/model); do not edit.",
    "/**",
    " * Fast structural checks, one per document kind: true only when the model's zod schema accepts",
    " * the value and it nests no deeper than `maxDepth` (a value at depth maxDepth + 1 fails). False",
    " * means \"ask zod\": validation then runs the zod schema, which finds and explains the issues.",
    " */",
    'import type { DocumentKind } from "../model/kinds.js";',
    "",
    emitter.regexSource(),
    emitter.cacheSource(),
    "",
    ...helpers,
    emitter.functionsSource(),
    "/** The fast structural check of each document kind (see the module comment). */",
    "export const FAST_STRUCTURE: Readonly<Record<DocumentKind, (value: unknown, maxDepth: number) => boolean>> = {",
    ...roots.map(([kind, fn]) => `  ${/^[A-Za-z_$][\w$]*$/.test(kind) ? kind : JSON.stringify(kind)}: (value, maxDepth) => ${fn}(value, maxDepth),`),
    "};",
    "",
  ].join("\n");
}

/** What validation runs, generated from the model: the files of src/generated/. */
export const fastStructureGenerator: Generator = {
  name: "fast-paths",
  owns: ["packages/core/src/generated"],
  async generate(): Promise<readonly GeneratedFile[]> {
    return [
      { path: "packages/core/src/generated/fast-structure.ts", content: renderFastStructure() },
      { path: "packages/core/src/generated/lang-map-walk.ts", content: renderLangMapWalk() },
      { path: "packages/core/src/generated/structure-table.ts", content: renderStructureTable() },
    ];
  },
};
