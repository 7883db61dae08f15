/**
 * Generates packages/core/src/generated/lang-map-walk.ts: for each document kind, a walk that
 * visits every language map (LangMapSchema) of a structurally valid document with its path,
 * compiled from the zod model into plain TypeScript. It visits what findAll (validate/
 * _schema-walk.ts) visits, in the same order, but reads members by name, which the engine does
 * far faster than the generic walk's computed keys; the text-language rule uses it.
 *
 * A union without a discriminator that reaches a language map would need findAll's run-time
 * choice of option; the walk of such a kind is not generated (null), and the rule uses findAll.
 */
import type { z } from "zod";
import { LangMapSchema } from "../../packages/core/src/model/common.js";
import * as model from "../../packages/core/src/model/index.js";
import { DOCUMENT_KINDS, DOCUMENT_SCHEMAS } from "../../packages/core/src/model/kinds.js";

type Schema = z.core.$ZodType;

interface Def {
  readonly type: string;
  readonly innerType?: Schema;
  readonly element?: Schema;
  readonly shape?: Record<string, Schema>;
  readonly valueType?: Schema;
  readonly options?: readonly Schema[];
  readonly discriminator?: string;
  readonly getter?: () => Schema;
  readonly in?: Schema;
}

const defOf = (s: Schema): Def => s._zod.def as unknown as Def;

/** The same unwrapping as findAll's (validate/_schema-walk.ts `unwrap`). */
function unwrap(schema: Schema): Schema {
  let s = schema;
  for (let i = 0; i < 20; i++) {
    const d = defOf(s);
    if (["optional", "nullable", "default", "readonly", "nonoptional"].includes(d.type) && d.innerType) s = d.innerType;
    else if (d.type === "pipe" && d.in) s = d.in;
    else if (d.type === "lazy" && d.getter) s = d.getter();
    else break;
  }
  return s;
}

/** True when a value described by `schema` can contain a language map (as findAll's `reaches`). */
function reaches(schema: Schema, seen = new Set<Schema>()): boolean {
  const s = unwrap(schema);
  if (s === (LangMapSchema as unknown as Schema)) return true;
  if (seen.has(s)) return false;
  seen.add(s);
  const d = defOf(s);
  if (d.type === "object") return Object.values(d.shape ?? {}).some((f) => reaches(f, seen));
  if (d.type === "array") return d.element !== undefined && reaches(d.element, seen);
  if (d.type === "record") return d.valueType !== undefined && reaches(d.valueType, seen);
  if (d.type === "union") return (d.options ?? []).some((o) => reaches(o, seen));
  return false;
}

class WalkEmitter {
  private readonly names = new Map<Schema, string>();
  private readonly functions = new Map<Schema, string>();
  private readonly used = new Set<string>();
  private readonly bodies: string[] = [];
  /** Set when a reachable union has no discriminator: the walk cannot be generated. */
  unsupported = false;

  constructor() {
    for (const [name, value] of Object.entries(model)) {
      if (name.endsWith("Schema") && typeof value === "object" && value !== null && "_zod" in value && !this.names.has(value as Schema)) {
        this.names.set(value as Schema, name.slice(0, -"Schema".length));
      }
    }
  }

  /** The statement that walks the value in `x` (unwrapped schema `s`) at the current path. */
  private visit(schema: Schema, x: string, hint: string): string {
    const s = unwrap(schema);
    if (s === (LangMapSchema as unknown as Schema)) return `visit(${x}, path);`;
    return `${this.fn(s, hint)}(${x}, path, visit);`;
  }

  fn(s: Schema, hint: string): string {
    const known = this.functions.get(s);
    if (known) return known;
    const base = `walk${this.names.get(s) ?? hint}`;
    let name = base;
    for (let i = 2; this.used.has(name); i++) name = `${base}${i}`;
    this.used.add(name);
    this.functions.set(s, name);
    const index = this.bodies.length;
    this.bodies.push("");
    this.bodies[index] = this.body(s, name);
    return name;
  }

  source(): string {
    return this.bodies.join("\n");
  }

