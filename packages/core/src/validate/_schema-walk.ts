/**
 * Walks a value together with the zod schema that describes it, so validation can find "every
 * LangMap in the document" or "the object schema at this path" from the model itself instead of
 * a hand-kept list of places that goes stale when the model grows.
 */
import type { z } from "zod";
import type { Path } from "./_issue.js";
import { isRecord, ownValue } from "../parse/json-value.js";

type Schema = z.core.$ZodType;

interface LooseDef {
  readonly type: string;
  readonly innerType?: Schema;
  readonly element?: Schema;
  readonly shape?: Record<string, Schema>;
  readonly keyType?: Schema;
  readonly valueType?: Schema;
  readonly options?: readonly Schema[];
  readonly discriminator?: string;
  readonly values?: readonly unknown[];
  readonly in?: Schema;
  readonly getter?: () => Schema;
}

const defOf = (schema: Schema): LooseDef => schema._zod.def as unknown as LooseDef;

/** Removes optional / nullable / default / readonly wrappers and resolves lazy schemas. */
export function unwrap(schema: Schema): Schema {
  let s = schema;
  for (let i = 0; i < 20; i++) {
    const d = defOf(s);
    if ((d.type === "optional" || d.type === "nullable" || d.type === "default" || d.type === "readonly" || d.type === "nonoptional") && d.innerType) s = d.innerType;
    else if (d.type === "pipe" && d.in) s = d.in;
    else if (d.type === "lazy" && d.getter) s = d.getter();
    else break;
  }
  return s;
}

/** The keys an object schema declares, or undefined when the schema is not an object. */
export function objectKeys(schema: Schema): string[] | undefined {
  const d = defOf(unwrap(schema));
  return d.type === "object" && d.shape ? Object.keys(d.shape) : undefined;
}

/**
 * The keys allowed in an object described by `schema` (a union is narrowed by `value`; when
 * several options fit the value's keys equally well, their keys are merged, so a misspelt key
 * lists every spelling it may have meant).
 */
export function allowedKeys(schema: Schema, value: unknown): string[] {
  const s = unwrap(schema);
  const d = defOf(s);
  if (d.type !== "union") return objectKeys(s) ?? [];
  if (d.discriminator !== undefined) {
    const picked = pickOption(s, value);
    return picked ? (objectKeys(picked) ?? []) : [];
  }
  const options = d.options ?? [];
  // An option whose literal tag (e.g. `kind: "none"`) the value contradicts is not what it meant.
  const fitting = options.filter((o) => !contradictsTag(o, value));
  const scored = (fitting.length > 0 ? fitting : options).flatMap((o) => {
    const keys = objectKeys(o);
    return keys ? [{ keys, score: overlap(keys, value) }] : [];
  });
  const best = Math.max(...scored.map((x) => x.score));
  return [...new Set(scored.filter((x) => x.score === best).flatMap((x) => x.keys))];
}

/** True when the value has a key the option fixes to literal values, with another value. */
function contradictsTag(option: Schema, value: unknown): boolean {
  const shape = defOf(unwrap(option)).shape;
  if (!shape || !isRecord(value)) return false;
  return Object.entries(shape).some(([key, field]) => {
    const f = defOf(unwrap(field));
    return f.type === "literal" && Object.hasOwn(value, key) && !(f.values ?? []).includes(value[key]);
  });
}

function overlap(keys: readonly string[], value: unknown): number {
  if (!isRecord(value)) return 0;
  return keys.filter((k) => Object.hasOwn(value, k)).length - Object.keys(value).filter((k) => !keys.includes(k)).length / 100;
}

/**
 * Picks the union option that describes `value`: by discriminator when there is one, else the
 * first option that accepts the value, else the object option whose keys overlap the value's most.
 */
