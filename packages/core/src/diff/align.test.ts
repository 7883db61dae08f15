import { describe, expect, it } from "vitest";
import { type CodedItem, alignOrdered, containsWord, derivesFrom, sameLabel } from "./align.js";

const item = (code: string, en: string, es?: string): CodedItem => ({ code, label: es ? { en, es } : { en } });
const L = (codes: string) => codes.split(" ").map((c) => item(c, `Label ${c}`));
const align = (a: CodedItem[], b: CodedItem[]) => alignOrdered(a, b, { splitsAndMerges: true });

describe("containsWord", () => {
  it.each([
    ["3a", "3", true],
    ["3-4", "4", true],
    ["13", "3", false],
    ["c1a", "c1", true],
    ["high – lower", "high", true],
    ["higher", "high", false],
    ["high", "high", false],
  ])("%s contains %s: %s", (hay, needle, expected) => {
    expect(containsWord(hay, needle)).toBe(expected);
  });
});

describe("sameLabel and derivesFrom", () => {
  it("compares labels in shared languages, ignoring case and spacing", () => {
    expect(sameLabel(item("a", "High  risk", "Alto"), item("b", "high risk"))).toBe(true);
    expect(sameLabel(item("a", "High", "Alto"), item("b", "High", "Muy alto"))).toBe(false);
    expect(sameLabel({ code: "a", label: { en: "x" } }, { code: "b", label: { es: "x" } })).toBe(false);
  });

  it("derives by code part or label part", () => {
    expect(derivesFrom(item("3a", "Something"), item("3", "High"))).toBe(true);
    expect(derivesFrom(item("X", "High (upper)"), item("3", "High"))).toBe(true);
    expect(derivesFrom(item("X", "Higher"), item("3", "High"))).toBe(false);
  });
});

describe("alignOrdered", () => {
  it("keeps items by code and reports items added at either end", () => {
    const r = align(L("B C"), L("A B C D"));
    expect(r.pairs.map((p) => [p.old, p.new, p.renamed, p.moved])).toEqual([
      [0, 1, false, false],
      [1, 2, false, false],
    ]);
    expect(r.added).toEqual([
      { index: 0, end: "bottom" },
      { index: 3, end: "top" },
    ]);
    expect(r.removed).toEqual([]);
  });

  it("tells an insertion between kept items from an addition at an end", () => {
    expect(align(L("A C"), L("A B C")).added).toEqual([{ index: 1, end: null }]);
  });

  it("detects a renamed code by the same label in the same place", () => {
    const a = [item("1", "Low"), item("2", "High")];
    const b = [item("1", "Low"), item("II", "high")];
    const r = align(a, b);
    expect(r.pairs).toContainEqual({ old: 1, new: 1, renamed: true, moved: false });
    expect(r.added).toEqual([]);
    expect(r.removed).toEqual([]);
  });

  it("does not take a same-labelled item elsewhere in the order for a rename", () => {
    const a = [item("1", "Low"), item("2", "Mid"), item("3", "High")];
    const b = [item("9", "High"), item("1", "Low"), item("3", "Top")];
    const r = align(a, b);
    expect(r.pairs.filter((p) => p.renamed)).toEqual([]);
    expect(r.removed).toEqual([1]);
  });

  it("reports re-ordered items as moved, keeping the longest ordered run", () => {
    const r = align(L("A B C D"), L("A C B D"));
    expect(r.pairs.filter((p) => p.moved).length).toBe(1);
    expect(r.pairs.length).toBe(4);
  });

  it("detects a split: adjacent new items in place of one old item, derived from it", () => {
    const a = [item("1", "Low"), item("2", "High"), item("3", "Critical")];
    const b = [item("1", "Low"), item("2a", "High (lower)"), item("2b", "High (upper)"), item("3", "Critical")];
    const r = align(a, b);
    expect(r.splits).toEqual([{ old: 1, news: [1, 2] }]);
    expect(r.removed).toEqual([]);
    expect(r.added).toEqual([]);
  });

  it("detects a merge: one new item in place of adjacent old items, naming each", () => {
    const a = [item("1", "Low"), item("2", "Medium"), item("3", "High"), item("4", "Critical")];
    const b = [item("1", "Low"), item("2-3", "Medium or high"), item("4", "Critical")];
    const r = align(a, b);
    expect(r.merges).toEqual([{ olds: [1, 2], new: 1 }]);
    expect(r.removed).toEqual([]);
  });

  it("reports unrelated replacements as removed and added", () => {
    const a = [item("1", "Low"), item("2", "Medium"), item("3", "High")];
    const b = [item("1", "Low"), item("X", "Other"), item("3", "High")];
    const r = align(a, b);
    expect(r.removed).toEqual([1]);
    expect(r.added).toEqual([{ index: 1, end: null }]);
    expect(r.splits).toEqual([]);
    expect(r.merges).toEqual([]);
  });

  it("looks for splits and merges only when asked", () => {
    const a = [item("1", "Low"), item("2", "High")];
    const b = [item("1", "Low"), item("2a", "High (lower)"), item("2b", "High (upper)")];
    const r = alignOrdered(a, b, { splitsAndMerges: false });
    expect(r.splits).toEqual([]);
    expect(r.removed).toEqual([1]);
    expect(r.added.map((x) => x.index)).toEqual([1, 2]);
  });
});
