/**
 * Look-up tables over one scale, built once and shared by the meaning rules, plus the reference
 * checks every rule uses. When a code is declared twice the first declaration wins, so a
 * duplicate is reported once (by its own rule) and does not also break every reference to it.
 */
import type { Issue } from "../issues/issue.js";
import type { SimpleMethod } from "../model/method.js";
import type { Dimension, OrdinalDimension, Scale } from "../model/scale.js";
import type { Path } from "./_issue.js";
import { issue } from "./_issue.js";
import { lowerScale } from "../classify/lower.js";

/** Shared look-ups over a scale. */
export interface ScaleContext {
  /**
   * The scale as the classifiers read it (`lowerScale`): boolean and nominal dimensions as option
   * dimensions, `is` tests as `in` tests, at the same pointers. Rules check what classification uses.
   */
  readonly scale: Scale;
  /** The document as written (for the rules about its kinds of dimension and its texts). */
  readonly document: Scale;
  /** Codes of the nominal dimensions (options without order). */
  readonly nominal: ReadonlySet<string>;
  /** Level code → rank (0 = least severe), first declaration wins. */
  readonly levelRank: ReadonlyMap<string, number>;
  /** Level codes in order, without repeats (for messages). */
  readonly levelCodes: readonly string[];
  readonly sentinels: ReadonlySet<string>;
  /** Dimension code → dimension and its index in `dimensions`. */
  readonly dimensions: ReadonlyMap<string, { readonly dimension: Dimension; readonly index: number }>;
  readonly dimensionCodes: readonly string[];
  /** Ordinal dimension code → option code → rank. */
  readonly optionRank: ReadonlyMap<string, ReadonlyMap<string, number>>;
  readonly axes: ReadonlySet<string>;
}

function firstIndex(codes: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  codes.forEach((c, i) => {
    if (!m.has(c)) m.set(c, i);
  });
  return m;
}

/** Builds the look-ups for a (structurally valid) scale. */
export function scaleContext(document: Scale): ScaleContext {
  const scale = lowerScale(document);
  const levelRank = firstIndex(scale.levels.map((l) => l.code));
  const dimensions = new Map<string, { dimension: Dimension; index: number }>();
  const optionRank = new Map<string, Map<string, number>>();
  scale.dimensions.forEach((dimension, index) => {
    if (dimensions.has(dimension.code)) return;
    dimensions.set(dimension.code, { dimension, index });
    if (dimension.type === "ordinal") optionRank.set(dimension.code, firstIndex(dimension.options.map((o) => o.code)));
  });
  return {
    scale,
    document,
    nominal: new Set(document.dimensions.filter((d) => d.type === "nominal").map((d) => d.code)),
    levelRank,
    levelCodes: [...levelRank.keys()],
    sentinels: new Set((scale.sentinels ?? []).map((s) => s.code)),
    dimensions,
    dimensionCodes: [...dimensions.keys()],
    optionRank,
    axes: new Set((scale.axes ?? []).map((a) => a.code)),
  };
}

/** Every simple method of the scale with its path: the method itself, or each composite component's. */
export function simpleMethods(scale: Scale): { readonly method: SimpleMethod; readonly path: Path }[] {
  const m = scale.method;
  if (m.kind === "composite") return m.components.map((c, i) => ({ method: c.method, path: ["method", "components", i, "method"] }));
  return [{ method: m, path: ["method"] }];
}

/**
 * Checks that `code` names a level (or, when `allowSentinel`, a sentinel).
 * Returns the issue list (empty when it exists).
 */
export function checkLevel(ctx: ScaleContext, code: string, path: Path, allowSentinel = false): Issue[] {
  if (ctx.levelRank.has(code) || (allowSentinel && ctx.sentinels.has(code))) return [];
  const known = allowSentinel ? [...ctx.levelCodes, ...ctx.sentinels] : [...ctx.levelCodes];
  return [issue("unknown_level_reference", path, { code, scale: ctx.scale.id, known })];
}

/**
 * Looks a dimension up and checks its type. Returns the dimension when it exists and has the
 * expected type; otherwise undefined, with the issue pushed to `out`.
 */
export function checkDimension(
  ctx: ScaleContext,
  code: string,
  path: Path,
  out: Issue[],
  expected?: { readonly type: Dimension["type"]; readonly property: string },
): Dimension | undefined {
  const found = ctx.dimensions.get(code);
  if (!found) {
    out.push(issue("unknown_dimension_reference", path, { code, known: [...ctx.dimensionCodes] }));
    return undefined;
  }
  if (expected && found.dimension.type !== expected.type) {
    out.push(issue("dimension_type_mismatch", path, { dimension: code, actual: found.dimension.type, expected: expected.type, property: expected.property }));
    return undefined;
  }
  return found.dimension;
}

/** Checks that `option` is an option of the ordinal dimension; pushes the issue to `out`. */
export function checkOption(ctx: ScaleContext, dimension: OrdinalDimension, option: string, path: Path, out: Issue[]): boolean {
  if (ctx.optionRank.get(dimension.code)?.has(option)) return true;
  out.push(issue("unknown_option_reference", path, { code: option, dimension: dimension.code, known: [...(ctx.optionRank.get(dimension.code)?.keys() ?? [])] }));
  return false;
}

/** One entry of a list whose keys must be unique. */
export interface Keyed {
  readonly key: string;
  readonly path: Path;
}

/**
 * The items whose key appeared earlier, each with the pointer paths of both occurrences. Paths
 * are built only for the duplicates: the check runs on every list of every document.
 */
export function duplicatesBy<T>(items: readonly T[], key: (item: T) => string, pathOf: (index: number) => Path): { readonly key: string; readonly path: Path; readonly first: Path }[] {
  const seen = new Map<string, number>();
  const out: { key: string; path: Path; first: Path }[] = [];
  for (let i = 0; i < items.length; i++) {
    const k = key(items[i]!);
    const first = seen.get(k);
    if (first === undefined) seen.set(k, i);
    else out.push({ key: k, path: pathOf(i), first: pathOf(first) });
  }
  return out;
}

/** The entries whose key appeared earlier, each with the pointer path of the first occurrence. */
export function duplicates(entries: readonly Keyed[]): { readonly key: string; readonly path: Path; readonly first: Path }[] {
  const seen = new Map<string, Path>();
  const out: { key: string; path: Path; first: Path }[] = [];
  for (const e of entries) {
    const first = seen.get(e.key);
    if (first) out.push({ key: e.key, path: e.path, first });
    else seen.set(e.key, e.path);
  }
  return out;
}