export function pickOption(union: Schema, value: unknown): Schema | undefined {
  const d = defOf(union);
  const options = d.options ?? [];
  if (d.discriminator !== undefined) {
    const tag = ownValue(value, d.discriminator);
    for (const option of options) {
      const field = defOf(unwrap(option)).shape?.[d.discriminator];
      if (field && (defOf(unwrap(field)).values ?? []).includes(tag)) return option;
    }
    return undefined;
  }
  for (const option of options) if (safeOk(option, value)) return option;
  if (!isRecord(value)) return undefined;
  let best: Schema | undefined;
  let bestScore = -1;
  for (const option of options) {
    const keys = objectKeys(option);
    if (!keys || contradictsTag(option, value)) continue;
    const score = overlap(keys, value);
    if (score > bestScore) {
      best = option;
      bestScore = score;
    }
  }
  return best;
}

function safeOk(schema: Schema, value: unknown): boolean {
  const r = schema["~standard"].validate(value);
  return !(r instanceof Promise) && r.issues === undefined;
}

/** The schema of a child of `value` (described by `schema`) at one path segment. */
export function childSchema(schema: Schema, value: unknown, segment: string | number): Schema | undefined {
  let s = unwrap(schema);
  if (defOf(s).type === "union") {
    const picked = pickOption(s, value);
    if (!picked) return undefined;
    s = unwrap(picked);
  }
  const d = defOf(s);
  if (d.type === "object") return typeof segment === "string" && d.shape && Object.hasOwn(d.shape, segment) ? d.shape[segment] : undefined;
  if (d.type === "array") return typeof segment === "number" ? d.element : undefined;
  if (d.type === "record") return typeof segment === "string" ? d.valueType : undefined;
  return undefined;
}

/** The schema and value found by following `path` from the root. */
export function schemaAt(root: Schema, rootValue: unknown, path: Path): { schema: Schema; value: unknown } | undefined {
  let schema: Schema | undefined = root;
  let value = rootValue;
  for (const seg of path) {
    schema = childSchema(schema, value, seg);
    if (!schema) return undefined;
    value = ownValue(value, seg);
  }
  return { schema, value };
}

/**
 * Visits every value of a (structurally valid) document with the schema that describes it
 * (wrappers removed, unions resolved to the option that fits), depth first, parents before
 * children. `visit` returns false to skip a subtree.
 */
export function walkWithSchema(schema: Schema, value: unknown, visit: (schema: Schema, value: unknown, path: Path) => boolean | void, path: Path = []): void {
  let s = unwrap(schema);
  if (defOf(s).type === "union") {
    const picked = pickOption(s, value);
    if (!picked) return;
    s = unwrap(picked);
  }
  if (visit(s, value, path) === false) return;
  const d = defOf(s);
  if (d.type === "object" && isRecord(value) && d.shape) {
    for (const key of Object.keys(d.shape)) {
      if (!Object.hasOwn(value, key) || value[key] === undefined) continue;
      walkWithSchema(d.shape[key]!, value[key], visit, [...path, key]);
    }
  } else if (d.type === "array" && Array.isArray(value) && d.element) {
    value.forEach((item, i) => walkWithSchema(d.element!, item, visit, [...path, i]));
  } else if (d.type === "record" && isRecord(value) && d.valueType) {
    for (const key of Object.keys(value)) walkWithSchema(d.valueType, value[key], visit, [...path, key]);
  }
}

/** Called for each value found; `path` is only valid during the call (copy it to keep it). */
export type FoundValue = (value: unknown, path: Path) => void;
type Finder = (value: unknown, path: (string | number)[], found: FoundValue) => void;

const finders = new WeakMap<Schema, WeakMap<Schema, Finder | null>>();

/**
 * Visits every value of a (structurally valid) document that `schema` describes with `target`,
 * in the order {@link walkWithSchema} would, without descending into it. The walk is compiled
 * once per schema and target from the model: subtrees whose schema cannot contain `target` are
 * skipped, and paths are built only for the values found.
 */
