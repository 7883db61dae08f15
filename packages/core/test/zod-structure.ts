/**
 * The structure stage as it ran before issue 8 moved zod off the runtime path: the zod schema of
 * the document's kind parses the value, and zod's issues are mapped to sevscale's codes. Kept as
 * the reference the generated table's reports are proven equal to
 * (src/validate/structure-equivalence.test.ts).
 */
import type { z } from "zod";
import type { Issue } from "../src/issues/issue.js";
import type { DocumentKind } from "../src/model/kinds.js";
import { DOCUMENT_SCHEMAS } from "../src/model/kinds.js";
import { describeFormat } from "../src/model/formats.js";
import type { Path } from "../src/validate/_issue.js";
import { issue, preview, sortIssues } from "../src/validate/_issue.js";
import { isRecord, ownValue } from "../src/parse/json-value.js";
import { allowedKeys, schemaAt } from "../src/validate/_schema-walk.js";

type ZodIssue = z.core.$ZodIssue;
type Schema = z.core.$ZodType;

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
    private readonly schema: Schema,
    private readonly root: unknown,
  ) {}

  map(issues: readonly ZodIssue[], base: Path): Issue[] {
    return issues.flatMap((z) => this.one(z, [...base, ...segments(z.path)]));
  }

  private missing(path: Path): Issue[] | undefined {
    if (path.length === 0) return undefined;
    const parent = valueAt(this.root, path.slice(0, -1));
    const key = path[path.length - 1]!;
    if (isRecord(parent) && typeof key === "string" && ownValue(parent, key) === undefined) {
      return [issue("missing_property", path.slice(0, -1), { property: key })];
    }
    return undefined;
  }

  private one(z: ZodIssue, path: Path): Issue[] {
    const value = valueAt(this.root, path);
    switch (z.code) {
      case "invalid_type":
        return (
          this.missing(path) ?? [issue("wrong_type", path, { expected: EXPECTED_NAMES[z.expected] ?? z.expected, received: typeName(value) })]
        );
      case "unrecognized_keys": {
        const found = schemaAt(this.schema, this.root, path);
        const allowed = found ? allowedKeys(found.schema, found.value) : [];
        return z.keys.map((key) => issue("unknown_property", [...path, key], { property: key, allowed }));
      }
      case "invalid_value":
        return this.missing(path) ?? [issue("invalid_value", path, { value: preview(value), allowed: z.values.map((v) => (typeof v === "number" ? v : String(v))) })];
      case "invalid_format":
        return [issue("invalid_format", path, { value: preview(value), ...describeFormat(z.format, z.pattern) })];
      case "too_small":
        return [this.size(z.origin, "min", Number(z.minimum), value, path)];
      case "too_big":
        return [this.size(z.origin, "max", Number(z.maximum), value, path)];
      case "invalid_key":
        // The key itself breaks its pattern (a language tag, an extension name): report at the key.
        return z.issues.flatMap((inner) => this.keyIssue(inner, path));
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

  private keyIssue(inner: ZodIssue, path: Path): Issue[] {
    const key = String(path[path.length - 1]);
    if (inner.code === "invalid_format") return [issue("invalid_format", path, { value: preview(key), ...describeFormat(inner.format, inner.pattern) })];
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
  private union(z: Extract<ZodIssue, { code: "invalid_union" }>, path: Path, value: unknown): Issue[] {
    const variants = z.errors;
    if (value === undefined) {
      const missing = this.missing(path);
      if (missing) return missing;
    }
    if (variants.length === 0) {
      const options = "options" in z ? z.options : undefined;
      if (z.discriminator !== undefined && options) {
        return this.missing(path) ?? [issue("invalid_value", path, { value: preview(value), allowed: options.map((o) => (typeof o === "number" ? o : String(o))) })];
      }
      return [issue("no_matching_variant", path, { alternatives: [] })];
    }
    const rootMismatch = (v: readonly ZodIssue[]) => v.some((i) => i.path.length === 0 && i.code === "invalid_type");
    const typed = variants.filter((v) => !rootMismatch(v));
    if (typed.length === 0) {
      const expected = [...new Set(variants.flatMap((v) => v.flatMap((i) => (i.code === "invalid_type" && i.path.length === 0 ? [EXPECTED_NAMES[i.expected] ?? i.expected] : []))))];
      return [issue("wrong_type", path, { expected: expected.join(" | "), received: typeName(value) })];
    }
    const tag = this.sharedTag(typed);
    if (tag !== undefined) {
      const allowed = [...new Set(typed.flatMap((v) => v.flatMap((i) => (i.code === "invalid_value" && i.path.length === 1 && i.path[0] === tag ? i.values : []))))];
      const tagPath = [...path, tag];
      return this.missing(tagPath) ?? [issue("invalid_value", tagPath, { value: preview(ownValue(value, tag)), allowed: allowed.map((o) => (typeof o === "number" ? o : String(o))) })];
    }
    const scored = typed.map((v) => ({ v, score: this.shapeMisfit(v, value) }));
    const min = Math.min(...scored.map((s) => s.score));
    const best = scored.filter((s) => s.score === min).map((s) => s.v);
    if (best.length === 1) return this.map(best[0]!, path);
    const key = (i: ZodIssue) => JSON.stringify([i.code, i.path.map(String), "keys" in i ? i.keys : null, "expected" in i ? i.expected : null]);
    const common = best[0]!.filter((i) => best.every((v) => v.some((j) => key(j) === key(i))));
    if (common.length > 0) return this.map(common, path);
    return [issue("no_matching_variant", path, { alternatives: best.map((v) => this.describeVariant(v, value)) })];
  }

  /** A key on which every option fails with a one-value literal (a discriminator like "kind"). */
  private sharedTag(variants: readonly (readonly ZodIssue[])[]): string | undefined {
    const tagsOf = (v: readonly ZodIssue[]) =>
      new Set(v.flatMap((i) => (i.code === "invalid_value" && i.path.length === 1 && typeof i.path[0] === "string" && i.values.length === 1 ? [i.path[0]] : [])));
    const [first, ...rest] = variants.map(tagsOf);
    for (const t of first ?? []) if (rest.every((s) => s.has(t))) return t;
    return undefined;
  }

  /** How badly an option's keys fit the value: unknown keys + missing keys + 1.5 per wrong tag. */
  private shapeMisfit(variant: readonly ZodIssue[], value: unknown): number {
    let score = 0;
    for (const i of variant) {
      if (i.path.length === 0 && i.code === "unrecognized_keys") score += i.keys.length;
      else if (i.path.length === 1) {
        const child = ownValue(value, segments(i.path)[0]!);
        if (child === undefined) score += 1;
        else if (i.code === "invalid_value" && i.values.length === 1) score += 1.5;
      }
    }
    return score;
  }

  /** "dimension + atLeast": the keys an option has, as far as its issues reveal them. */
  private describeVariant(variant: readonly ZodIssue[], value: unknown): string {
    const unknown = new Set(variant.flatMap((i) => (i.path.length === 0 && i.code === "unrecognized_keys" ? i.keys : [])));
    const present = isRecord(value) ? Object.keys(value).filter((k) => !unknown.has(k)) : [];
    const missing = variant.flatMap((i) => (i.path.length === 1 && ownValue(value, segments(i.path)[0]!) === undefined ? [String(i.path[0])] : []));
    const keys = [...new Set([...present, ...missing])];
    return keys.length > 0 ? keys.join(" + ") : "{}";
  }
}

/** The structure issues zod finds in `value` against the schema of `kind`, mapped and sorted. */
export function zodStructureIssues(kind: DocumentKind, value: unknown): Issue[] {
  const schema = DOCUMENT_SCHEMAS[kind];
  const result = schema.safeParse(value);
  if (result.success) return [];
  return sortIssues(new IssueMapper(schema, value).map(result.error.issues, []));
}
