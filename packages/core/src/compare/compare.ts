/**
 * compare: several scales side by side on their shared reference scale. For each reference level,
 * which level(s) of each scale cover it; for each pair of scales, how every level of one relates to
 * every level of the other (the same rule as translate).
 */
import { boundIssues } from "../issues/bound.js";
import type { Issue } from "../issues/issue.js";
import type { Relation } from "../model/mapping.js";
import type { Color, Scale } from "../model/scale.js";
import { CRS_OUTLINE } from "../reference/crs-outline.js";
import type { DeepReadonly, Text } from "../translate/_internal.js";
import { relateLevels } from "../translate/relate-levels.js";
import type { TranslationRelation } from "../translate/relation.js";
import { indexReference, issue, resolveSide, type Side } from "../translate/resolve.js";
import type { MappedScale } from "../translate/translate.js";
import { orderWithCompanions, type AlignmentCompanionOf, type AlignmentRelated } from "./related.js";

/** Options of {@link compare}. */
export interface CompareOptions {
  /** The reference scale every mapping maps onto (default: the built-in CRS 1.0, read from its outline: codes, labels, colours and method, without the definitions, which these answers never carry). */
  readonly reference?: DeepReadonly<Scale>;
  /** Column order: as given (default), or by scale id then version (code-unit order, locale-free). */
  readonly order?: "input" | "id";
  /** Compute the pairwise matrices (default true); they grow with the square of the number of scales. */
  readonly pairwise?: boolean;
  /**
   * Most level-to-level relations the pairwise matrices may hold (default
   * {@link DEFAULT_PAIRWISE_BUDGET}). Pairs are computed in order until the next would pass it; the
   * rest are left out with one `compare_pairwise_truncated` issue saying how many pairs were done.
   */
  readonly pairwiseBudget?: number;
}

/**
 * Default {@link CompareOptions.pairwiseBudget}: 20 000 relations (every pair of about 33
 * six-level scales), so that the output stays proportional to the scales compared.
 */
export const DEFAULT_PAIRWISE_BUDGET = 20_000;

/** A level as shown in an alignment. */
export interface AlignmentLevel {
  readonly code: string;
  readonly rank: number;
  readonly label: Text;
  /** The level's display colour as its document gives it (`levels` of scales and reference only). */
  readonly color?: DeepReadonly<Color>;
}

/** A compared scale (one column of the alignment). */
export interface AlignmentScale {
  readonly id: string;
  readonly version: string;
  readonly title: Text;
  readonly direction: "ascending" | "descending";
  readonly defaultLanguage: string;
  readonly mapping: { readonly id: string; readonly version: string };
  /** All levels, least severe first, whether mapped or not. */
  readonly levels: readonly AlignmentLevel[];
  /**
   * The scales this one names in `related` (format 1.1), each with its position in `scales`, or
   * `index: null` when it was not among the compared scales. Absent when the scale names none.
   */
  readonly related?: readonly AlignmentRelated[];
  /**
   * Set when this scale stands beside the scale at `index` because that one names it as its
   * companion, impact or threat ladder (`relation`): "threat scale of …".
   */
  readonly companionOf?: AlignmentCompanionOf;
}

/** A level of a scale covering a reference level, with its record's relation and confidence. */
export interface AlignmentCellLevel extends AlignmentLevel {
  readonly relation: Exclude<Relation, "noMatch">;
  readonly confidence: number;
}

/** The levels of one scale that cover one reference level (possibly none). */
export interface AlignmentCell {
  readonly scaleId: string;
  readonly version: string;
  readonly levels: readonly AlignmentCellLevel[];
}

/** One reference level and, per scale (same order as `scales`), the levels covering it. */
export interface AlignmentRow {
  readonly reference: string;
  readonly rank: number;
  readonly label: Text;
  readonly cells: readonly AlignmentCell[];
}

/**
 * How each level of scale `a` relates to each level of scale `b`: `matrix[i][j]` is the relation of
 * b's level j to a's level i ("b's level is narrower…"), as translate(a → b) would give it, or null
 * when their bands do not meet. Rows and columns follow the levels' ranks.
 */
export interface PairwiseAlignment {
  readonly a: string;
  readonly aVersion: string;
  readonly b: string;
  readonly bVersion: string;
  /** Positions of a and b in `scales`. */
  readonly aIndex: number;
  readonly bIndex: number;
  readonly matrix: readonly (readonly (TranslationRelation | null)[])[];
  readonly confidence: readonly (readonly (number | null)[])[];
}

/** The result of {@link compare}: plain JSON, serialisable as it is. */
export interface Alignment {
  readonly reference: {
    readonly id: string;
    readonly version: string;
    readonly defaultLanguage: string;
    readonly levels: readonly AlignmentLevel[];
  };
  readonly scales: readonly AlignmentScale[];
  /** One row per reference level, least severe first. */
  readonly rows: readonly AlignmentRow[];
  /**
   * Positions in `scales` shown together, in order: a scale followed by the companion, impact and
   * threat ladders it names (each scale once); a scale alone is a group of one.
   */
  readonly groups: readonly (readonly number[])[];
  /** One entry per pair of scales i < j in `scales` order (empty when `pairwise: false`). */
  readonly pairwise: readonly PairwiseAlignment[];
  readonly issues: readonly Issue[];
}

