/**
 * The structure table and what follows it without zod: the types of the table that
 * scripts/gen/structure-table.ts generates from the zod model (src/generated/structure-table.ts)
 * and its decoder, the checks of its string, number and array nodes as zod runs them (length
 * checks that go on after a type error, the abort markers), the walk that raises the issues zod
 * would (`reportStructure`), and the fast yes/no check compiled from the table. The model
 * stays the one source of truth; the equivalence with zod is a property test
 * (structure-equivalence.test.ts).
 */
import type { Issue } from "../issues/issue.js";
import type { Path } from "./_issue.js";
import { isRecord } from "../parse/json-value.js";

/** A named format with an example of a valid value (the `format` and `example` issue params). */
export interface FormatInfo {
  readonly format: string;
  readonly example: string;
}

/** One check of a string, number or array node, in the order zod runs them. */
export type StructureCheck =
  | { readonly k: "min_length"; readonly n: number; readonly abort?: true }
  | { readonly k: "max_length"; readonly n: number; readonly abort?: true }
  | { readonly k: "format"; readonly re: RegExp; readonly info: FormatInfo }
  | { readonly k: "gt" | "gte" | "lt" | "lte"; readonly n: number }
  | { readonly k: "safeint" };

/**
 * A field of an object node: its key and node. A field zod lets be absent is one made
 * `.optional()`, so its node is an optional node (the generator refuses other ways).
 */
export interface StructureField {
  readonly key: string;
  readonly node: number;
}

/** One schema of the model, as plain data; nodes refer to each other by index. */
export type StructureNode =
  | { readonly t: "string" | "number"; readonly c?: readonly StructureCheck[] }
  | { readonly t: "boolean" | "unknown" | "null" }
  | { readonly t: "literal" | "enum"; readonly values: readonly (string | number | boolean | null)[] }
  | { readonly t: "optional" | "nullable"; readonly of: number }
  | { readonly t: "object"; readonly fields: readonly StructureField[]; readonly rest: "strict" | "loose" }
  | { readonly t: "array"; readonly of: number; readonly c?: readonly StructureCheck[] }
  | { readonly t: "record"; readonly key: number; readonly of: number }
  | { readonly t: "union"; readonly of: readonly number[] }
  | {
      readonly t: "tagged";
      readonly tag: string;
      readonly of: readonly number[];
      /** Tag value → index into `of`, or null where two options claim it (zod's discriminator map). */
      readonly map: readonly (readonly [string | number | boolean | null | undefined, number | null])[];
    };

/** A JSON literal of the model (a literal or enum value, a discriminator's value). */
type Literal = string | number | boolean | null;

/**
 * A check as the generated table stores it: `"min_length3"`, `"max_length3"` (`"max_length3!"`
 * aborts the checks after it), `"gt0"`, `"gte0"`, `"lt0"`, `"lte0"`, `"safeint"`, or a format as
 * `[pattern, format name, example]`.
 */
export type PackedCheck = string | readonly [RegExp, string, string];

/** A child of a packed node: the index of a node of the table, or the node itself (used once). */
export type PackedRef = number | PackedNode;

/**
 * A node as the generated table stores it (src/generated/structure-table.ts), compact for the
 * bundle: the node's type, then its data; {@link unpackTable} turns a table into
 * {@link StructureNode}s. A node that only one other node uses is written inside it.
 * - `["string" | "number", ...checks]`, `["boolean" | "unknown" | "null"]`;
 * - `["literal" | "enum", ...values]`;
 * - `["optional" | "nullable", node]`, `["array", node, ...checks]`, `["record", key, value]`,
 *   `["union", ...nodes]`, `["tagged", tag, nodes, map]` (`map` as {@link StructureNode}'s);
 * - `["object", keys, ...nodes]` (strict) or `["looseObject", keys, ...nodes]`: `keys` is the
 *   field names separated by spaces, one node per field; a name ending in `?` is a field made
 *   `.optional()` (zod's optin and optout "optional"), its node the one inside the optional.
 */
