/**
 * Stage 1 of validation: the document's shape. What runs is the zod model as a table generated
 * from it (generated/structure-table.ts), which _structure-report.ts follows twice: first a fast
 * yes/no walk that builds nothing, and when it says no, the walk that finds the issues zod would
 * find. Those are turned into stable, documented codes with a JSON Pointer and parameters a
 * message can use. Unions get special care: instead of "no option matched", the issues of the
 * option the author evidently meant are reported (the one whose discriminator or keys match).
 * No zod at run time: the zod schemas stay the source of truth and are at `@sevscale/core/schemas`.
 */
import type { Issue } from "../issues/issue.js";
import type { DocumentKind } from "../model/document-kind.js";
import { STRUCTURE_NODES, STRUCTURE_ROOTS } from "../generated/structure-table.js";
import type { Path } from "./_issue.js";
import { issue, preview, sortIssues } from "./_issue.js";
import type { RawIssue } from "./_structure-report.js";
import { acceptsStructure, reportStructure, unpackTable } from "./_structure-report.js";
import { isRecord, ownValue } from "../parse/json-value.js";
import { allowedKeysAt } from "./_table-walk.js";

/** How deep a document may nest before validation refuses it (no real document comes close). */
export const MAX_NESTING_DEPTH = 48;

/**
 * Finds the first place where `value` nests deeper than {@link MAX_NESTING_DEPTH}, without
 * recursion (so a hostile document cannot overflow the stack here), or undefined. One walk that
 * keeps each value's parent, so it can say where: it runs only on documents the fast yes/no
 * check of the structure refused, before the walk that reports their issues (which allocates more).
 */
export function findExcessiveNesting(value: unknown): Path | undefined {
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
    if (f.depth > MAX_NESTING_DEPTH) return pathOf(f);
    if (Array.isArray(f.value)) f.value.forEach((v, i) => stack.push({ value: v, depth: f.depth + 1, parent: f, key: i }));
    else if (isRecord(f.value)) for (const k of Object.keys(f.value)) stack.push({ value: f.value[k], depth: f.depth + 1, parent: f, key: k });
  }
  return undefined;
}

function valueAt(root: unknown, path: Path): unknown {
  let v = root;
  for (const seg of path) v = ownValue(v, seg);
  return v;
}

