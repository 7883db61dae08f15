/**
 * Stage 1 of validation: the document's shape. What runs is the zod model as a table generated
 * from it (generated/structure-table.ts), followed twice: first a fast yes/no walk that builds
 * nothing (_structure-report.ts `acceptsStructure`), and when it says no, the walk here that
 * finds the issues zod would find and makes, where it holds the value, the stable, documented
 * codes with a JSON Pointer and parameters a message can use. Unions get special care: instead
 * of "no option matched", the issues of the option the author evidently meant are reported (the
 * one whose discriminator or keys match). No zod at run time: the zod schemas stay the source of
 * truth and are at `@sevscale/core/schemas`.
 */
import type { Issue } from "../issues/issue.js";
import type { DocumentKind } from "../model/document-kind.js";
import { STRUCTURE_NODES, STRUCTURE_ROOTS } from "../generated/structure-table.js";
import type { Path } from "./_issue.js";
import { issue, preview, sortIssues } from "./_issue.js";
import type { RawIssue, StructureNode } from "./_structure-report.js";
import { MAX_NESTING_DEPTH, NUMERIC_KEY, aborted, acceptsStructure, findExcessiveNesting, runChecks, sizeIssue, typeName, unpackTable } from "./_structure-report.js";
import { isRecord, ownValue } from "../parse/json-value.js";
import { allowedKeysAt } from "./_table-walk.js";

export { MAX_NESTING_DEPTH, findExcessiveNesting } from "./_structure-report.js";

/** zod's isPlainObject: the test a record's value must pass. */
function isPlainObject(o: unknown): o is Record<string, unknown> {
  if (!isRecord(o)) return false;
  const ctor = (o as { constructor?: unknown }).constructor;
  if (ctor === undefined || typeof ctor !== "function") return true;
  const proto: unknown = (ctor as { prototype?: unknown }).prototype;
  return isRecord(proto) && Object.hasOwn(proto, "isPrototypeOf");
}

const EXPECTED_NAMES: Readonly<Record<string, string>> = { record: "object", int: "integer" };

/** A literal as an issue parameter (numbers stay numbers). */
const literalParam = (v: unknown): string | number => (typeof v === "number" ? v : String(v));

/** missing_property when the last key of `path` names a member that `parent` (an object) lacks. */
function missing(parent: unknown, path: Path): Issue | undefined {
  const key = path[path.length - 1];
  return isRecord(parent) && typeof key === "string" && ownValue(parent, key) === undefined ? issue("missing_property", path.slice(0, -1), { property: key }) : undefined;
}

/** zod's invalid_type, reported as a missing property or a wrong_type with JSON type names. */
function mismatch(expected: string, v: unknown, path: Path, parent: unknown): RawIssue {
  return { code: "invalid_type", expected, path, out: [missing(parent, path) ?? issue("wrong_type", path, { expected: EXPECTED_NAMES[expected] ?? expected, received: typeName(v) })] };
}

/** zod's invalid_value (a literal or an enumeration), reported with the allowed values. */
function badValue(values: readonly unknown[], v: unknown, path: Path, parent: unknown): RawIssue {
  return { code: "invalid_value", values, path, out: [missing(parent, path) ?? issue("invalid_value", path, { value: preview(v), allowed: values.map(literalParam) })] };
}


/**
 * The issues zod raises for `value` against node `n` of `nodes` (empty when it accepts it), each
 * with the issues sevscale reports for it. One walk: zod's parse rules decide what is raised
 * (checks that go on after a type error only when they measure a length, union branches that are
 * "not aborted", own keys for records and `for...in` for strict objects), and each issue is made
 * where the walk holds the value, its parent and, for an unknown key, the keys allowed there.
 */
