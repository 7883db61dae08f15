/**
 * Aligns two ordered lists of coded items (levels, options) to tell what happened to each:
 * kept (same code), renamed (code changed, same label, same place), moved (order changed),
 * split, merged, removed, or added (at an end of the order, or inserted between kept items).
 * The rules are heuristics, documented in docs/versioning.md.
 */
import { brief, isObject } from "./json.js";
import { lisPositions } from "./sequence.js";

/** What alignment looks at in an item. */
export interface CodedItem {
  readonly code: string;
  readonly label: Readonly<Record<string, string>>;
  /** The item's definition, when it has one (compared when aligning by meaning). */
  readonly definition?: Readonly<Record<string, string>>;
}

/** An item kept in the new list: by code, or renamed (same label in the same place). */
export interface AlignedPair {
  readonly old: number;
  readonly new: number;
  readonly renamed: boolean;
  /** True when the pair is out of order relative to the other kept items. */
  readonly moved: boolean;
}

/** An item added to the new list. */
export interface AddedItem {
  readonly index: number;
  /** "bottom"/"top" when nothing carried over from the old list lies below/above it; null in between. */
  readonly end: "bottom" | "top" | null;
}

/** The alignment of an old and a new list. */
export interface Alignment {
  readonly pairs: readonly AlignedPair[];
  readonly splits: readonly { readonly old: number; readonly news: readonly number[] }[];
  readonly merges: readonly { readonly olds: readonly number[]; readonly new: number }[];
  readonly removed: readonly number[];
  readonly added: readonly AddedItem[];
}

/**
 * The items of a list as objects (anything else becomes an empty object, so indices still match
 * the document) and their coded view (code as text, label restricted to its strings).
 */
export function asCoded(list: unknown): { items: Record<string, unknown>[]; coded: CodedItem[] } {
  const items = (Array.isArray(list) ? list : []).map((x) => (isObject(x) ? x : {}));
  const texts = (value: unknown): Record<string, string> => {
    const out: Record<string, string> = {};
    if (isObject(value)) for (const [k, v] of Object.entries(value)) if (typeof v === "string") out[k] = v;
    return out;
  };
  const coded = items.map((x) => {
    const code = typeof x["code"] === "string" ? x["code"] : `\u0000${brief(x["code"])}`;
    return isObject(x["definition"]) ? { code, label: texts(x["label"]), definition: texts(x["definition"]) } : { code, label: texts(x["label"]) };
  });
  return { items, coded };
}

function norm(text: string): string {
  return text.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("und");
}

function charClass(ch: string | undefined): "letter" | "digit" | "other" {
  if (ch === undefined) return "other";
  if (/\p{L}/u.test(ch)) return "letter";
  if (/\p{N}/u.test(ch)) return "digit";
  return "other";
}

/**
 * True when `needle` occurs in `hay` as a whole word: the characters around it are not of the
 * same class (letter / digit) as its own edge characters. So "3" is in "3a" and "3-4" but not in
 * "13"; "high" is in "high – lower" but not in "higher".
 */
export function containsWord(hay: string, needle: string): boolean {
  if (needle.length === 0 || hay.length <= needle.length) return false;
  let from = 0;
  for (;;) {
    const at = hay.indexOf(needle, from);
    if (at < 0) return false;
    const before = charClass(hay[at - 1]);
    const after = charClass(hay[at + needle.length]);
    const first = charClass(needle[0]);
    const last = charClass(needle[needle.length - 1]);
    if ((before === "other" || before !== first) && (after === "other" || after !== last)) return true;
    from = at + 1;
  }
}

function sharedLanguages(x: CodedItem, y: CodedItem): string[] {
  return Object.keys(x.label).filter((l) => typeof y.label[l] === "string");
}

/** Same label: equal text (ignoring case and spacing) in every language both have, and at least one. */
export function sameLabel(x: CodedItem, y: CodedItem): boolean {
  const langs = sharedLanguages(x, y);
  return langs.length > 0 && langs.every((l) => norm(x.label[l]!) === norm(y.label[l]!));
}

/** Same definition: equal text (ignoring case and spacing) in every language both have, and at least one. */
export function sameDefinition(x: CodedItem, y: CodedItem): boolean {
  if (x.definition === undefined || y.definition === undefined) return false;
  return sameLabel({ code: x.code, label: x.definition }, { code: y.code, label: y.definition });
}

/** `derived` names `source` as a part: its code or its label (in a shared language) contains the source's as a word. */
export function derivesFrom(derived: CodedItem, source: CodedItem): boolean {
  if (containsWord(norm(derived.code), norm(source.code))) return true;
  return sharedLanguages(derived, source).some((l) => containsWord(norm(derived.label[l]!), norm(source.label[l]!)));
}