export type PackedNode =
  | readonly ["string" | "number", ...PackedCheck[]]
  | readonly ["boolean" | "unknown" | "null"]
  | readonly ["literal" | "enum", ...Literal[]]
  | readonly ["optional" | "nullable", PackedRef]
  | readonly ["object" | "looseObject", string, ...PackedRef[]]
  | readonly ["array", PackedRef, ...PackedCheck[]]
  | readonly ["record", PackedRef, PackedRef]
  | readonly ["union", ...PackedRef[]]
  | readonly ["tagged", string, readonly PackedRef[], readonly (readonly [Literal | undefined, number | null])[]];

function unpackCheck(c: PackedCheck): StructureCheck {
  if (typeof c !== "string") return { k: "format", re: c[0], info: { format: c[1], example: c[2] } };
  const [, k, n, abort] = /^([a-z_]+)(.*?)(!?)$/.exec(c)!;
  return (n ? (abort ? { k, n: Number(n), abort: true } : { k, n: Number(n) }) : { k }) as StructureCheck;
}

const unpacked = new WeakMap<readonly PackedNode[], readonly StructureNode[]>();

/**
 * The nodes of a generated table (decoded on first use, then shared): node `i` of the table is
 * node `i` of the result; the nodes written inside others, and an optional node for each `?`
 * field, follow.
 */
export function unpackTable(table: readonly PackedNode[]): readonly StructureNode[] {
  const known = unpacked.get(table);
  if (known) return known;
  const nodes: StructureNode[] = new Array<StructureNode>(table.length);
  const ref = (r: PackedRef): number => (typeof r === "number" ? r : nodes.push(unpack(r)) - 1);
  const checked = (node: object, checks: readonly unknown[]): StructureNode => (checks.length > 0 ? { ...node, c: (checks as PackedCheck[]).map(unpackCheck) } : node) as StructureNode;
  const unpack = ([t, ...a]: PackedNode): StructureNode => {
    const [x, y] = a as [PackedRef, PackedRef];
    switch (t) {
      case "object":
      case "looseObject": {
        const fields = (x as unknown as string).split(" ").filter(Boolean).map((key, i): StructureField => {
          const node = ref(a[i + 1] as PackedRef);
          return key.endsWith("?") ? { key: key.slice(0, -1), node: nodes.push({ t: "optional", of: node }) - 1 } : { key, node };
        });
        return { t: "object", fields, rest: t === "object" ? "strict" : "loose" };
      }
      case "string":
      case "number":
        return checked({ t }, a);
      case "array":
        return checked({ t, of: ref(x) }, a.slice(1));
      case "literal":
      case "enum":
        return { t, values: a as Literal[] };
      case "record":
        return { t, key: ref(x), of: ref(y) };
      case "union":
        return { t, of: (a as PackedRef[]).map(ref) };
      case "tagged":
        return { t, tag: x as unknown as string, of: (y as unknown as PackedRef[]).map(ref), map: a[2] as readonly (readonly [Literal | undefined, number | null])[] };
      case "optional":
      case "nullable":
        return { t, of: ref(x) };
      default:
        return { t };
    }
  };
  table.forEach((p, i) => (nodes[i] = unpack(p)));
  unpacked.set(table, nodes);
  return nodes;
}

/**
 * A structure issue as zod raises it (its code, path and the fields the union choice and the
 * registry index read), with the issues sevscale reports for it (see {@link Reporter}).
 */
export interface RawIssue {
  readonly code: "invalid_type" | "unrecognized_keys" | "invalid_value" | "invalid_format" | "too_small" | "too_big" | "invalid_key" | "invalid_union";
  /** From the value the walk started at. */
  readonly path: readonly (string | number)[];
  /** zod's abort marker: only `true` lets later checks and union branches go on. */
  readonly continue?: boolean;
  readonly expected?: string;
  readonly keys?: readonly string[];
  readonly values?: readonly unknown[];
  readonly info?: FormatInfo;
  readonly origin?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  /** An invalid key's issues (the key against the record's key node). */
  readonly issues?: readonly RawIssue[];
  /** A union's issues, option by option (a discriminator no option claims has none). */
  readonly errors?: readonly (readonly RawIssue[])[];
  /** The tags a discriminated union accepts, when its tag is not one of them. */
  readonly options?: readonly unknown[];
  /** What sevscale reports for it: codes, pointers and parameters. */
  out: readonly Issue[];
}

