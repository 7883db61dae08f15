/**
 * The structure stage without zod: a small interpreter over the table that
 * scripts/gen/structure-table.ts generates from the zod model (src/generated/structure-table.ts).
 * It reports the issues zod would report, in zod's shape as far as the issue mapper reads it
 * (code, path, expected, keys, values, origin, bounds, the failing format, union branches), by
 * following zod 4's parse rules one by one: checks that run after a type error only when they
 * measure a length, union branches that count as "not aborted", own keys for records and
 * `for...in` for strict objects. The model stays the one source of truth; the equivalence with
 * zod is a property test (structure-equivalence.test.ts).
 */

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

/** A field of an object node: its node and whether zod lets it be absent. */
export interface StructureField {
  readonly key: string;
  readonly node: number;
  /** zod's `optin` / `optout` of the field ("optional" for `.optional()`). */
  readonly optin?: "optional";
  readonly optout?: "optional";
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
          return key.endsWith("?") ? { key: key.slice(0, -1), node: nodes.push({ t: "optional", of: node }) - 1, optin: "optional", optout: "optional" } : { key, node };
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

/** A structure issue in zod's shape (only what the issue mapper reads). */
export interface RawIssue {
  readonly code: "invalid_type" | "unrecognized_keys" | "invalid_value" | "invalid_format" | "too_small" | "too_big" | "invalid_key" | "invalid_union";
  path: (string | number)[];
  /** zod's abort marker: only `true` lets later checks and union branches go on. */
  continue?: boolean;
  readonly expected?: string;
  readonly keys?: readonly string[];
  readonly values?: readonly unknown[];
  readonly info?: FormatInfo;
  readonly origin?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly issues?: readonly RawIssue[];
  readonly errors?: readonly (readonly RawIssue[])[];
  readonly discriminator?: string;
  readonly options?: readonly unknown[];
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

/** True when an issue from `from` on stops the checks that follow (zod's `aborted`). */
function aborted(issues: readonly RawIssue[], from = 0): boolean {
  for (let i = from; i < issues.length; i++) if (issues[i]!.continue !== true) return true;
  return false;
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

const lengthOrigin = (v: unknown): string => (Array.isArray(v) ? "array" : typeof v === "string" ? "string" : "unknown");

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

function applyCheck(c: StructureCheck, v: unknown, out: RawIssue[]): void {
  if (checkPasses(c, v)) return;
  switch (c.k) {
    case "min_length":
      out.push({ code: "too_small", origin: lengthOrigin(v), minimum: c.n, path: [], continue: c.abort !== true });
      return;
    case "max_length":
      out.push({ code: "too_big", origin: lengthOrigin(v), maximum: c.n, path: [], continue: c.abort !== true });
      return;
    case "format":
      out.push({ code: "invalid_format", info: c.info, path: [], continue: true });
      return;
    case "gt":
    case "gte":
      out.push({ code: "too_small", origin: "number", minimum: c.n, path: [], continue: true });
      return;
    case "lt":
    case "lte":
      out.push({ code: "too_big", origin: "number", maximum: c.n, path: [], continue: true });
      return;
    case "safeint": {
      const x = v as number;
      if (!Number.isInteger(x)) out.push({ code: "invalid_type", expected: "int", path: [], continue: false });
      else out.push(x > 0 ? { code: "too_big", origin: "int", maximum: Number.MAX_SAFE_INTEGER, path: [], continue: true } : { code: "too_small", origin: "int", minimum: Number.MIN_SAFE_INTEGER, path: [], continue: true });
      return;
    }
  }
}

/** zod's runChecks: length checks run on anything with a length unless explicitly aborted. */
function runChecks(checks: readonly StructureCheck[] | undefined, v: unknown, out: RawIssue[]): RawIssue[] {
  if (!checks) return out;
  let stop = aborted(out);
  for (const c of checks) {
    if (c.k === "min_length" || c.k === "max_length") {
      if (out.some((i) => i.continue === false)) continue;
      if (v === null || v === undefined || (v as { length?: unknown }).length === undefined) continue;
    } else if (stop) continue;
    const before = out.length;
    applyCheck(c, v, out);
    if (out.length !== before && !stop) stop = aborted(out, before);
  }
  return out;
}

function prefixed(key: string | number, issues: RawIssue[]): RawIssue[] {
  for (const i of issues) i.path.unshift(key);
  return issues;
}

/** zod's handlePropertyResult, for issues only. */
function property(field: { readonly key: string; readonly optin?: string; readonly optout?: string }, input: object, result: RawIssue[], out: RawIssue[]): void {
  const present = field.key in input;
  if (!present && field.optout === "optional" && field.optin === "optional") return;
  if (result.length > 0) {
    if (field.optin !== undefined && field.optout === "optional" && !present) return;
    out.push(...prefixed(field.key, result));
  }
  if (!present && field.optin === undefined && result.length === 0) out.push({ code: "invalid_type", expected: "nonoptional", path: [field.key] });
}

const NUMERIC_KEY = /^-?\d+(?:\.\d+)?$/;

/** The issues zod reports for `value` against node `n` of `nodes` (empty when it accepts it). */
export function reportStructure(nodes: readonly StructureNode[], n: number, value: unknown): RawIssue[] {
  const run = (i: number, v: unknown): RawIssue[] => reportStructure(nodes, i, v);
  const node = nodes[n]!;
  switch (node.t) {
    case "optional":
      return value === undefined ? [] : run(node.of, value);
    case "nullable":
      return value === null ? [] : run(node.of, value);
    case "unknown":
      return [];
    case "null":
      return value === null ? [] : [{ code: "invalid_type", expected: "null", path: [] }];
    case "boolean":
      return typeof value === "boolean" ? [] : [{ code: "invalid_type", expected: "boolean", path: [] }];
    case "string":
      return runChecks(node.c, value, typeof value === "string" ? [] : [{ code: "invalid_type", expected: "string", path: [] }]);
    case "number":
      return runChecks(node.c, value, typeof value === "number" && Number.isFinite(value) ? [] : [{ code: "invalid_type", expected: "number", path: [] }]);
    case "literal":
    case "enum":
      return node.values.some((x) => x === value) ? [] : [{ code: "invalid_value", values: node.values, path: [] }];
    case "array": {
      if (!Array.isArray(value)) return runChecks(node.c, value, [{ code: "invalid_type", expected: "array", path: [] }]);
      // zod: an oversized array fails its leading maximum before any element is parsed.
      for (const c of node.c ?? []) {
        if (c.k !== "min_length" && c.k !== "max_length") break;
        if (c.k === "max_length" && value.length > c.n) return [{ code: "too_big", origin: "array", maximum: c.n, path: [], continue: false }];
      }
      const out: RawIssue[] = [];
      for (let i = 0; i < value.length; i++) out.push(...prefixed(i, run(node.of, value[i])));
      return runChecks(node.c, value, out);
    }
    case "object": {
      if (!isObject(value)) return [{ code: "invalid_type", expected: "object", path: [] }];
      const out: RawIssue[] = [];
      for (const field of node.fields) {
        if (field.key === "__proto__") continue;
        property(field, value, run(field.node, value[field.key]), out);
      }
      if (node.rest === "strict") {
        const unknown: string[] = [];
        for (const key in value) if (!node.fields.some((f) => f.key === key)) unknown.push(key);
        if (unknown.length > 0) out.push({ code: "unrecognized_keys", keys: unknown, path: [], continue: true });
      }
      return out;
    }
    case "record": {
      if (!isPlainObject(value)) return [{ code: "invalid_type", expected: "record", path: [] }];
      const out: RawIssue[] = [];
      for (const key of Reflect.ownKeys(value)) {
        if (key === "__proto__" || !Object.prototype.propertyIsEnumerable.call(value, key)) continue;
        let keyIssues = run(node.key, key);
        if (keyIssues.length > 0 && typeof key === "string" && NUMERIC_KEY.test(key)) {
          const retry = run(node.key, Number(key));
          if (retry.length === 0) keyIssues = retry;
        }
        if (keyIssues.length > 0) {
          out.push({ code: "invalid_key", origin: "record", issues: keyIssues, path: [key as string] });
          continue;
        }
        out.push(...prefixed(key as string, run(node.of, value[key as string])));
      }
      return out;
    }
    case "union": {
      if (node.of.length === 1) return run(node.of[0]!, value);
      const results: RawIssue[][] = [];
      for (const option of node.of) {
        const r = run(option, value);
        if (r.length === 0) return r;
        results.push(r);
      }
      const going = results.filter((r) => !aborted(r));
      if (going.length === 1) return going[0]!;
      return [{ code: "invalid_union", errors: results, path: [] }];
    }
    case "tagged": {
      if (!isObject(value)) return [{ code: "invalid_type", expected: "object", path: [] }];
      const tag = value[node.tag];
      const entry = node.map.find(([t]) => t === tag);
      if (entry && entry[1] !== null) return run(node.of[entry[1]]!, value);
      return [{ code: "invalid_union", errors: [], discriminator: node.tag, options: node.map.filter(([, o]) => o !== null).map(([t]) => t), path: [node.tag] }];
    }
  }
}

/** True when no container in `v` sits at or below the depth budget (any value, without recursion). */
function within(v: unknown, budget: number): boolean {
  if (typeof v !== "object" || v === null) return true;
  const values: object[] = [v];
  const budgets: number[] = [budget];
  while (values.length > 0) {
    const x = values.pop()!;
    const b = budgets.pop()!;
    if (b <= 0) return false;
    const children: unknown[] = Array.isArray(x) ? x : Object.keys(x).map((k) => (x as Record<string, unknown>)[k]);
    for (const child of children) {
      if (typeof child === "object" && child !== null) {
        values.push(child);
        budgets.push(b - 1);
      }
    }
  }
  return true;
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
        return within;
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
        const keys = fields.map((f) => f.key);
        const children = fields.map((f) => f.node);
        // zod's handlePropertyResult: an absent optional field is fine whatever its schema says;
        // an absent required one fails even when its schema accepts undefined.
        const skipAbsent = fields.map((f) => f.optout === "optional" && f.optin !== undefined);
        const required = fields.map((f) => f.optin === undefined);
        const known = node.rest === "strict" ? new Set(node.fields.map((f) => f.key)) : undefined;
        const requiredKeys = keys.filter((_, i) => required[i]);
        return (v, b) => {
          if (!isObject(v) || b <= 0) return false;
          // The cheap tests first (a union tries its options in turn): the keys, then the values.
          for (const key of requiredKeys) if (!(key in v)) return false;
          if (known) for (const key in v) if (!known.has(key)) return false;
          for (let i = 0; i < keys.length; i++) {
            const key = keys[i]!;
            if (skipAbsent[i] && !(key in v)) continue;
            if (!fns[children[i]!]!(v[key], b - 1)) return false;
          }
          return true;
        };
      }
      case "record": {
        const { key: keyNode, of } = node;
        const seen = new Set<string>();
        const keyOk = (key: string | symbol): boolean => {
          if (typeof key === "string" && seen.has(key)) return true;
          const ok = fns[keyNode]!(key, 1) || (typeof key === "string" && NUMERIC_KEY.test(key) && fns[keyNode]!(Number(key), 1));
          if (ok && typeof key === "string" && seen.size < KEY_CACHE_LIMIT) seen.add(key);
          return ok;
        };
        // The usual record (a plain object literal without symbol keys) is read with for...in;
        // anything else goes the way zod goes (isPlainObject, then every own key, symbols included).
        const entryOk = (v: Record<string, unknown>, key: string | symbol, b: number): boolean =>
          key === "__proto__" || (keyOk(key) && fns[of]!(v[key as string], b - 1));
        return (v, b) => {
          if (typeof v !== "object" || v === null || Array.isArray(v) || b <= 0) return false;
          const proto: unknown = Object.getPrototypeOf(v);
          const usual = (proto === Object.prototype || proto === null) && !Object.hasOwn(v, "constructor");
          if (usual) {
            if (Object.getOwnPropertySymbols(v).length > 0) return false;
            // for...in: the own enumerable keys, plus any a polluted Object.prototype adds (an
            // extra key checked can only turn a yes into a no, which the full walk then settles).
            const o = v as Record<string, unknown>;
            const valueOk = fns[of]!;
            for (const key in o) {
              if (key === "__proto__") continue;
              if (!seen.has(key) && !keyOk(key)) return false;
              if (!valueOk(o[key], b - 1)) return false;
            }
            return true;
          }
          if (!isPlainObject(v)) return false;
          for (const key of Reflect.ownKeys(v)) {
            if (!Object.prototype.propertyIsEnumerable.call(v, key)) continue;
            if (!entryOk(v, key, b)) return false;
          }
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
        const { tag, of } = node;
        const byTag = new Map<unknown, number | null>();
        for (const [value, option] of node.map) if (!byTag.has(value)) byTag.set(value, option);
        return (v, b) => {
          if (!isObject(v)) return false;
          const option = byTag.get(v[tag]);
          return option !== undefined && option !== null && fns[of[option]!]!(v, b);
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
 * The fast yes/no form of {@link reportStructure}: true only when zod accepts `value` against node
 * `n` and no container in it sits at or below the depth `budget` (the root container uses one
 * unit). The table is compiled to closures on first use, and a check builds no issue, so a valid
 * document is checked without allocating; false means "ask {@link reportStructure}" (it is exact
 * on JSON data, and may say no to odd values zod accepts, such as a container nested exactly to
 * the limit but empty).
 */
export function acceptsStructure(nodes: readonly StructureNode[], n: number, value: unknown, budget: number): boolean {
  let fns = compiled.get(nodes);
  if (!fns) compiled.set(nodes, (fns = compileAccepts(nodes)));
  return fns[n]!(value, budget);
}