/** Aligns `a` (old) with `b` (new). Splits and merges are looked for only when asked. */
export function alignOrdered(
  a: readonly CodedItem[],
  b: readonly CodedItem[],
  options: { readonly splitsAndMerges: boolean; readonly byMeaning?: boolean },
): Alignment {
  // 1. Same code (first occurrence of each code).
  const newByCode = new Map<string, number>();
  b.forEach((x, j) => {
    if (!newByCode.has(x.code)) newByCode.set(x.code, j);
  });
  const byCode: [number, number][] = [];
  a.forEach((x, i) => {
    const j = newByCode.get(x.code);
    if (j !== undefined) {
      byCode.push([i, j]);
      newByCode.delete(x.code);
    }
  });
  // 2. Items kept in order are the anchors; the others moved.
  const keep = new Set(lisPositions(byCode.map(([, j]) => j)));
  const anchors = byCode.filter((_, p) => keep.has(p));
  const pairs: AlignedPair[] = byCode.map(([i, j], p) => ({ old: i, new: j, renamed: false, moved: !keep.has(p) }));
  const usedOld = new Set(byCode.map(([i]) => i));
  const usedNew = new Set(byCode.map(([, j]) => j));

  // 3. The rest is looked at gap by gap (between consecutive anchors).
  const gapOf = (index: number, side: 0 | 1) => anchors.filter((pair) => pair[side] < index).length;
  const gaps = new Map<number, { olds: number[]; news: number[] }>();
  const gap = (k: number) => {
    let g = gaps.get(k);
    if (!g) gaps.set(k, (g = { olds: [], news: [] }));
    return g;
  };
  a.forEach((_, i) => {
    if (!usedOld.has(i)) gap(gapOf(i, 0)).olds.push(i);
  });
  b.forEach((_, j) => {
    if (!usedNew.has(j)) gap(gapOf(j, 1)).news.push(j);
  });

  const splits: { old: number; news: number[] }[] = [];
  const merges: { olds: number[]; new: number }[] = [];
  for (const k of [...gaps.keys()].sort((x, y) => x - y)) {
    const g = gaps.get(k)!;
    // Renamed: same label, in order.
    let from = 0;
    for (const i of g.olds) {
      for (let q = from; q < g.news.length; q++) {
        const j = g.news[q]!;
        if (sameLabel(a[i]!, b[j]!)) {
          pairs.push({ old: i, new: j, renamed: true, moved: false });
          usedOld.add(i);
          usedNew.add(j);
          from = q + 1;
          break;
        }
      }
    }
    const freeOld = () => g.olds.filter((i) => !usedOld.has(i));
    const freeNew = () => g.news.filter((j) => !usedNew.has(j));
    if (options.byMeaning) {
      // A new edition: the same definition, in order, is the same level under another code or label;
      // then, when as many items are left on both sides of the gap, they pair up by rank.
      pairInOrder(freeOld(), freeNew(), (i, j) => sameDefinition(a[i]!, b[j]!), (i, j) => {
        pairs.push({ old: i, new: j, renamed: true, moved: false });
        usedOld.add(i);
        usedNew.add(j);
      });
      const olds = freeOld();
      const news = freeNew();
      if (olds.length === news.length) {
        olds.forEach((i, q) => {
          pairs.push({ old: i, new: news[q]!, renamed: true, moved: false });
          usedOld.add(i);
          usedNew.add(news[q]!);
        });
      }
    }
    if (!options.splitsAndMerges) continue;
    // Split: two or more adjacent new items that each derive from one old item.
    for (const i of freeOld()) {
      const run = longestRun(freeNew(), (j) => derivesFrom(b[j]!, a[i]!));
      if (run.length >= 2) {
        splits.push({ old: i, news: run });
        usedOld.add(i);
        for (const j of run) usedNew.add(j);
      }
    }
    // Merge: one new item that derives from each of two or more adjacent old items.
    for (const j of freeNew()) {
      const run = longestRun(freeOld(), (i) => derivesFrom(b[j]!, a[i]!));
      if (run.length >= 2) {
        merges.push({ olds: run, new: j });
        usedNew.add(j);
        for (const i of run) usedOld.add(i);
      }
    }
  }

  const removed = a.map((_, i) => i).filter((i) => !usedOld.has(i));
  const addedIdx = b.map((_, j) => j).filter((j) => !usedNew.has(j));
  const carried = b.map((_, j) => usedNew.has(j));
  const firstCarried = carried.indexOf(true);
  const lastCarried = carried.lastIndexOf(true);
  const added: AddedItem[] = addedIdx.map((j) => ({
    index: j,
    end: firstCarried < 0 ? null : j < firstCarried ? "bottom" : j > lastCarried ? "top" : null,
  }));
  pairs.sort((x, y) => x.old - y.old);
  return { pairs, splits, merges, removed, added };
}

/** Pairs items of `olds` with items of `news` that `same` accepts, keeping both orders. */
function pairInOrder(olds: readonly number[], news: readonly number[], same: (i: number, j: number) => boolean, pair: (i: number, j: number) => void): void {
  let from = 0;
  for (const i of olds) {
    for (let q = from; q < news.length; q++) {
      if (same(i, news[q]!)) {
        pair(i, news[q]!);
        from = q + 1;
        break;
      }
    }
  }
}

/** The longest run of consecutive integers in `indices` (sorted) whose items all satisfy `test`; first one on ties. */
function longestRun(indices: readonly number[], test: (index: number) => boolean): number[] {
  let best: number[] = [];
  let cur: number[] = [];
  for (const x of indices) {
    if (test(x) && (cur.length === 0 || cur[cur.length - 1] === x - 1)) cur.push(x);
    else cur = test(x) ? [x] : [];
    if (cur.length > best.length) best = [...cur];
  }
  return best;
}