export function reportStructure(nodes: readonly StructureNode[], root: number, value: unknown): RawIssue[] {
  const run = (n: number, v: unknown, path: Path, parent: unknown): RawIssue[] => {
    const node = nodes[n]!;
    switch (node.t) {
      case "optional":
        return v === undefined ? [] : run(node.of, v, path, parent);
      case "nullable":
        return v === null ? [] : run(node.of, v, path, parent);
      case "unknown":
        return [];
      case "null":
      case "boolean":
        return (node.t === "null" ? v === null : typeof v === "boolean") ? [] : [mismatch(node.t, v, path, parent)];
      case "string":
      case "number":
        return runChecks(node.c, v, path, typeof v === node.t && (node.t === "string" || Number.isFinite(v)) ? [] : [mismatch(node.t, v, path, parent)]);
      case "literal":
      case "enum":
        return node.values.includes(v as never) ? [] : [badValue(node.values, v, path, parent)];
      case "array": {
        if (!Array.isArray(v)) return runChecks(node.c, v, path, [mismatch("array", v, path, parent)]);
        // zod: an oversized array fails its leading maximum before any element is parsed.
        for (const c of node.c ?? []) {
          if (c.k !== "min_length" && c.k !== "max_length") break;
          if (c.k === "max_length" && v.length > c.n) return [sizeIssue(false, "array", c.n, v, path, false)];
        }
        const out: RawIssue[] = [];
        for (let i = 0; i < v.length; i++) out.push(...run(node.of, v[i], [...path, i], v));
        return runChecks(node.c, v, path, out);
      }
      case "object": {
        if (!isRecord(v)) return [mismatch("object", v, path, parent)];
        const out: RawIssue[] = [];
        for (const field of node.fields) {
          if (field.key === "__proto__") continue;
          // zod's handlePropertyResult: an absent required field fails even when its schema
          // accepts undefined (an optional field's node accepts its absence).
          const result = run(field.node, v[field.key], [...path, field.key], v);
          out.push(...result);
          if (result.length === 0 && !(field.key in v) && nodes[field.node]!.t !== "optional") {
            out.push({ code: "invalid_type", expected: "nonoptional", path: [...path, field.key], out: [issue("missing_property", path, { property: field.key })] });
          }
        }
        if (node.rest === "strict") {
          const keys: string[] = [];
          for (const key in v) if (!node.fields.some((f) => f.key === key)) keys.push(key);
          if (keys.length > 0) {
            const allowed = allowedKeysAt(nodes, root, value, path);
            out.push({ code: "unrecognized_keys", keys, path, continue: true, out: keys.map((key) => issue("unknown_property", [...path, key], { property: key, allowed })) });
          }
        }
        return out;
      }
      case "record": {
        if (!isPlainObject(v)) return [mismatch("record", v, path, parent)];
        const out: RawIssue[] = [];
        for (const k of Reflect.ownKeys(v)) {
          if (k === "__proto__" || !Object.prototype.propertyIsEnumerable.call(v, k)) continue;
          const key = typeof k === "symbol" ? String(k) : k;
          const at = [...path, key];
          // The key itself breaks its pattern (a language tag, an extension name): reported at the key.
          let keyIssues = run(node.key, k, at, undefined);
          if (keyIssues.length > 0 && NUMERIC_KEY.test(key) && run(node.key, Number(key), at, undefined).length === 0) keyIssues = [];
          if (keyIssues.length > 0) out.push({ code: "invalid_key", path: at, out: keyIssues.flatMap((i) => (i.code === "invalid_type" ? [issue("invalid_value", at, { value: preview(key), allowed: [] })] : i.out)) });
          else out.push(...run(node.of, v[k as string], at, v));
        }
        return out;
      }
      case "union": {
        if (node.of.length === 1) return run(node.of[0]!, v, path, parent);
        const results: RawIssue[][] = [];
        for (const option of node.of) {
          const r = run(option, v, path, parent);
          if (r.length === 0) return r;
          results.push(r);
        }
        const going = results.filter((r) => !aborted(r));
        return going.length === 1 ? going[0]! : [{ code: "invalid_union", path, out: chooseVariant(results, v, path, parent) }];
      }
      case "tagged": {
        if (!isRecord(v)) return [mismatch("object", v, path, parent)];
        const entry = node.map.find(([t]) => t === v[node.tag]);
        if (entry && entry[1] !== null) return run(node.of[entry[1]]!, v, path, parent);
        const at = [...path, node.tag];
        const options = node.map.filter(([, o]) => o !== null).map(([t]) => literalParam(t));
        return [{ code: "invalid_union", path: at, out: [missing(v, at) ?? issue("invalid_value", at, { value: preview(ownValue(v, node.tag)), allowed: options })] }];
      }
    }
  };
  return run(root, value, [], undefined);
}

/**
 * A union failed: zod reports every option's issues; report those of the option the author
 * meant instead: (1) a value of the wrong type for every option → one wrong_type; (2) a key on
 * which every option fails with a one-value literal (a discriminator like "kind") → invalid_value
 * listing the allowed tags; (3) otherwise the option whose keys fit the value best (fewest
 * unknown or missing keys, a mismatched literal tag counts 1.5); on a tie, the issues all tied
 * options share, else no_matching_variant.
 */