const withColor = (level: AlignmentLevel, color: DeepReadonly<Color> | undefined): AlignmentLevel => (color === undefined ? level : { ...level, color });

const byIdThenVersion = (x: MappedScale, y: MappedScale): number =>
  x.scale.id < y.scale.id ? -1 : x.scale.id > y.scale.id ? 1 : x.scale.version < y.scale.version ? -1 : x.scale.version > y.scale.version ? 1 : 0;

/**
 * Aligns scales on their shared reference scale. An entry whose mapping does not fit its scale or
 * the reference is left out, with an issue; levels without a band appear in no row. A scale is
 * followed by the companion, impact and threat scales it names that are among the entries
 * (`groups`, `companionOf`); the ones not given are named in its `related`, never fetched.
 */
export function compare(entries: readonly MappedScale[], options: CompareOptions = {}): Alignment {
  const ref = indexReference(options.reference ?? CRS_OUTLINE);
  const ordered = options.order === "id" ? [...entries].sort(byIdThenVersion) : [...entries];
  const issues: Issue[] = [];
  const usable: Side[] = [];
  for (const entry of ordered) {
    const side = resolveSide(entry.scale, entry.mapping, ref);
    issues.push(...side.issues);
    if (!side.usable) continue;
    for (const l of side.levels) {
      if (!l.resolved.ok) issues.push({ ...l.resolved.issue, severity: l.resolved.issue.code === "level_no_match" ? "info" : "warning" });
    }
    usable.push(side);
  }
  const grouping = orderWithCompanions(usable.map((s) => s.scale));
  const sides = grouping.order.map((k) => usable[k]!);
  if (sides.length === 0) issues.push(issue("compare_no_entries", "", {}));

  const scales: AlignmentScale[] = sides.map((s, p) => ({
    id: s.scale.id,
    version: s.scale.version,
    title: s.scale.title,
    direction: s.scale.direction,
    defaultLanguage: s.scale.defaultLanguage,
    mapping: { id: s.mapping.id, version: s.mapping.version },
    levels: s.levels.map((l) => withColor({ code: l.code, rank: l.rank, label: l.label }, s.scale.levels.find((x) => x.code === l.code)?.color)),
    ...(grouping.related[p]!.length > 0 ? { related: grouping.related[p]! } : {}),
    ...(grouping.companionOf[p] ? { companionOf: grouping.companionOf[p]! } : {}),
  }));

  const refLevels: AlignmentLevel[] = [];
  ref.scale.levels.forEach((l, rank) => {
    if (ref.rank.get(l.code) === rank) refLevels.push(withColor({ code: l.code, rank, label: l.label }, l.color));
  });

  const rows: AlignmentRow[] = refLevels.map((r) => ({
    reference: r.code,
    rank: r.rank,
    label: r.label,
    cells: sides.map((s) => ({
      scaleId: s.scale.id,
      version: s.scale.version,
      levels: s.levels.flatMap((l) =>
        l.resolved.ok && l.resolved.interval.minRank <= r.rank && r.rank <= l.resolved.interval.maxRank
          ? [{ code: l.code, rank: l.rank, label: l.label, relation: l.resolved.relation, confidence: l.resolved.record.confidence }]
          : [],
      ),
    })),
  }));

  const pairwise: PairwiseAlignment[] = [];
  if (options.pairwise !== false) {
    const budget = options.pairwiseBudget ?? DEFAULT_PAIRWISE_BUDGET;
    const totalPairs = (sides.length * (sides.length - 1)) / 2;
    let used = 0;
    pairs: for (let i = 0; i < sides.length; i++) {
      for (let j = i + 1; j < sides.length; j++) {
        const a = sides[i]!;
        const b = sides[j]!;
        used += a.levels.length * b.levels.length;
        if (used > budget) {
          issues.push({ code: "compare_pairwise_truncated", severity: "warning", pointer: "", params: { done: pairwise.length, total: totalPairs, budget } });
          break pairs;
        }
        const same = a.scale.id === b.scale.id && a.scale.version === b.scale.version;
        const matrix: (TranslationRelation | null)[][] = [];
        const confidence: (number | null)[][] = [];
        for (const la of a.levels) {
          const mRow: (TranslationRelation | null)[] = [];
          const cRow: (number | null)[] = [];
          for (const lb of b.levels) {
            const rel = relateLevels(la, lb, same);
            mRow.push(rel ? rel.relation : null);
            cRow.push(rel ? rel.confidence : null);
          }
          matrix.push(mRow);
          confidence.push(cRow);
        }
        pairwise.push({ a: a.scale.id, aVersion: a.scale.version, b: b.scale.id, bVersion: b.scale.version, aIndex: i, bIndex: j, matrix, confidence });
      }
    }
  }

  const seen = new Set<string>();
  const unique = issues.filter((x) => {
    const key = JSON.stringify([x.code, x.pointer, x.params]);
    return seen.has(key) ? false : (seen.add(key), true);
  });
  return {
    reference: { id: ref.scale.id, version: ref.scale.version, defaultLanguage: ref.scale.defaultLanguage, levels: refLevels },
    scales,
    groups: grouping.groups,
    rows,
    pairwise,
    issues: boundIssues(unique),
  };
}
