/**
 * The levels part of a scale diff: levels (added, inserted, removed, renamed, re-ordered, split,
 * merged, and their texts, colours and notification duties), sentinels, the significance
 * threshold and the numbering direction.
 */
import type { Mapping } from "../model/mapping.js";
import type { Level, Scale } from "../model/scale.js";
import { alignOrdered, asCoded } from "./align.js";
import type { ChangeSink } from "./change.js";
import { brief, deepEqual, isObject, unionKeys } from "./json.js";
import { child, diffMeta } from "./meta.js";

/** Old level code → new level code, for levels whose code changed and nothing else. */
export type LevelRenames = ReadonlyMap<string, string>;

function objects(value: unknown): Record<string, unknown>[] {
  return (Array.isArray(value) ? value : []).filter(isObject);
}

function diffNotification(sink: ChangeSink, a: Level, b: Level, oldPointer: string, newPointer: string): void {
  const na = isObject(a.notification) ? a.notification : undefined;
  const nb = isObject(b.notification) ? b.notification : undefined;
  if (deepEqual(na, nb)) return;
  const level = brief(b.code);
  if (na === undefined) {
    sink.add("notification-added", "minor", "change_notification_added", newPointer, { level, deadline: brief(nb?.deadline) });
    return;
  }
  if (nb === undefined) {
    sink.add("notification-removed", "major", "change_notification_removed", oldPointer, { level });
    return;
  }
  if (na.stages !== undefined || nb.stages !== undefined) {
    diffStages(sink, level, stagesOf(na), stagesOf(nb), child(oldPointer, "stages"), child(newPointer, "stages"), na.mandatory, nb.mandatory);
  } else if (na.deadline !== nb.deadline) {
    // A deadline or a duty is an obligation: changing it changes what must happen to an incident.
    sink.add("notification-changed", "major", "change_notification_deadline_changed", child(newPointer, "deadline"), {
      level,
      from: brief(na.deadline),
      to: brief(nb.deadline),
    });
  }
  if ((na.mandatory ?? null) !== (nb.mandatory ?? null)) {
    sink.add("notification-changed", "major", "change_notification_mandatory_changed", child(newPointer, "mandatory"), {
      level,
      from: brief(na.mandatory ?? null),
      to: brief(nb.mandatory ?? null),
    });
  }
  for (const k of unionKeys(na, nb)) {
    if (k === "deadline" || k === "mandatory" || k === "stages") continue;
    diffMeta(sink, (na as Record<string, unknown>)[k], (nb as Record<string, unknown>)[k], child(oldPointer, k), child(newPointer, k), k);
  }
}

/** A notification's stages; the single-deadline form is one stage with that deadline (and no stated event). */
function stagesOf(n: Record<string, unknown>): Record<string, unknown>[] {
  if (Array.isArray(n["stages"])) return objects(n["stages"]);
  return n["deadline"] === undefined ? [] : [{ deadline: n["deadline"] }];
}

/** A stage's name for a message: its name in the first language given, else its position. */
function stageName(stage: Record<string, unknown>, index: number): string {
  const name = isObject(stage["name"]) ? Object.values(stage["name"]).find((v) => typeof v === "string") : undefined;
  return typeof name === "string" ? brief(name) : `#${index + 1}`;
}

/**
 * Stage by stage, in order: a stage added (minor, like a new notification duty), removed (major),
 * or whose deadline, event or duty changed (major: what must happen to an incident changes); its
 * texts (name, recipient, note) as metadata. A stage's duty falls back on the notification's.
 */