function chooseVariant(variants: readonly RawIssue[][], value: unknown, path: Path, parent: unknown): readonly Issue[] {
  const d = path.length;
  const gone = value === undefined ? missing(parent, path) : undefined;
  if (gone) return [gone];
  const atRoot = (i: RawIssue, code: RawIssue["code"]) => i.path.length === d && i.code === code;
  const typed = variants.filter((v) => !v.some((i) => atRoot(i, "invalid_type")));
  if (typed.length === 0) {
    const expected = new Set(variants.flatMap((v) => v.flatMap((i) => (atRoot(i, "invalid_type") ? [EXPECTED_NAMES[i.expected!] ?? i.expected!] : []))));
    return [issue("wrong_type", path, { expected: [...expected].join(" | "), received: typeName(value) })];
  }
  // Whether an issue is about a member of the union's value, the tag `tag` if given (a literal's).
  const atMember = (i: RawIssue) => i.path.length === d + 1;
  const tagIssue = (i: RawIssue, tag?: string) => i.code === "invalid_value" && atMember(i) && typeof i.path[d] === "string" && (tag === undefined ? i.values!.length === 1 : i.path[d] === tag);
  const [first, ...rest] = typed.map((v) => new Set(v.flatMap((i) => (tagIssue(i) ? [i.path[d] as string] : []))));
  const tag = [...first!].find((t) => rest.every((s) => s.has(t)));
  if (tag !== undefined) {
    const allowed = new Set(typed.flatMap((v) => v.flatMap((i) => (tagIssue(i, tag) ? i.values! : []))));
    const at = [...path, tag];
    return [missing(value, at) ?? issue("invalid_value", at, { value: preview(ownValue(value, tag)), allowed: [...allowed].map(literalParam) })];
  }
  const absent = (i: RawIssue) => atMember(i) && ownValue(value, i.path[d]!) === undefined;
  const unknownKeys = (v: readonly RawIssue[]) => v.flatMap((i) => (atRoot(i, "unrecognized_keys") ? i.keys! : []));
  // How badly an option's keys fit the value: unknown keys + missing keys + 1.5 per wrong tag.
  const misfit = (v: readonly RawIssue[]) => unknownKeys(v).length + v.reduce((s, i) => s + (absent(i) ? 1 : atMember(i) && i.code === "invalid_value" && i.values!.length === 1 ? 1.5 : 0), 0);
  const scores = typed.map(misfit);
  const best = typed.filter((_, i) => scores[i] === Math.min(...scores));
  if (best.length === 1) return best[0]!.flatMap((i) => i.out);
  const key = (i: RawIssue) => JSON.stringify([i.code, i.path.map(String), i.keys ?? null, i.expected ?? null]);
  const common = best[0]!.filter((i) => best.every((v) => v.some((j) => key(j) === key(i))));
  if (common.length > 0) return common.flatMap((i) => i.out);
  // "dimension + atLeast": the keys an option has, as far as its issues reveal them.
  const describe = (v: readonly RawIssue[]) => {
    const unknown = new Set(unknownKeys(v));
    const keys = new Set([...(isRecord(value) ? Object.keys(value).filter((k) => !unknown.has(k)) : []), ...v.flatMap((i) => (absent(i) ? [String(i.path[d])] : []))]);
    return keys.size > 0 ? [...keys].join(" + ") : "{}";
  };
  return [issue("no_matching_variant", path, { alternatives: best.map(describe) })];
}

/**
 * The structure stage with its result: the issues, and the parsed document when there are none
 * (internal: validateDocument needs both without parsing twice).
 */
export function checkStructure(kind: DocumentKind, value: unknown): { readonly issues: Issue[]; readonly data?: unknown } {
  // The fast path over the table: it says yes only when the model accepts the value and it is not
  // too deep. The model has no transforms, defaults or stripping objects (the table's
  // generator refuses them), so the accepted value is the document. Anything else goes to the
  // nesting check and the table, which find and explain the issues.
  const root = STRUCTURE_ROOTS[kind];
  const nodes = unpackTable(STRUCTURE_NODES);
  if (acceptsStructure(nodes, root, value, MAX_NESTING_DEPTH)) return { issues: [], data: value };
  const deep = findExcessiveNesting(value);
  if (deep) return { issues: [issue("document_too_deep", deep, { limit: MAX_NESTING_DEPTH })] };
  const raw = reportStructure(nodes, root, value);
  if (raw.length === 0) return { issues: [], data: value };
  return { issues: sortIssues(raw.flatMap((i) => i.out)) };
}

/** True when `value` has the structure of `kind` (the fast path first, then the table). */
export function conformsTo(kind: DocumentKind, value: unknown): boolean {
  const nodes = unpackTable(STRUCTURE_NODES);
  return acceptsStructure(nodes, STRUCTURE_ROOTS[kind], value, MAX_NESTING_DEPTH) || reportStructure(nodes, STRUCTURE_ROOTS[kind], value).length === 0;
}

/**
 * The structure stage alone: the issues of `value` against the schema of `kind`, sorted by
 * pointer then code. Empty when the document has the right shape.
 */
export function structureIssues(kind: DocumentKind, value: unknown): Issue[] {
  return checkStructure(kind, value).issues;
}
