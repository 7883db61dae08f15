/**
 * translate: "their level X — what is it in our scale?" Both scales map onto the same reference
 * scale; the candidates are the target levels whose band meets the source level's band, each with
 * a relation, a confidence, an explanation and the chain of records used (docs/translation.md).
 */
import { rangesIntersect } from "../semver/intersects.js";
import type { Issue } from "../issues/issue.js";
import type { Justification, Mapping, Relation } from "../model/mapping.js";
import type { Scale } from "../model/scale.js";
import { sameDefinition } from "../diff/align.js";
import { editionOf } from "../diff/edition.js";
import { CRS_OUTLINE } from "../reference/crs-outline.js";
import type { DeepReadonly, Text } from "./_internal.js";
import { explainEdition, explainIdentity, explainPath, type ExplainedEnd, type Explanation } from "./explain.js";
import { relateLevels } from "./relate-levels.js";
import type { TranslationRelation } from "./relation.js";
import {
  indexReference,
  issue,
  notALevel,
  resolveSide,
  safeValidRange,
  type ReferenceIndex,
  type ReferenceInterval,
  type ResolvedRecord,
  type Side,
  type SideLevel,
} from "./resolve.js";

/** A scale together with its mapping onto the reference scale. */
export interface MappedScale {
  readonly scale: DeepReadonly<Scale>;
  readonly mapping: DeepReadonly<Mapping>;
}

/** Options of {@link translate}. */
export interface TranslateOptions {
  /** The reference scale both mappings map onto (default: the built-in CRS 1.0, read from its outline: codes, labels, colours and method, without the definitions, which these answers never carry). */
  readonly reference?: DeepReadonly<Scale>;
}

/** A level or band of some scale: a single level has min == max. */
export interface ChainTerm {
  readonly scaleId: string;
  readonly version: string;
  readonly min: string;
  readonly max: string;
}

/** One mapping record used on the way from the source level to a candidate. */
export interface ChainStep {
  readonly mapping: { readonly id: string; readonly version: string };
  /** Index of the record in `mapping.records`. */
  readonly record: number;
  /** True when the record is read backwards, from the reference band to the level (SSSOM inversion). */
  readonly inverted: boolean;
  readonly subject: ChainTerm;
  /** The relation as read in this direction (inversion swaps broadMatch and narrowMatch). */
  readonly relation: Exclude<Relation, "noMatch">;
  readonly object: ChainTerm;
  readonly confidence: number;
  readonly justification: Justification;
}

/** A level of the target scale that may correspond to the source level. */
export interface TranslationCandidate {
  readonly code: string;
  readonly rank: number;
  readonly label: Text;
  readonly relation: TranslationRelation;
  readonly confidence: number;
  readonly reference: ReferenceInterval;
  readonly explanation: Explanation;
  /** The records used: the source's record, then the candidate's record inverted ([] for the level itself). */
  readonly chain: readonly ChainStep[];
}

/** The translated level, as found in its own scale. */
export interface TranslationSource {
  readonly scaleId: string;
  readonly version: string;
  readonly code: string;
  readonly rank: number;
  readonly label: Text;
}

/** Where the source level sits on the reference scale. */
export interface TranslationReference extends ReferenceInterval {
  readonly id: string;
  readonly version: string;
  readonly relation: Exclude<Relation, "noMatch">;
  readonly confidence: number;
}

/** The answer of {@link translate}: candidates ordered by rank (least severe first), and issues. */
export interface TranslateResult {
  /** Null when the code is not a level of the source scale. */
  readonly source: TranslationSource | null;
  /** Null when the source level has no band (not mapped, noMatch, bad record). */
  readonly reference: TranslationReference | null;
  readonly candidates: readonly TranslationCandidate[];
  readonly issues: readonly Issue[];
}

const INVERSE: Record<Exclude<Relation, "noMatch">, Exclude<Relation, "noMatch">> = {
  exactMatch: "exactMatch",
  closeMatch: "closeMatch",
  broadMatch: "narrowMatch",
  narrowMatch: "broadMatch",
  relatedMatch: "relatedMatch",
};