function diffStages(sink: ChangeSink, level: string, sa: Record<string, unknown>[], sb: Record<string, unknown>[], oldPointer: string, newPointer: string, mandatoryA: unknown, mandatoryB: unknown): void {
  for (let i = 0; i < Math.max(sa.length, sb.length); i++) {
    const a = sa[i];
    const b = sb[i];
    const op = child(oldPointer, String(i));
    const np = child(newPointer, String(i));
    if (a === undefined) {
      sink.add("notification-added", "minor", "change_notification_stage_added", np, { level, stage: stageName(b!, i), deadline: brief(b!["deadline"]) });
      continue;
    }
    if (b === undefined) {
      sink.add("notification-removed", "major", "change_notification_stage_removed", op, { level, stage: stageName(a, i) });
      continue;
    }
    const stage = stageName(b, i);
    if (a["deadline"] !== b["deadline"]) sink.add("notification-changed", "major", "change_notification_stage_deadline_changed", child(np, "deadline"), { level, stage, from: brief(a["deadline"]), to: brief(b["deadline"]) });
    if (a["from"] !== b["from"]) sink.add("notification-changed", "major", "change_notification_stage_event_changed", child(np, "from"), { level, stage, from: brief(a["from"]), to: brief(b["from"]) });
    const ma = a["mandatory"] ?? mandatoryA ?? null;
    const mb = b["mandatory"] ?? mandatoryB ?? null;
    if (ma !== mb) sink.add("notification-changed", "major", "change_notification_stage_mandatory_changed", child(np, "mandatory"), { level, stage, from: brief(ma), to: brief(mb) });
    for (const k of unionKeys(a, b)) {
      if (k === "deadline" || k === "from" || k === "mandatory") continue;
      diffMeta(sink, a[k], b[k], child(op, k), child(np, k), k);
    }
  }
}

function diffLevelFields(sink: ChangeSink, a: Level, b: Level, oldPointer: string, newPointer: string): void {
  const ra = a as unknown as Record<string, unknown>;
  const rb = b as unknown as Record<string, unknown>;
  for (const k of unionKeys(ra, rb)) {
    if (k === "code") continue;
    if (k === "notification") diffNotification(sink, a, b, child(oldPointer, k), child(newPointer, k));
    else diffMeta(sink, ra[k], rb[k], child(oldPointer, k), child(newPointer, k), k);
  }
}

/** How two scales' levels are compared. */
export interface LevelDiffOptions {
  /** A new edition under another id: levels align by code, label, definition, then rank; no guessed splits or merges. */
  readonly edition?: boolean;
  /** The two scales' mappings onto the reference scale: each level kept is compared by its band too. */
  readonly mappings?: { readonly old?: Mapping; readonly new?: Mapping };
}

/** A level's band on the reference scale as text (`R2–R3 (broadMatch)`), or undefined when its mapping has no record for it. */
function bandOf(mapping: Mapping | undefined, code: string): string | undefined {
  const records = mapping && Array.isArray(mapping.records) ? mapping.records.filter(isObject) : [];
  const r = records.find((x) => x.subject === code);
  if (!r) return undefined;
  const o = isObject(r.object) ? r.object : undefined;
  const band = o === undefined ? "" : o.min === o.max ? `${brief(o.min)} ` : `${brief(o.min)}–${brief(o.max)} `;
  return `${band}(${brief(r.relation)})`;
}

/** Compares the levels of two scales; returns the level codes that were renamed. */
export function diffLevels(sink: ChangeSink, a: Scale, b: Scale, options: LevelDiffOptions = {}): LevelRenames {
  const ca = asCoded(a.levels);
  const cb = asCoded(b.levels);
  const la = ca.items as unknown as Level[];
  const lb = cb.items as unknown as Level[];
  const edition = options.edition === true;
  const al = alignOrdered(ca.coded, cb.coded, { splitsAndMerges: !edition, byMeaning: edition });
  const { old: oldMapping, new: newMapping } = options.mappings ?? {};
  const renames = new Map<string, string>();
  for (const p of al.pairs) {
    const x = ca.coded[p.old]!;
    const y = cb.coded[p.new]!;
    const oldPointer = `/levels/${p.old}`;
    const newPointer = `/levels/${p.new}`;
    if (p.renamed) {
      renames.set(x.code, y.code);
      sink.add("level-renamed", "major", "change_level_renamed", child(newPointer, "code"), { from: x.code, to: y.code, rank: p.new });
    }
    if (p.moved) {
      sink.add("level-reordered", "major", "change_level_reordered", newPointer, { code: y.code, fromRank: p.old, toRank: p.new });
    }
    diffLevelFields(sink, la[p.old]!, lb[p.new]!, oldPointer, newPointer);
    if (oldMapping && newMapping) {
      // Meaning on the reference scale: compared only when both mappings say something of the level.
      const from = bandOf(oldMapping, x.code);
      const to = bandOf(newMapping, y.code);
      if (from !== undefined && to !== undefined && from !== to) {
        sink.add("level-band-changed", "major", "change_level_band_changed", newPointer, { code: y.code, from, to });
      }
    }
  }
  for (const s of al.splits) {
    sink.add("level-split", "major", "change_level_split", `/levels/${s.news[0]}`, {
      code: ca.coded[s.old]!.code,
      into: s.news.map((j) => cb.coded[j]!.code),
    });
  }
  for (const m of al.merges) {
    sink.add("level-merged", "major", "change_level_merged", `/levels/${m.new}`, {
      codes: m.olds.map((i) => ca.coded[i]!.code),
      into: cb.coded[m.new]!.code,
    });
  }
  for (const i of al.removed) {
    sink.add("level-removed", "major", "change_level_removed", `/levels/${i}`, { code: ca.coded[i]!.code, rank: i });
  }
  for (const added of al.added) {
    const j = added.index;
    const code = cb.coded[j]!.code;
    const pointer = `/levels/${j}`;
    // At an end the new level extends the range; in between it takes meaning from its neighbours.
    if (added.end === "top") sink.add("level-added", "minor", "change_level_added_top", pointer, { code, rank: j });
    else if (added.end === "bottom") sink.add("level-added", "minor", "change_level_added_bottom", pointer, { code, rank: j });
    else {
      sink.add("level-inserted", "major", "change_level_inserted", pointer, {
        code,
        rank: j,
        below: cb.coded[j - 1]?.code ?? "(none)",
        above: cb.coded[j + 1]?.code ?? "(none)",
      });
    }
  }
  return renames;
}