/** JSON type name of a value, as the messages use it. */
function typeName(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

const EXPECTED_NAMES: Readonly<Record<string, string>> = { record: "object", int: "integer" };

function segments(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((p) => (typeof p === "symbol" ? String(p) : p));
}

class IssueMapper {
  constructor(
    private readonly root: number,
    private readonly value: unknown,
  ) {}

  map(issues: readonly RawIssue[], base: Path): Issue[] {
    return issues.flatMap((z) => this.one(z, [...base, ...segments(z.path)]));
  }

  private missing(path: Path): Issue[] | undefined {
    if (path.length === 0) return undefined;
    const parent = valueAt(this.value, path.slice(0, -1));
    const key = path[path.length - 1]!;
    if (isRecord(parent) && typeof key === "string" && ownValue(parent, key) === undefined) {
      return [issue("missing_property", path.slice(0, -1), { property: key })];
    }
    return undefined;
  }

  private one(z: RawIssue, path: Path): Issue[] {
    const value = valueAt(this.value, path);
    switch (z.code) {
      case "invalid_type":
        return (
          this.missing(path) ?? [issue("wrong_type", path, { expected: EXPECTED_NAMES[z.expected!] ?? z.expected!, received: typeName(value) })]
        );
      case "unrecognized_keys": {
        const allowed = allowedKeysAt(STRUCTURE_NODES, this.root, this.value, path);
        return z.keys!.map((key) => issue("unknown_property", [...path, key], { property: key, allowed }));
      }
      case "invalid_value":
        return this.missing(path) ?? [issue("invalid_value", path, { value: preview(value), allowed: z.values!.map((v) => (typeof v === "number" ? v : String(v))) })];
      case "invalid_format":
        return [issue("invalid_format", path, { value: preview(value), ...z.info! })];
      case "too_small":
        return [this.size(z.origin!, "min", Number(z.minimum), value, path)];
      case "too_big":
        return [this.size(z.origin!, "max", Number(z.maximum), value, path)];
      case "invalid_key":
        // The key itself breaks its pattern (a language tag, an extension name): report at the key.
        return z.issues!.flatMap((inner) => this.keyIssue(inner, path));
      case "invalid_union":
        return this.union(z, path, value);
      default:
        return [issue("invalid_value", path, { value: preview(value), allowed: [] })];
    }
  }

  private size(origin: string, bound: "min" | "max", limit: number, value: unknown, path: Path): Issue {
    const actual = typeof value === "string" || Array.isArray(value) ? value.length : 0;
    if (origin === "string") return bound === "min" ? issue("too_short", path, { minimum: limit, actual }) : issue("too_long", path, { maximum: limit, actual });
    if (origin === "array") return bound === "min" ? issue("too_few_items", path, { minimum: limit, actual }) : issue("too_long", path, { maximum: limit, actual });
    return bound === "min" ? issue("too_small", path, { value: preview(value), minimum: limit }) : issue("too_big", path, { value: preview(value), maximum: limit });
  }

  private keyIssue(inner: RawIssue, path: Path): Issue[] {
    const key = String(path[path.length - 1]);
    if (inner.code === "invalid_format") return [issue("invalid_format", path, { value: preview(key), ...inner.info! })];
    if (inner.code === "too_small") return [issue("too_short", path, { minimum: Number(inner.minimum), actual: key.length })];
    if (inner.code === "too_big") return [issue("too_long", path, { maximum: Number(inner.maximum), actual: key.length })];
    return [issue("invalid_value", path, { value: preview(key), allowed: [] })];
  }

  /**
   * A union failed. zod reports every option's issues; report those of the option the author
   * meant instead: (1) a discriminator no option accepts → invalid_value listing the allowed tags;
   * (2) a value of the wrong type for every option → one wrong_type; (3) otherwise the option
   * whose keys fit the value best (fewest unknown or missing keys, a mismatched literal tag counts
   * 1.5); on a tie, the issues all tied options share, else no_matching_variant.
   */
  private union(z: RawIssue, path: Path, value: unknown): Issue[] {
    const variants = z.errors!;
    if (value === undefined) {
      const missing = this.missing(path);
      if (missing) return missing;
    }
    if (variants.length === 0) {
      const options = z.options;
      if (z.discriminator !== undefined && options) {
        return this.missing(path) ?? [issue("invalid_value", path, { value: preview(value), allowed: options.map((o) => (typeof o === "number" ? o : String(o))) })];
      }
      return [issue("no_matching_variant", path, { alternatives: [] })];
    }
    const rootMismatch = (v: readonly RawIssue[]) => v.some((i) => i.path.length === 0 && i.code === "invalid_type");
    const typed = variants.filter((v) => !rootMismatch(v));
    if (typed.length === 0) {
      const expected = [...new Set(variants.flatMap((v) => v.flatMap((i) => (i.code === "invalid_type" && i.path.length === 0 ? [EXPECTED_NAMES[i.expected!] ?? i.expected!] : []))))];
      return [issue("wrong_type", path, { expected: expected.join(" | "), received: typeName(value) })];
    }
    const tag = this.sharedTag(typed);
    if (tag !== undefined) {
      const allowed = [...new Set(typed.flatMap((v) => v.flatMap((i) => (i.code === "invalid_value" && i.path.length === 1 && i.path[0] === tag ? i.values! : []))))];
      const tagPath = [...path, tag];
      return this.missing(tagPath) ?? [issue("invalid_value", tagPath, { value: preview(ownValue(value, tag)), allowed: allowed.map((o) => (typeof o === "number" ? o : String(o))) })];
    }
    const scored = typed.map((v) => ({ v, score: this.shapeMisfit(v, value) }));
    const min = Math.min(...scored.map((s) => s.score));
    const best = scored.filter((s) => s.score === min).map((s) => s.v);
    if (best.length === 1) return this.map(best[0]!, path);
    const key = (i: RawIssue) => JSON.stringify([i.code, i.path.map(String), i.keys ?? null, i.expected ?? null]);
    const common = best[0]!.filter((i) => best.every((v) => v.some((j) => key(j) === key(i))));
    if (common.length > 0) return this.map(common, path);
    return [issue("no_matching_variant", path, { alternatives: best.map((v) => this.describeVariant(v, value)) })];
  }

  /** A key on which every option fails with a one-value literal (a discriminator like "kind"). */
  private sharedTag(variants: readonly (readonly RawIssue[])[]): string | undefined {
    const tagsOf = (v: readonly RawIssue[]) =>
      new Set(v.flatMap((i) => (i.code === "invalid_value" && i.path.length === 1 && typeof i.path[0] === "string" && i.values!.length === 1 ? [i.path[0]] : [])));
    const [first, ...rest] = variants.map(tagsOf);
    for (const t of first ?? []) if (rest.every((s) => s.has(t))) return t;
    return undefined;
  }

  /** How badly an option's keys fit the value: unknown keys + missing keys + 1.5 per wrong tag. */
  private shapeMisfit(variant: readonly RawIssue[], value: unknown): number {
    let score = 0;
    for (const i of variant) {
      if (i.path.length === 0 && i.code === "unrecognized_keys") score += i.keys!.length;
      else if (i.path.length === 1) {
        const child = ownValue(value, segments(i.path)[0]!);
        if (child === undefined) score += 1;
        else if (i.code === "invalid_value" && i.values!.length === 1) score += 1.5;
      }
    }
    return score;
  }

  /** "dimension + atLeast": the keys an option has, as far as its issues reveal them. */
  private describeVariant(variant: readonly RawIssue[], value: unknown): string {
    const unknown = new Set(variant.flatMap((i) => (i.path.length === 0 && i.code === "unrecognized_keys" ? i.keys! : [])));
    const present = isRecord(value) ? Object.keys(value).filter((k) => !unknown.has(k)) : [];
    const missing = variant.flatMap((i) => (i.path.length === 1 && ownValue(value, segments(i.path)[0]!) === undefined ? [String(i.path[0])] : []));
    const keys = [...new Set([...present, ...missing])];
    return keys.length > 0 ? keys.join(" + ") : "{}";
  }
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
  return { issues: sortIssues(new IssueMapper(root, value).map(raw, [])) };
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