export function findAll(schema: Schema, target: Schema, value: unknown, found: FoundValue): void {
  let memo = finders.get(target);
  if (!memo) {
    memo = new WeakMap();
    finders.set(target, memo);
  }
  compileFinder(schema, target, memo)?.(value, [], found);
}

/** True when a value described by `schema` can contain a value described by `target`. */
function reaches(schema: Schema, target: Schema, seen = new Set<Schema>()): boolean {
  const s = unwrap(schema);
  if (s === target) return true;
  if (seen.has(s)) return false;
  seen.add(s);
  const d = defOf(s);
  if (d.type === "object") return Object.values(d.shape ?? {}).some((f) => reaches(f, target, seen));
  if (d.type === "array") return d.element !== undefined && reaches(d.element, target, seen);
  if (d.type === "record") return d.valueType !== undefined && reaches(d.valueType, target, seen);
  if (d.type === "union") return (d.options ?? []).some((o) => reaches(o, target, seen));
  return false;
}

function compileFinder(schema: Schema, target: Schema, memo: WeakMap<Schema, Finder | null>): Finder | null {
  const known = memo.get(schema);
  if (known !== undefined) return known;
  if (!reaches(schema, target)) {
    memo.set(schema, null);
    return null;
  }
  // Recursive schemas meet themselves again while compiling: they get this forwarder meanwhile.
  let compiled: Finder | null = null;
  memo.set(schema, (value, path, found) => compiled?.(value, path, found));
  compiled = compileReaching(unwrap(schema), target, memo);
  memo.set(schema, compiled);
  return compiled;
}

function compileReaching(s: Schema, target: Schema, memo: WeakMap<Schema, Finder | null>): Finder | null {
  if (s === target) return (value, path, found) => found(value, path);
  const d = defOf(s);
  if (d.type === "object" && d.shape) {
    const keys: string[] = [];
    const fieldFinders: Finder[] = [];
    for (const [key, field] of Object.entries(d.shape)) {
      const finder = compileFinder(field, target, memo);
      if (!finder) continue;
      keys.push(key);
      fieldFinders.push(finder);
    }
    return (value, path, found) => {
      if (!isRecord(value)) return;
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i]!;
        const child = value[key];
        // Most optional members are absent: test that before the own-property check.
        if (child === undefined || !Object.hasOwn(value, key)) continue;
        path.push(key);
        fieldFinders[i]!(child, path, found);
        path.pop();
      }
    };
  }
  if (d.type === "array" && d.element) {
    const finder = compileFinder(d.element, target, memo);
    if (!finder) return null;
    return (value, path, found) => {
      if (!Array.isArray(value)) return;
      for (let i = 0; i < value.length; i++) {
        if (!(i in value)) continue;
        path.push(i);
        finder(value[i], path, found);
        path.pop();
      }
    };
  }
  if (d.type === "record" && d.valueType) {
    const finder = compileFinder(d.valueType, target, memo);
    if (!finder) return null;
    return (value, path, found) => {
      if (!isRecord(value)) return;
      for (const key of Object.keys(value)) {
        path.push(key);
        finder(value[key], path, found);
        path.pop();
      }
    };
  }
  if (d.type === "union") {
    const { discriminator } = d;
    if (discriminator === undefined) {
      // No tag to dispatch on: pick the option as walkWithSchema does, at run time.
      return (value, path, found) => {
        const picked = pickOption(s, value);
        if (picked) compileFinder(picked, target, memo)?.(value, path, found);
      };
    }
    // Tag value -> the first option that accepts it, as pickOption chooses.
    const byTag = new Map<unknown, Finder | null>();
    for (const option of d.options ?? []) {
      const field = defOf(unwrap(option)).shape?.[discriminator];
      for (const tag of field ? (defOf(unwrap(field)).values ?? []) : []) {
        if (!byTag.has(tag)) byTag.set(tag, compileFinder(option, target, memo));
      }
    }
    return (value, path, found) => {
      const tag = ownValue(value, discriminator);
      byTag.get(tag)?.(value, path, found);
    };
  }
  return null;
}