/**
 * Makes the issues sevscale reports for a raw issue, given the value it is about and that value's
 * parent (validate/structure.ts has the one that maps to the codes; a reader that only needs
 * zod's issues, like the registry index's, passes none and pays for none).
 */
export type Reporter = (raw: RawIssue, value: unknown, parent: unknown) => readonly Issue[];

/** True when an issue stops the checks that follow (zod's `aborted`). */
function aborted(issues: readonly RawIssue[]): boolean {
  return issues.some((i) => i.continue !== true);
}

/** Length in code points, as zod measures strings. */
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

/** True when the value passes the check (what zod's check would decide, without an issue). */
function checkPasses(c: StructureCheck, v: unknown): boolean {
  switch (c.k) {
    case "min_length": {
      const units = (v as { length: number }).length;
      const length = typeof v === "string" && units >= c.n && units < c.n * 2 ? codePoints(v) : units;
      return length >= c.n;
    }
    case "max_length": {
      const units = (v as { length: number }).length;
      const length = typeof v === "string" && units > c.n ? codePoints(v) : units;
      return length <= c.n;
    }
    case "format":
      c.re.lastIndex = 0;
      return c.re.test(v as string);
    case "gt":
      return (v as number) > c.n;
    case "gte":
      return (v as number) >= c.n;
    case "lt":
      return (v as number) < c.n;
    case "lte":
      return (v as number) <= c.n;
    case "safeint":
      return Number.isSafeInteger(v);
  }
}

/** A raw issue before its reported issues are made. */
type Raised = Omit<RawIssue, "out"> & { out?: readonly Issue[] };

/** zod's too_small or too_big (`min` says which). */
const sizeIssue = (min: boolean, origin: string, limit: number, path: Path, going: boolean): Raised => ({ code: min ? "too_small" : "too_big", origin, [min ? "minimum" : "maximum"]: limit, path, continue: going });