/** Compares sentinels (matched by code; their order carries no meaning). */
export function diffSentinels(sink: ChangeSink, a: Scale, b: Scale): void {
  const sa = objects(a.sentinels);
  const sb = objects(b.sentinels);
  const index = new Map<unknown, number>();
  sb.forEach((s, j) => {
    if (!index.has(s["code"])) index.set(s["code"], j);
  });
  const seen = new Set<number>();
  sa.forEach((s, i) => {
    const j = index.get(s["code"]);
    if (j === undefined || seen.has(j)) {
      sink.add("sentinel-removed", "major", "change_sentinel_removed", `/sentinels/${i}`, { code: brief(s["code"]) });
      return;
    }
    seen.add(j);
    const t = sb[j]!;
    if (s["meaning"] !== t["meaning"]) {
      sink.add("sentinel-changed", "major", "change_sentinel_changed", `/sentinels/${j}/meaning`, {
        code: brief(s["code"]),
        from: brief(s["meaning"]),
        to: brief(t["meaning"]),
      });
    }
    const rs = s;
    const rt = t;
    for (const k of unionKeys(rs, rt)) {
      if (k === "code" || k === "meaning") continue;
      diffMeta(sink, rs[k], rt[k], child(`/sentinels/${i}`, k), child(`/sentinels/${j}`, k), k);
    }
  });
  sb.forEach((t, j) => {
    if (!seen.has(j)) sink.add("sentinel-added", "minor", "change_sentinel_added", `/sentinels/${j}`, { code: brief(t["code"]) });
  });
}

/** Compares the significance threshold, following renamed level codes. */
export function diffSignificance(sink: ChangeSink, a: Scale, b: Scale, renames: LevelRenames): void {
  const sa = isObject(a.significance) ? a.significance : undefined;
  const sb = isObject(b.significance) ? b.significance : undefined;
  if (deepEqual(sa, sb)) return;
  if (sa === undefined && sb !== undefined) {
    sink.add("significance-added", "minor", "change_significance_added", "/significance", { level: brief(sb.level) });
    return;
  }
  if (sa !== undefined && sb === undefined) {
    sink.add("significance-removed", "major", "change_significance_removed", "/significance", { level: brief(sa.level) });
    return;
  }
  if (sa === undefined || sb === undefined) return;
  // The threshold decides which incidents count as significant (coordination, mandatory notice).
  if ((renames.get(sa.level) ?? sa.level) !== sb.level) {
    sink.add("significance-changed", "major", "change_significance_changed", "/significance/level", {
      from: brief(sa.level),
      to: brief(sb.level),
    });
  }
  diffMeta(sink, sa.meaning, sb.meaning, "/significance/meaning", "/significance/meaning", "meaning");
}

/** Compares the issuer's numbering direction (display only). */
export function diffDirection(sink: ChangeSink, a: Scale, b: Scale): void {
  if (a.direction !== b.direction) {
    sink.add("direction-changed", "minor", "change_direction_changed", "/direction", { from: brief(a.direction), to: brief(b.direction) });
  }
}
