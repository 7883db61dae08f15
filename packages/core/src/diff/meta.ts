/**
 * The generic part of the diff: informational members (titles, descriptions, notes, sources,
 * publisher, glossary, extensions ...) compared member by member. Text is patch, a value changed
 * is patch, a member added or removed is minor ("new optional metadata"); inside a patch zone
 * (sources, publisher and contact, colours, authors) every change is patch.
 */
import { toPointer } from "../issues/issue.js";
import type { ChangeSink } from "./change.js";
import { brief, deepEqual, isLangMap, isObject, unionKeys } from "./json.js";
import type { ChangeMessageCode } from "./messages.js";
import { lcsPairs } from "./sequence.js";
import type { ChangeKind } from "./types.js";

/** Members that hold human text (language maps) wherever they occur in the model. */
const TEXT_KEYS = new Set([
  "title",
  "description",
  "label",
  "definition",
  "summary",
  "name",
  "note",
  "meaning",
  "guidance",
  "criteria",
  "whoResponds",
  "actions",
  "escalation",
  "to",
  "comment",
  "term",
  "examples",
]);

/** A region of a document where every change is a patch, reported under one kind. */
export interface PatchZone {
  readonly kind: Extract<ChangeKind, "sources-changed" | "publisher-changed" | "color-changed" | "contributors-changed">;
  readonly code: ChangeMessageCode;
}

/** Patch zones by the member that opens them. */
export const PATCH_ZONES: Readonly<Record<string, PatchZone>> = {
  sources: { kind: "sources-changed", code: "change_sources_changed" },
  publisher: { kind: "publisher-changed", code: "change_publisher_changed" },
  encoding: { kind: "publisher-changed", code: "change_publisher_changed" },
  color: { kind: "color-changed", code: "change_color_changed" },
  authors: { kind: "contributors-changed", code: "change_contributors_changed" },
  reviewers: { kind: "contributors-changed", code: "change_contributors_changed" },
};

/** Appends a segment to a JSON Pointer. */
export function child(pointer: string, segment: string | number): string {
  return pointer + toPointer([segment]);
}

/** Languages whose text differs between two language maps (added, removed or changed), sorted. */
export function changedLanguages(a: Record<string, string>, b: Record<string, string>): string[] {
  return unionKeys(a, b)
    .filter((k) => a[k] !== b[k])
    .sort();
}

interface Where {
  readonly oldPointer: string;
  readonly newPointer: string;
  /** The member name the value sits under (array items inherit their array's). */
  readonly key: string;
  readonly zone: PatchZone | null;
}

function zoneChange(sink: ChangeSink, zone: PatchZone, pointer: string, a: unknown, b: unknown): void {
  sink.add(zone.kind, "patch", zone.code, pointer, zone.kind === "color-changed" ? { from: brief(a), to: brief(b) } : {});
}

function walk(sink: ChangeSink, a: unknown, b: unknown, at: Where): void {
  if (deepEqual(a, b)) return;
  if (a === undefined || b === undefined) {
    const pointer = b === undefined ? at.oldPointer : at.newPointer;
    if (at.zone) zoneChange(sink, at.zone, pointer, a, b);
    else if (b === undefined) sink.add("metadata-removed", "minor", "change_metadata_removed", pointer, { from: brief(a) });
    else sink.add("metadata-added", "minor", "change_metadata_added", pointer, { to: brief(b) });
    return;
  }
  if (TEXT_KEYS.has(at.key) && isLangMap(a) && isLangMap(b)) {
    if (at.zone) zoneChange(sink, at.zone, at.newPointer, a, b);
    else sink.add("text-changed", "patch", "change_text_changed", at.newPointer, { languages: changedLanguages(a, b).join(", ") });
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    walkArray(sink, a, b, at);
    return;
  }
  if (isObject(a) && isObject(b)) {
    for (const k of unionKeys(a, b)) {
      const zone = at.zone ?? PATCH_ZONES[k] ?? null;
      walk(sink, a[k], b[k], { oldPointer: child(at.oldPointer, k), newPointer: child(at.newPointer, k), key: k, zone });
    }
    return;
  }
  if (at.zone) zoneChange(sink, at.zone, at.newPointer, a, b);
  else sink.add("metadata-changed", "patch", "change_metadata_changed", at.newPointer, { from: brief(a), to: brief(b) });
}

function codeOf(item: unknown): string | null {
  return isObject(item) && typeof item["code"] === "string" ? item["code"] : null;
}

function walkArray(sink: ChangeSink, a: readonly unknown[], b: readonly unknown[], at: Where): void {
  const item = (i: number, j: number): Where => ({
    oldPointer: child(at.oldPointer, i),
    newPointer: child(at.newPointer, j),
    key: at.key,
    zone: at.zone,
  });
  const pairs: [number, number][] = [];
  const coded = a.length > 0 && b.length > 0 && [...a, ...b].every((x) => codeOf(x) !== null);
  if (coded) {
    // Items with codes (axes, ...) are matched by code; their order carries no meaning here.
    const byCode = new Map<string, number>();
    b.forEach((x, j) => {
      const c = codeOf(x)!;
      if (!byCode.has(c)) byCode.set(c, j);
    });
    a.forEach((x, i) => {
      const j = byCode.get(codeOf(x)!);
      if (j !== undefined) {
        pairs.push([i, j]);
        byCode.delete(codeOf(x)!);
      }
    });
  } else {
    // Equal items anchor the alignment; what lies between anchors is paired by position.
    const anchors = lcsPairs(a, b, deepEqual);
    let pi = 0;
    let pj = 0;
    for (const [ai, aj] of [...anchors, [a.length, b.length] as [number, number]]) {
      const gap = Math.min(ai - pi, aj - pj);
      for (let k = 0; k < gap; k++) pairs.push([pi + k, pj + k]);
      if (ai < a.length) pairs.push([ai, aj]);
      pi = ai + 1;
      pj = aj + 1;
    }
  }
  const matchedOld = new Set(pairs.map(([i]) => i));
  const matchedNew = new Set(pairs.map(([, j]) => j));
  for (const [i, j] of pairs) walk(sink, a[i], b[j], item(i, j));
  a.forEach((x, i) => {
    if (!matchedOld.has(i)) walk(sink, x, undefined, item(i, i));
  });
  b.forEach((x, j) => {
    if (!matchedNew.has(j)) walk(sink, undefined, x, item(j, j));
  });
}

/**
 * Compares two informational values (either may be absent) found at `key`, reporting text,
 * value and presence changes. Pointers: `oldPointer` for removals, `newPointer` otherwise.
 */
export function diffMeta(
  sink: ChangeSink,
  a: unknown,
  b: unknown,
  oldPointer: string,
  newPointer: string,
  key: string,
): void {
  walk(sink, a, b, { oldPointer, newPointer, key, zone: PATCH_ZONES[key] ?? null });
}