  private body(s: Schema, name: string): string {
    const d = defOf(s);
    const hint = name.slice("walk".length);
    const lines = [`function ${name}(v: unknown, path: (string | number)[], visit: VisitText): void {`];
    if (d.type === "object") {
      lines.push(`  if (!isRecord(v)) return;`);
      const fields = Object.entries(d.shape ?? {}).filter(([, f]) => reaches(f));
      if (fields.length > 0) lines.push(`  let x: unknown;`);
      for (const [key, field] of fields) {
        const k = JSON.stringify(key);
        // Absent first (most optional members are), then own: findAll never reads the prototype.
        lines.push(`  x = v[${k}];`, `  if (x !== undefined && hasOwn(v, ${k})) {`, `    path.push(${k});`, `    ${this.visit(field, "x", `${hint}_${key}`)}`, `    path.pop();`, `  }`);
      }
    } else if (d.type === "array") {
      lines.push(
        `  if (!Array.isArray(v)) return;`,
        `  for (let i = 0; i < v.length; i++) {`,
        `    if (!(i in v)) continue;`,
        `    path.push(i);`,
        `    ${this.visit(d.element!, "v[i]", `${hint}_item`)}`,
        `    path.pop();`,
        `  }`,
      );
    } else if (d.type === "record") {
      lines.push(
        `  if (!isRecord(v)) return;`,
        `  for (const k of Object.keys(v)) {`,
        `    path.push(k);`,
        `    ${this.visit(d.valueType!, "v[k]", `${hint}_value`)}`,
        `    path.pop();`,
        `  }`,
      );
    } else if (d.type === "union" && d.discriminator !== undefined) {
      // As findAll: the first option whose discriminator accepts the tag, among those that can
      // hold a language map.
      const disc = d.discriminator;
      const byTag = new Map<string, Schema>();
      for (const option of d.options ?? []) {
        const field = defOf(unwrap(option)).shape?.[disc];
        const values = field ? ((unwrap(field)._zod.def as { values?: readonly unknown[] }).values ?? []) : [];
        for (const tag of values) {
          const lit = JSON.stringify(tag);
          if (lit !== undefined && !byTag.has(lit)) byTag.set(lit, option);
        }
      }
      lines.push(`  const tag = isRecord(v) && hasOwn(v, ${JSON.stringify(disc)}) ? v[${JSON.stringify(disc)}] : undefined;`, `  switch (tag) {`);
      let i = 0;
      for (const [tag, option] of byTag) {
        i++;
        if (!reaches(option)) continue;
        lines.push(`    case ${tag}:`, `      ${this.visit(option, "v", `${hint}_${i}`)}`, `      return;`);
      }
      lines.push(`  }`);
    } else {
      // An undiscriminated union (or anything else) that can hold a language map.
      this.unsupported = true;
    }
    lines.push(`}`, ``);
    return lines.join("\n");
  }
}

/** The generated module's source. */
export function renderLangMapWalk(): string {
  const emitter = new WalkEmitter();
  const roots = DOCUMENT_KINDS.map((kind) => [kind, emitter.fn(unwrap(DOCUMENT_SCHEMAS[kind] as unknown as Schema), kind)] as const);
  // Coarse on purpose: the model has no such union today, and findAll stays correct without it.
  const walks = emitter.unsupported ? [] : roots;
  return [
    "// Generated by scripts/gen/lang-map-walk.ts from the zod model (packages/core/src/model); do not edit.",
    "/**",
    " * Walks that visit every language map of a structurally valid document, with its path (valid",
    " * only during the call), in the order validate/_schema-walk.ts `findAll` visits them.",
    " */",
    'import type { DocumentKind } from "../model/kinds.js";',
    "",
    "/** Called for each language map found. */",
    "export type VisitText = (value: unknown, path: readonly (string | number)[]) => void;",
    "",
    'const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);',
    "const hasOwn = (v: object, key: string): boolean => Object.prototype.hasOwnProperty.call(v, key);",
    "",
    emitter.unsupported ? "" : emitter.source(),
    "/** The walk of each document kind; null where the model needs findAll's run-time choice of a union option. */",
    "export const LANG_MAP_WALKS: Readonly<Record<DocumentKind, ((value: unknown, visit: VisitText) => void) | null>> = {",
    ...roots.map(([kind, fn]) => (walks.length > 0 ? `  ${kind}: (value, visit) => ${fn}(value, [], visit),` : `  ${kind}: null,`)),
    "};",
    "",
  ].join("\n");
}
