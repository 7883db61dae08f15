/**
 * The diff of two versions of a mapping: the scales it relates (id and version range), its
 * records (matched by subject level), and its metadata.
 */
import type { Mapping, MappingRecord } from "../model/mapping.js";
import { validRange } from "../semver/range.js";
import { rangeSubset } from "../semver/subset.js";
import type { ChangeSink } from "./change.js";
import { brief, isObject, unionKeys } from "./json.js";
import type { ChangeMessageCode } from "./messages.js";
import { child, diffMeta } from "./meta.js";
import { diffRest } from "./diff-scale.js";
import type { Bump } from "./types.js";

const MAPPING_KEYS = new Set(["subject", "object", "records", "languages", "defaultLanguage", "license"]);

/** How a version range changed: narrower, wider, the same versions written otherwise, or otherwise changed. */
export function rangeChange(before: string, after: string): "same" | "narrowed" | "widened" | "rewritten" | "changed" {
  if (before === after) return "same";
  if (validRange(before) === null || validRange(after) === null) return "changed";
  const intoOld = rangeSubset(after, before);
  const intoNew = rangeSubset(before, after);
  if (intoOld && intoNew) return "rewritten";
  if (intoOld) return "narrowed";
  if (intoNew) return "widened";
  return "changed";
}

const RANGE_BUMP: Record<"narrowed" | "widened" | "rewritten" | "changed", Bump> = {
  narrowed: "major",
  widened: "minor",
  rewritten: "patch",
  changed: "major",
};

function diffScaleRef(sink: ChangeSink, side: "subject" | "object", a: unknown, b: unknown): void {
  const ra = isObject(a) ? a : {};
  const rb = isObject(b) ? b : {};
  if (ra["id"] !== rb["id"]) {
    sink.add(`${side}-changed`, "major", `change_${side}_changed`, `/${side}/id`, { from: brief(ra["id"]), to: brief(rb["id"]) });
    return; // another scale: its version range is not comparable
  }
  const how = rangeChange(String(ra["versions"] ?? ""), String(rb["versions"] ?? ""));
  if (how === "same") return;
  sink.add(`${side}-range-changed`, RANGE_BUMP[how], `change_${side}_range_${how}` as ChangeMessageCode, `/${side}/versions`, {
    from: brief(ra["versions"]),
    to: brief(rb["versions"]),
  });
}

function intervalText(r: MappingRecord): string {
  if (!isObject(r.object)) return "(none)";
  return r.object.min === r.object.max ? String(r.object.min) : `${String(r.object.min)}–${String(r.object.max)}`;
}

function diffRecord(sink: ChangeSink, a: MappingRecord, b: MappingRecord, oldPointer: string, newPointer: string): void {
  const subject = b.subject;
  if (intervalText(a) !== intervalText(b)) {
    sink.add("record-interval-changed", "major", "change_record_interval_changed", child(newPointer, "object"), {
      subject,
      from: intervalText(a),
      to: intervalText(b),
    });
  }
  if (a.relation !== b.relation) {
    sink.add("record-relation-changed", "major", "change_record_relation_changed", child(newPointer, "relation"), {
      subject,
      from: brief(a.relation),
      to: brief(b.relation),
    });
  }
  if (a.confidence !== b.confidence) {
    sink.add("record-confidence-changed", "patch", "change_record_confidence_changed", child(newPointer, "confidence"), {
      subject,
      from: brief(a.confidence),
      to: brief(b.confidence),
    });
  }
  if (a.justification !== b.justification) {
    sink.add("record-justification-changed", "patch", "change_record_justification_changed", child(newPointer, "justification"), {
      subject,
      from: brief(a.justification),
      to: brief(b.justification),
    });
  }
  const ra = a as unknown as Record<string, unknown>;
  const rb = b as unknown as Record<string, unknown>;
  for (const k of unionKeys(ra, rb)) {
    if (["subject", "object", "relation", "confidence", "justification"].includes(k)) continue;
    diffMeta(sink, ra[k], rb[k], child(oldPointer, k), child(newPointer, k), k);
  }
}

/** Matches records by subject level (the k-th record of a subject with the k-th in the other version). */
function matchRecords(a: readonly MappingRecord[], b: readonly MappingRecord[]): { pairs: [number, number][]; removed: number[]; added: number[] } {
  const keyed = (list: readonly MappingRecord[]) => {
    const count = new Map<string, number>();
    return list.map((r) => {
      const s = String(r.subject);
      const k = count.get(s) ?? 0;
      count.set(s, k + 1);
      return `${k}\u0000${s}`;
    });
  };
  const ka = keyed(a);
  const kb = keyed(b);
  const index = new Map(kb.map((k, j) => [k, j]));
  const pairs: [number, number][] = [];
  const removed: number[] = [];
  ka.forEach((k, i) => {
    const j = index.get(k);
    if (j === undefined) removed.push(i);
    else pairs.push([i, j]);
  });
  const matched = new Set(pairs.map(([, j]) => j));
  const added = kb.map((_, j) => j).filter((j) => !matched.has(j));
  return { pairs, removed, added };
}

/** Compares two versions of a mapping, appending changes. */
export function diffMappings(sink: ChangeSink, a: Mapping, b: Mapping): void {
  diffScaleRef(sink, "subject", a.subject, b.subject);
  diffScaleRef(sink, "object", a.object, b.object);
  const ra = (Array.isArray(a.records) ? a.records : []).filter(isObject) as MappingRecord[];
  const rb = (Array.isArray(b.records) ? b.records : []).filter(isObject) as MappingRecord[];
  const m = matchRecords(ra, rb);
  // Every record a consumer translates with is part of the contract: losing or changing one is major.
  for (const [i, j] of m.pairs) diffRecord(sink, ra[i]!, rb[j]!, `/records/${i}`, `/records/${j}`);
  for (const i of m.removed) sink.add("record-removed", "major", "change_record_removed", `/records/${i}`, { subject: brief(ra[i]!.subject) });
  for (const j of m.added) sink.add("record-added", "minor", "change_record_added", `/records/${j}`, { subject: brief(rb[j]!.subject) });
  diffRest(sink, a as unknown as Record<string, unknown>, b as unknown as Record<string, unknown>, MAPPING_KEYS);
}