/** The issue of a failed check at `path`, or undefined when the value passes it. */
function checkIssue(c: StructureCheck, v: unknown, path: Path): Raised | undefined {
  if (checkPasses(c, v)) return undefined;
  if (c.k === "format") return { code: "invalid_format", info: c.info, path, continue: true };
  if (c.k === "safeint") {
    const x = v as number;
    return Number.isInteger(x) ? sizeIssue(x < 0, "int", x < 0 ? Number.MIN_SAFE_INTEGER : Number.MAX_SAFE_INTEGER, path, true) : { code: "invalid_type", expected: "int", path, continue: false };
  }
  const length = c.k === "min_length" || c.k === "max_length";
  const origin = !length ? "number" : Array.isArray(v) ? "array" : typeof v === "string" ? "string" : "unknown";
  return sizeIssue(c.k === "min_length" || c.k === "gt" || c.k === "gte", origin, c.n, path, !length || c.abort !== true);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** zod's isPlainObject: the test a record's value must pass. */
function isPlainObject(o: unknown): o is Record<string, unknown> {
  if (!isObject(o)) return false;
  const ctor = (o as { constructor?: unknown }).constructor;
  if (ctor === undefined || typeof ctor !== "function") return true;
  const proto: unknown = (ctor as { prototype?: unknown }).prototype;
  return isObject(proto) && Object.hasOwn(proto, "isPrototypeOf");
}

/** A record key that may stand for a number (zod retries such a key as one). */
const NUMERIC_KEY = /^-?\d+(?:\.\d+)?$/;

/**
 * The issues zod raises for `value` against node `n` of `nodes` (empty when it accepts it), each
 * with what `report` makes of it. It follows zod's parse rules one by one: checks that go on
 * after a type error only when they measure a length, union branches that count as "not
 * aborted", own keys for records and `for...in` for strict objects; `report` is called where the
 * walk holds the value an issue is about and that value's parent.
 */
export function reportStructure(nodes: readonly StructureNode[], n: number, value: unknown, report: Reporter = () => []): RawIssue[] {
  const raise = (r: Raised, v: unknown, parent: unknown): RawIssue => ((r.out = report(r as RawIssue, v, parent)), r as RawIssue);
  // zod's runChecks: length checks run on anything with a length unless explicitly aborted.
  const runChecks = (checks: readonly StructureCheck[] | undefined, v: unknown, path: Path, out: RawIssue[]): RawIssue[] => {
    let stop = aborted(out);
    for (const c of checks ?? []) {
      if (c.k === "min_length" || c.k === "max_length") {
        if (out.some((i) => i.continue === false)) continue;
        if (v === null || v === undefined || (v as { length?: unknown }).length === undefined) continue;
      } else if (stop) continue;
      const found = checkIssue(c, v, path);
      if (found) {
        out.push(raise(found, v, undefined));
        stop ||= found.continue !== true;
      }
    }
    return out;
  };
  const run = (n: number, v: unknown, path: Path, parent: unknown): RawIssue[] => {
    const node = nodes[n]!;
    const mismatch = (expected: string): RawIssue[] => [raise({ code: "invalid_type", expected, path }, v, parent)];
    switch (node.t) {
      case "optional":
        return v === undefined ? [] : run(node.of, v, path, parent);
      case "nullable":
        return v === null ? [] : run(node.of, v, path, parent);
      case "unknown":
        return [];
      case "null":
      case "boolean":
        return (node.t === "null" ? v === null : typeof v === "boolean") ? [] : mismatch(node.t);
      case "string":
      case "number":
        return runChecks(node.c, v, path, typeof v === node.t && (node.t === "string" || Number.isFinite(v)) ? [] : mismatch(node.t));
      case "literal":
      case "enum":
        return node.values.includes(v as never) ? [] : [raise({ code: "invalid_value", values: node.values, path }, v, parent)];
      case "array": {
        if (!Array.isArray(v)) return runChecks(node.c, v, path, mismatch("array"));
        // zod: an oversized array fails its leading maximum before any element is parsed.
        for (const c of node.c ?? []) {
          if (c.k !== "min_length" && c.k !== "max_length") break;
          if (c.k === "max_length" && v.length > c.n) return [raise(sizeIssue(false, "array", c.n, path, false), v, parent)];
        }
        const out: RawIssue[] = [];
        for (let i = 0; i < v.length; i++) out.push(...run(node.of, v[i], [...path, i], v));
        return runChecks(node.c, v, path, out);
      }
      case "object": {
        if (!isObject(v)) return mismatch("object");
        const out: RawIssue[] = [];
        for (const field of node.fields) {
          if (field.key === "__proto__") continue;
          // zod's handlePropertyResult: an absent required field fails even when its schema
          // accepts undefined (an optional field's node accepts its absence).
          const at = [...path, field.key];
          const result = run(field.node, v[field.key], at, v);
          out.push(...result);
          if (result.length === 0 && !(field.key in v) && nodes[field.node]!.t !== "optional") out.push(raise({ code: "invalid_type", expected: "nonoptional", path: at }, undefined, v));
        }
        if (node.rest === "strict") {
          const keys: string[] = [];
          for (const key in v) if (!node.fields.some((f) => f.key === key)) keys.push(key);
          if (keys.length > 0) out.push(raise({ code: "unrecognized_keys", keys, path, continue: true }, v, parent));
        }
        return out;
      }
      case "record": {
        if (!isPlainObject(v)) return mismatch("record");
        const out: RawIssue[] = [];
        for (const k of Reflect.ownKeys(v)) {
          if (k === "__proto__" || !Object.prototype.propertyIsEnumerable.call(v, k)) continue;
          const key = typeof k === "symbol" ? String(k) : k;
          const at = [...path, key];
          let issues = run(node.key, k, at, undefined);
          if (issues.length > 0 && NUMERIC_KEY.test(key) && run(node.key, Number(key), at, undefined).length === 0) issues = [];
          if (issues.length > 0) out.push(raise({ code: "invalid_key", issues, path: at }, key, v));
          else out.push(...run(node.of, v[k as string], at, v));
        }
        return out;
      }
      case "union": {
        if (node.of.length === 1) return run(node.of[0]!, v, path, parent);
        const errors: RawIssue[][] = [];
        for (const option of node.of) {
          const r = run(option, v, path, parent);
          if (r.length === 0) return r;
          errors.push(r);
        }
        const going = errors.filter((r) => !aborted(r));
        return going.length === 1 ? going[0]! : [raise({ code: "invalid_union", errors, path }, v, parent)];
      }
      case "tagged": {
        if (!isObject(v)) return mismatch("object");
        const entry = node.map.find(([t]) => t === v[node.tag]);
        if (entry && entry[1] !== null) return run(node.of[entry[1]]!, v, path, parent);
        const options = node.map.filter(([, o]) => o !== null).map(([t]) => t);
        return [raise({ code: "invalid_union", options, path: [...path, node.tag] }, Object.hasOwn(v, node.tag) ? v[node.tag] : undefined, v)];
      }
    }
  };
  return run(n, value, [], undefined);
}

/** How deep a document may nest before validation refuses it (no real document comes close). */
export const MAX_NESTING_DEPTH = 48;

/**
 * Finds the first place where `value` nests deeper than `limit` ({@link MAX_NESTING_DEPTH}), without
 * recursion (so a hostile document cannot overflow the stack here), or undefined. One walk that
 * keeps each value's parent, so it can say where: it runs on documents the fast yes/no check of
 * the structure refused, before the walk that reports their issues (which allocates more), and
 * in that check on the open (`unknown`) members, with the depth they have left.
 */
export function findExcessiveNesting(value: unknown, limit = MAX_NESTING_DEPTH): Path | undefined {
  interface Frame {
    readonly value: unknown;
    readonly depth: number;
    readonly parent: Frame | undefined;
    readonly key: string | number;
  }
  const pathOf = (f: Frame): Path => {
    const out: (string | number)[] = [];
    for (let c: Frame | undefined = f; c?.parent; c = c.parent) out.unshift(c.key);
    return out;
  };
  const stack: Frame[] = [{ value, depth: 0, parent: undefined, key: "" }];
  while (stack.length > 0) {
    const f = stack.pop()!;
    if (f.depth > limit) return pathOf(f);
    if (Array.isArray(f.value)) f.value.forEach((v, i) => stack.push({ value: v, depth: f.depth + 1, parent: f, key: i }));
    else if (isRecord(f.value)) for (const k of Object.keys(f.value)) stack.push({ value: f.value[k], depth: f.depth + 1, parent: f, key: k });
  }
  return undefined;
}

/** A node compiled to a yes/no check of a value under a depth budget. */
type Accept = (value: unknown, budget: number) => boolean;

/** How many keys a record node remembers as valid (keys come from untrusted documents). */
const KEY_CACHE_LIMIT = 256;

/** Each node of a table as a closure (nodes refer to each other through the array, so recursion works). */
function compileAccepts(nodes: readonly StructureNode[]): Accept[] {
  const fns: Accept[] = [];
  // A node's checks as one predicate (all must pass).
  const allOf = (checks: readonly StructureCheck[] | undefined): ((v: unknown) => boolean) | undefined =>
    checks?.length
      ? (v) => {
          for (const c of checks) if (!checkPasses(c, v)) return false;
          return true;
        }
      : undefined;
  const compile = (node: StructureNode): Accept => {
    switch (node.t) {
      case "optional": {
        const of = node.of;
        return (v, b) => v === undefined || fns[of]!(v, b);
      }
      case "nullable": {
        const of = node.of;
        return (v, b) => v === null || fns[of]!(v, b);
      }
      case "unknown":
        return (v, b) => !findExcessiveNesting(v, b);
      case "null":
        return (v) => v === null;
      case "boolean":
        return (v) => typeof v === "boolean";
      case "string": {
        const ok = allOf(node.c);
        return ok ? (v) => typeof v === "string" && ok(v) : (v) => typeof v === "string";
      }
      case "number": {
        const ok = allOf(node.c);
        return (v) => typeof v === "number" && Number.isFinite(v) && (!ok || ok(v));
      }
      case "literal":
      case "enum": {
        const values = node.values;
        return (v) => values.includes(v as never);
      }
      case "array": {
        const of = node.of;
        const ok = allOf(node.c);
        return (v, b) => {
          if (!Array.isArray(v) || b <= 0 || (ok && !ok(v))) return false;
          for (let i = 0; i < v.length; i++) if (!fns[of]!(v[i], b - 1)) return false;
          return true;
        };
      }
      case "object": {
        const fields = node.fields.filter((f) => f.key !== "__proto__");
        // zod's handlePropertyResult: an absent required field fails even when its schema
        // accepts undefined (an optional field's node accepts its absence).
        const required = fields.filter((f) => nodes[f.node]!.t !== "optional").map((f) => f.key);
        const known = node.rest === "strict" ? new Set(node.fields.map((f) => f.key)) : undefined;
        return (v, b) => {
          if (!isObject(v) || b <= 0) return false;
          // The cheap tests first (a union tries its options in turn): the keys, then the values.
          for (const key of required) if (!(key in v)) return false;
          if (known) for (const key in v) if (!known.has(key)) return false;
          for (const f of fields) if (!fns[f.node]!(v[f.key], b - 1)) return false;
          return true;
        };
      }
      case "record": {
        const { key: keyNode, of } = node;
        const seen = new Set<string>();
        const keyOk = (key: string): boolean => {
          const ok = seen.has(key) || fns[keyNode]!(key, 1) || (NUMERIC_KEY.test(key) && fns[keyNode]!(Number(key), 1));
          if (ok && seen.size < KEY_CACHE_LIMIT) seen.add(key);
          return ok;
        };
        // The usual record (an object literal or a null-prototype object, no symbol keys, no
        // constructor function of its own: what JSON gives), read with for...in: the own
        // enumerable keys, plus any a polluted Object.prototype adds (an extra key checked can
        // only turn a yes into a no). Anything else is left to the walk that reports (zod's
        // isPlainObject, then every own key, symbols included).
        return (v, b) => {
          if (!isObject(v) || b <= 0) return false;
          const proto: unknown = Object.getPrototypeOf(v);
          const own = Object.hasOwn(v, "constructor") && v["constructor"];
          if ((proto !== Object.prototype && proto !== null) || typeof own === "function" || Object.getOwnPropertySymbols(v).length > 0) return false;
          for (const key in v) if (key !== "__proto__" && !(keyOk(key) && fns[of]!(v[key], b - 1))) return false;
          return true;
        };
      }
      case "union": {
        const options = node.of;
        return (v, b) => {
          for (const o of options) if (fns[o]!(v, b)) return true;
          return false;
        };
      }
      case "tagged": {
        const { tag, of, map } = node;
        return (v, b) => {
          const option = isObject(v) ? map.find(([t]) => t === v[tag])?.[1] : null;
          return option != null && fns[of[option]!]!(v, b);
        };
      }
    }
  };
  for (const node of nodes) fns.push(compile(node));
  return fns;
}

/** The compiled checks of each table, built on first use (never at import time). */
const compiled = new WeakMap<readonly StructureNode[], Accept[]>();

/**
 * The fast yes/no form of {@link reportStructure}: true only when zod accepts
 * `value` against node `n` and no container in it sits at or below the depth `budget` (the root
 * container uses one unit; an open member may hold values down to the limit). The table is
 * compiled to closures on first use, and a check builds no issue, so a valid document is checked
 * without allocating; false means "ask {@link reportStructure}" (it is exact on JSON data, and may say
 * no to odd values zod accepts, such as a typed container nested exactly to the limit but empty,
 * or a record that is a class instance).
 */
export function acceptsStructure(nodes: readonly StructureNode[], n: number, value: unknown, budget: number): boolean {
  let fns = compiled.get(nodes);
  if (!fns) compiled.set(nodes, (fns = compileAccepts(nodes)));
  return fns[n]!(value, budget);
}
