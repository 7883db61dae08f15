/**
 * Resolving a scale and its mapping against a reference scale: which band of the reference each
 * level covers, with every problem found on the way reported as an issue, never thrown. Shared by
 * toReference, translate and compare; internal to the core.
 */
import { satisfies } from "../semver/satisfies.js";
import { validRange } from "../semver/range.js";
import type { Issue, IssueParams } from "../issues/issue.js";
import type { Mapping, MappingRecord, Relation } from "../model/mapping.js";
import type { Scale, Sentinel } from "../model/scale.js";
import type { TRANSLATE_MESSAGES } from "./messages.js";
import type { DeepReadonly, Text } from "./_internal.js";
import { TRANSLATE_SEVERITIES, severityIn } from "../generated/severities.js";

/** A band of the reference scale: level codes and their ranks (0 = least severe), min ≤ max. */
export interface ReferenceInterval {
  readonly min: string;
  readonly max: string;
  readonly minRank: number;
  readonly maxRank: number;
}

type Code = keyof typeof TRANSLATE_MESSAGES;

/** Builds an issue with the catalogue's severity unless another is asked for. */
export function issue(code: Code, pointer: string, params: IssueParams, severity?: Issue["severity"]): Issue {
  return { code, severity: severity ?? severityIn(TRANSLATE_SEVERITIES, code), pointer, params };
}

/** The reference scale with its level ranks looked up once. */
export interface ReferenceIndex {
  readonly scale: DeepReadonly<Scale>;
  readonly rank: ReadonlyMap<string, number>;
  readonly label: ReadonlyMap<string, Text>;
}

/** Indexes a scale's levels by code (first occurrence wins; duplicates are validation's business). */
export function indexReference(scale: DeepReadonly<Scale>): ReferenceIndex {
  const rank = new Map<string, number>();
  const label = new Map<string, Text>();
  scale.levels.forEach((l, i) => {
    if (!rank.has(l.code)) {
      rank.set(l.code, i);
      label.set(l.code, l.label);
    }
  });
  return { scale, rank, label };
}

/** A mapping's records by subject code. */
export interface MappingIndex {
  readonly mapping: DeepReadonly<Mapping>;
  readonly records: ReadonlyMap<string, { readonly record: DeepReadonly<MappingRecord>; readonly index: number }>;
  /** Warnings about the record list itself (duplicates). */
  readonly issues: readonly Issue[];
}

const mappingParams = (m: DeepReadonly<Mapping>) => ({ mappingId: m.id, mappingVersion: m.version });

/** Indexes the records of a mapping by subject level; a repeated subject keeps its first record. */
export function indexMapping(mapping: DeepReadonly<Mapping>): MappingIndex {
  const records = new Map<string, { record: DeepReadonly<MappingRecord>; index: number }>();
  const issues: Issue[] = [];
  mapping.records.forEach((record, index) => {
    if (records.has(record.subject)) {
      issues.push(issue("mapping_record_ambiguous", `/records/${index}/subject`, { ...mappingParams(mapping), code: record.subject }));
    } else {
      records.set(record.subject, { record, index });
    }
  });
  return { mapping, records, issues };
}

/** A record resolved to its band, or the reason it could not be. */
export type ResolvedRecord =
  | {
      readonly ok: true;
      readonly record: DeepReadonly<MappingRecord>;
      readonly index: number;
      readonly relation: Exclude<Relation, "noMatch">;
      readonly interval: ReferenceInterval;
    }
  | { readonly ok: false; readonly issue: Issue };

/** Looks up the record of `code` and places its interval on the reference scale. */
export function resolveRecord(mi: MappingIndex, code: string, ref: ReferenceIndex): ResolvedRecord {
  const m = mi.mapping;
  const found = mi.records.get(code);
  if (!found) return { ok: false, issue: issue("level_not_mapped", "/records", { ...mappingParams(m), code }) };
  const { record, index } = found;
  const at = `/records/${index}`;
  if (record.relation === "noMatch") {
    return { ok: false, issue: issue("level_no_match", `${at}/relation`, { ...mappingParams(m), code, referenceId: ref.scale.id }) };
  }
  if (!record.object) {
    return { ok: false, issue: issue("reference_interval_missing", `${at}/object`, { ...mappingParams(m), code, relation: record.relation }) };
  }
  const refParams = { referenceId: ref.scale.id, referenceVersion: ref.scale.version };
  const minRank = ref.rank.get(record.object.min);
  if (minRank === undefined) {
    return { ok: false, issue: issue("reference_level_unknown", `${at}/object/min`, { ...mappingParams(m), ...refParams, code, level: record.object.min }) };
  }
  const maxRank = ref.rank.get(record.object.max);
  if (maxRank === undefined) {
    return { ok: false, issue: issue("reference_level_unknown", `${at}/object/max`, { ...mappingParams(m), ...refParams, code, level: record.object.max }) };
  }
  if (minRank > maxRank) {
    return {
      ok: false,
      issue: issue("reference_interval_reversed", `${at}/object`, { ...mappingParams(m), code, min: record.object.min, max: record.object.max }),
    };
  }
  return {
    ok: true,
    record,
    index,
    relation: record.relation,
    interval: { min: record.object.min, max: record.object.max, minRank, maxRank },
  };
}

