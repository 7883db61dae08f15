/**
 * Stage 1 of validation: the document's shape. What runs is the zod model as a table generated
 * from it (generated/structure-table.ts), which _structure-report.ts follows twice: first a fast
 * yes/no walk that builds nothing, and when it says no, the walk that finds the issues zod would
 * find, calling the reporter here where it holds the value of each: it makes the stable,
 * documented codes with a JSON Pointer and parameters a message can use. Unions get special
 * care: instead of "no option matched", the issues of the option the author evidently meant are
 * reported (the one whose discriminator or keys match). No zod at run time: the zod schemas stay
 * the source of truth and are at `@sevscale/core/schemas`.
 */
import type { Issue } from "../issues/issue.js";
import type { DocumentKind } from "../model/document-kind.js";
import { STRUCTURE_NODES, STRUCTURE_ROOTS } from "../generated/structure-table.js";
import type { Path } from "./_issue.js";
import { issue, preview, sortIssues } from "./_issue.js";
import type { RawIssue, Reporter, StructureNode } from "./_structure-report.js";
import { MAX_NESTING_DEPTH, acceptsStructure, findExcessiveNesting, reportStructure, unpackTable } from "./_structure-report.js";
import { isRecord, ownValue } from "../parse/json-value.js";
import { allowedKeysAt } from "./_table-walk.js";

export { MAX_NESTING_DEPTH, findExcessiveNesting } from "./_structure-report.js";

const EXPECTED_NAMES: Readonly<Record<string, string>> = { record: "object", int: "integer" };

/** A literal as an issue parameter (numbers stay numbers). */
const literalParam = (v: unknown): string | number => (typeof v === "number" ? v : String(v));

/** JSON type name of a value, as the messages use it. */
const typeName = (value: unknown): string => (value === undefined ? "nothing" : value === null ? "null" : Array.isArray(value) ? "array" : typeof value);

/** missing_property when the last key of `path` names a member that `parent` (an object) lacks. */
function missing(parent: unknown, path: Path): Issue | undefined {
  const key = path[path.length - 1];
  return isRecord(parent) && typeof key === "string" && ownValue(parent, key) === undefined ? issue("missing_property", path.slice(0, -1), { property: key }) : undefined;
}

/** A text too short or long, a list with too few or too many items, a number out of range. */
function size(z: RawIssue, v: unknown): Issue {
  const min = z.code === "too_small";
  const limit = (min ? z.minimum : z.maximum)!;
  const actual = typeof v === "string" || Array.isArray(v) ? v.length : 0;
  if (z.origin === "string" || z.origin === "array") {
    return min ? issue(z.origin === "string" ? "too_short" : "too_few_items", z.path, { minimum: limit, actual }) : issue("too_long", z.path, { maximum: limit, actual });
  }
  return min ? issue("too_small", z.path, { value: preview(v), minimum: limit }) : issue("too_big", z.path, { value: preview(v), maximum: limit });
}

/**
 * The {@link Reporter} of a document (`doc`, described by node `root`): zod's issues as stable,
 * documented codes with a JSON Pointer and parameters a message can use.
 */
function reporter(nodes: readonly StructureNode[], root: number, doc: unknown): Reporter {
  return (z, v, parent) => {
    const at = z.path;
    switch (z.code) {
      case "invalid_type":
        return [missing(parent, at) ?? issue("wrong_type", at, { expected: EXPECTED_NAMES[z.expected!] ?? z.expected!, received: typeName(v) })];
      case "invalid_value":
        return [missing(parent, at) ?? issue("invalid_value", at, { value: preview(v), allowed: z.values!.map(literalParam) })];
      case "unrecognized_keys": {
        const allowed = allowedKeysAt(nodes, root, doc, at);
        return z.keys!.map((key) => issue("unknown_property", [...at, key], { property: key, allowed }));
      }
      case "invalid_format":
        return [issue("invalid_format", at, { value: preview(v), ...z.info! })];
      case "invalid_key":
        // The key itself breaks its pattern (a language tag, an extension name): reported at the key.
        return z.issues!.flatMap((i) => (i.code === "invalid_type" ? [issue("invalid_value", at, { value: preview(v), allowed: [] })] : i.out));
      case "invalid_union":
        return z.errors ? chooseVariant(z.errors, v, at, parent) : [missing(parent, at) ?? issue("invalid_value", at, { value: preview(v), allowed: z.options!.map(literalParam) })];
      default:
        return [size(z, v)];
    }
  };
}

/**
 * A union failed: zod reports every option's issues; report those of the option the author
 * meant instead: (1) a value of the wrong type for every option → one wrong_type; (2) a key on
 * which every option fails with a one-value literal (a discriminator like "kind") → invalid_value
 * listing the allowed tags; (3) otherwise the option whose keys fit the value best (fewest
 * unknown or missing keys, a mismatched literal tag counts 1.5); on a tie, the issues all tied
 * options share, else no_matching_variant.
 */
function chooseVariant(variants: readonly (readonly RawIssue[])[], value: unknown, path: Path, parent: unknown): readonly Issue[] {
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
  const raw = reportStructure(nodes, root, value, reporter(nodes, root, value));
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