type Resolved = Extract<ResolvedRecord, { ok: true }>;

function step(side: Side, level: SideLevel, r: Resolved, inverted: boolean): ChainStep {
  const levelTerm: ChainTerm = { scaleId: side.scale.id, version: side.scale.version, min: level.code, max: level.code };
  const band: ChainTerm = { scaleId: side.ref.scale.id, version: side.ref.scale.version, min: r.interval.min, max: r.interval.max };
  return {
    mapping: { id: side.mapping.id, version: side.mapping.version },
    record: r.index,
    inverted,
    subject: inverted ? band : levelTerm,
    relation: inverted ? INVERSE[r.relation] : r.relation,
    object: inverted ? levelTerm : band,
    confidence: r.record.confidence,
    justification: r.record.justification,
  };
}

const end = (side: Side, level: SideLevel, r: Resolved): ExplainedEnd => ({
  scale: side.scale,
  code: level.code,
  label: level.label,
  relation: r.relation,
  interval: r.interval,
});

/** Drops repeated issues (the same mapping read on both sides reports the same findings twice). */
function dedupe(issues: readonly Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = JSON.stringify([i.code, i.pointer, i.params]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Warns when the two mappings' reference version ranges have no version in common. */
function versionIssues(from: DeepReadonly<Mapping>, to: DeepReadonly<Mapping>): Issue[] {
  const a = safeValidRange(from.object.versions);
  const b = safeValidRange(to.object.versions);
  if (a === null || b === null) return []; // reported per mapping as mapping_range_unusable
  return rangesIntersect(a, b)
    ? []
    : [issue("reference_versions_disjoint", "/object/versions", { referenceId: from.object.id, fromRange: from.object.versions, toRange: to.object.versions })];
}

/** True when one scale is a new edition of the other (another id, named by `supersedes` or a `related` supersedes entry): the diff's own test, either way round. */
function areEditions(a: DeepReadonly<Scale>, b: DeepReadonly<Scale>): boolean {
  const [x, y] = [a as unknown as Record<string, unknown>, b as unknown as Record<string, unknown>];
  return editionOf(x, y) !== undefined || editionOf(y, x) !== undefined;
}

/** A target level that is the translated level itself (the same scale, or an unchanged level of another edition): equivalent, confidence 1. */
function sameLevel(scale: DeepReadonly<Scale>, target: SideLevel, reference: ReferenceInterval): TranslationCandidate {
  return { code: target.code, rank: target.rank, label: target.label, relation: "equivalent", confidence: 1, reference, explanation: explainIdentity(scale, target.code, target.label), chain: [] };
}

/** The same definition (in every language both give, at least one) and the same reference band: a level unchanged between editions. */
function unchangedAcrossEditions(a: DeepReadonly<Scale>, b: DeepReadonly<Scale>, x: SideLevel, y: SideLevel): boolean {
  if (!x.resolved.ok || !y.resolved.ok) return false;
  if (x.resolved.interval.minRank !== y.resolved.interval.minRank || x.resolved.interval.maxRank !== y.resolved.interval.maxRank) return false;
  const dx = a.levels.find((l) => l.code === x.code)?.definition;
  const dy = b.levels.find((l) => l.code === y.code)?.definition;
  return sameDefinition({ code: x.code, label: {}, definition: dx }, { code: y.code, label: {}, definition: dy });
}

/**
 * Prepares translations from one scale to another and returns the translating function; use it
 * when translating many levels between the same pair (translate() is this plus one call).
 */
export function createTranslator(
  from: MappedScale,
  to: MappedScale,
  options: TranslateOptions = {},
): (levelCode: string) => TranslateResult {
  const ref: ReferenceIndex = indexReference(options.reference ?? CRS_OUTLINE);
  const a = resolveSide(from.scale, from.mapping, ref);
  const b = resolveSide(to.scale, to.mapping, ref);
  const sameScale = from.scale.id === to.scale.id && from.scale.version === to.scale.version;
  const editions = areEditions(from.scale, to.scale);
  const pairIssues: Issue[] = [];
  if (from.mapping.object.id !== to.mapping.object.id) {
    pairIssues.push(issue("reference_mismatch", "/object/id", { from: from.mapping.object.id, to: to.mapping.object.id }));
  } else {
    pairIssues.push(...versionIssues(from.mapping, to.mapping));
  }
  const chainable = a.usable && b.usable && pairIssues.every((i) => i.severity !== "error");
  // Target levels without a band cannot be candidates: say so once per translation, as warnings
  // (a noMatch is a statement, not a defect: info).
  const targetIssues = b.levels.flatMap((l) =>
    l.resolved.ok ? [] : [{ ...l.resolved.issue, severity: l.resolved.issue.code === "level_no_match" ? "info" : "warning" } satisfies Issue],
  );
  const baseIssues = dedupe([...pairIssues, ...a.issues, ...b.issues]);

  return (levelCode: string): TranslateResult => {
    const level = a.byCode.get(levelCode);
    if (!level) {
      return { source: null, reference: null, candidates: [], issues: [...baseIssues, notALevel(from.scale, a.sentinels, levelCode)] };
    }
    const source: TranslationSource = { scaleId: from.scale.id, version: from.scale.version, code: level.code, rank: level.rank, label: level.label };
    const issues: Issue[] = [...baseIssues];
    const ra = level.resolved;
    if (!ra.ok) issues.push(ra.issue);
    const reference: TranslationReference | null = ra.ok
      ? { id: ref.scale.id, version: ref.scale.version, ...ra.interval, relation: ra.relation, confidence: ra.record.confidence }
      : null;
    const candidates: TranslationCandidate[] = [];
    for (const target of b.levels) {
      if (!chainable && !(sameScale && target.code === level.code)) continue;
      if (editions && unchangedAcrossEditions(from.scale, to.scale, level, target)) {
        // Two editions of one scheme: a level whose definition and reference band did not change is the same level.
        const explanation = explainEdition({ scale: from.scale, code: level.code, label: level.label }, { scale: to.scale, code: target.code, label: target.label });
        candidates.push({ ...sameLevel(to.scale, target, (target.resolved as Resolved).interval), explanation });
        continue;
      }
      const rel = relateLevels(level, target, sameScale);
      if (!rel) continue;
      if (rel.identity) {
        const band = target.resolved.ok ? target.resolved.interval : (ra as Resolved).interval;
        candidates.push(sameLevel(to.scale, target, band));
        continue;
      }
      // relateLevels only relates two resolved levels otherwise.
      const rs = ra as Resolved;
      const rb = target.resolved as Resolved;
      if (rel.closeMatch) {
        issues.push(
          issue("close_match_not_chained", "", {
            source: `${from.scale.id}#${level.code}`,
            candidate: `${to.scale.id}#${target.code}`,
          }),
        );
      }
      candidates.push({
        code: target.code,
        rank: target.rank,
        label: target.label,
        relation: rel.relation,
        confidence: rel.confidence,
        reference: rb.interval,
        explanation: explainPath(ref, end(a, level, rs), end(b, target, rb), rel.relation, rel.confidence, rel.closeMatch),
        chain: [step(a, level, rs, false), step(b, target, rb, true)],
      });
    }
    issues.push(...targetIssues);
    return { source, reference, candidates, issues: dedupe(issues) };
  };
}

/**
 * Translates a level of one scale into the levels of another through their shared reference scale.
 * @example translate("Category 3", { scale: uk, mapping: ukToCrs }, { scale: au, mapping: auToCrs }).candidates[0]
 *   // { code: "C3", relation: "equivalent", confidence: 0.81, ... }
 */
export function translate(levelCode: string, from: MappedScale, to: MappedScale, options: TranslateOptions = {}): TranslateResult {
  return createTranslator(from, to, options)(levelCode);
}