/** Checks that `version` lies in `range`; a range semver cannot read is a warning, not a crash. */
function checkRange(
  range: string,
  version: string,
  pointer: string,
  mapping: DeepReadonly<Mapping>,
  onMismatch: (p: IssueParams) => Issue,
  p: IssueParams,
): Issue[] {
  const valid = safeValidRange(range);
  if (valid === null) return [issue("mapping_range_unusable", pointer, { ...mappingParams(mapping), range })];
  return satisfies(version, valid) ? [] : [onMismatch({ ...mappingParams(mapping), range, ...p })];
}

/** The normalized range (`validRange`, which never throws on hostile input), or null. */
export function safeValidRange(range: string): string | null {
  return validRange(range);
}

/**
 * Document-level checks of a mapping against the reference in use (and the subject scale, when
 * known): ids must agree (errors), versions should (warnings).
 */
export function checkMappingDocuments(
  mapping: DeepReadonly<Mapping>,
  ref: DeepReadonly<Scale>,
  subject?: DeepReadonly<Scale>,
): Issue[] {
  const out: Issue[] = [];
  if (mapping.object.id !== ref.id) {
    out.push(issue("reference_scale_mismatch", "/object/id", { ...mappingParams(mapping), expected: mapping.object.id, actual: ref.id }));
  } else {
    out.push(
      ...checkRange(
        mapping.object.versions,
        ref.version,
        "/object/versions",
        mapping,
        (p) => issue("reference_version_mismatch", "/object/versions", p),
        { referenceId: ref.id, version: ref.version },
      ),
    );
  }
  if (subject) {
    if (mapping.subject.id !== subject.id) {
      out.push(issue("mapping_subject_mismatch", "/subject/id", { ...mappingParams(mapping), expected: mapping.subject.id, actual: subject.id }));
    } else {
      out.push(
        ...checkRange(
          mapping.subject.versions,
          subject.version,
          "/subject/versions",
          mapping,
          (p) => issue("mapping_version_mismatch", "/subject/versions", p),
          { scaleId: subject.id, version: subject.version },
        ),
      );
    }
  }
  return out;
}

/** One level of a scale, resolved against the reference through the scale's mapping. */
export interface SideLevel {
  readonly code: string;
  readonly rank: number;
  readonly label: Text;
  /** The record and band, or why there is none (not mapped, noMatch, bad interval). */
  readonly resolved: ResolvedRecord;
}

/** A scale with its mapping, resolved once: everything translate and compare need. */
export interface Side {
  readonly scale: DeepReadonly<Scale>;
  readonly mapping: DeepReadonly<Mapping>;
  readonly ref: ReferenceIndex;
  /** Levels in rank order; a repeated code keeps its first occurrence. */
  readonly levels: readonly SideLevel[];
  readonly byCode: ReadonlyMap<string, SideLevel>;
  readonly sentinels: ReadonlyMap<string, DeepReadonly<Sentinel>>;
  /** Document-level issues (mismatched ids, versions, duplicate records). */
  readonly issues: readonly Issue[];
  /** False when an id mismatch makes the mapping unusable with this scale or reference. */
  readonly usable: boolean;
}

/** Resolves every level of `scale` through `mapping` onto the reference. */
export function resolveSide(scale: DeepReadonly<Scale>, mapping: DeepReadonly<Mapping>, ref: ReferenceIndex): Side {
  const docIssues = checkMappingDocuments(mapping, ref.scale, scale);
  const usable = !docIssues.some((i) => i.severity === "error");
  const mi = indexMapping(mapping);
  const levels: SideLevel[] = [];
  const byCode = new Map<string, SideLevel>();
  scale.levels.forEach((l, rank) => {
    if (byCode.has(l.code)) return;
    const level: SideLevel = { code: l.code, rank, label: l.label, resolved: resolveRecord(mi, l.code, ref) };
    levels.push(level);
    byCode.set(l.code, level);
  });
  const sentinels = new Map<string, DeepReadonly<Sentinel>>();
  for (const s of scale.sentinels ?? []) if (!sentinels.has(s.code)) sentinels.set(s.code, s);
  return { scale, mapping, ref, levels, byCode, sentinels, issues: [...docIssues, ...mi.issues], usable };
}

/** The issue for a code that is not an ordered level of the side's scale (sentinel or unknown). */
export function notALevel(scale: DeepReadonly<Scale>, sentinels: ReadonlyMap<string, DeepReadonly<Sentinel>>, code: string): Issue {
  const sentinel = sentinels.get(code);
  const p = { code, scaleId: scale.id, version: scale.version };
  return sentinel ? issue("level_is_sentinel", "", { ...p, meaning: sentinel.meaning }) : issue("level_unknown", "", p);
}
