import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { closestFirst } from "./closest.js";

/** The textbook dynamic-programming edit distance, as an oracle. */
function editDistance(a: string, b: string): number {
  const x = [...a.toLowerCase()];
  const y = [...b.toLowerCase()];
  let row = y.map((_, j) => j + 1);
  row.unshift(0);
  for (let i = 1; i <= x.length; i++) {
    const next = [i];
    for (let j = 1; j <= y.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    row = next;
  }
  return row[y.length]!;
}

describe("closestFirst", () => {
  it("puts the code one typo away first", () => {
    expect(closestFirst("sevre", ["minimal", "low", "moderate", "high", "severe"])[0]).toBe("severe");
    expect(closestFirst("c2", ["C1", "C2", "C3"])[0]).toBe("C2");
  });

  it("keeps every candidate once, nearest first, ties in the given order", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 6 }), fc.array(fc.string({ maxLength: 6 }), { maxLength: 10 }), (wanted, codes) => {
        const out = closestFirst(wanted, codes);
        const unique = [...new Set(codes)];
        expect(out.length).toBe(unique.length);
        expect(new Set(out)).toEqual(new Set(unique));
        for (let i = 1; i < out.length; i++) {
          const [before, after] = [editDistance(wanted, out[i - 1]!), editDistance(wanted, out[i]!)];
          expect(before).toBeLessThanOrEqual(after);
          if (before === after) expect(unique.indexOf(out[i - 1]!)).toBeLessThan(unique.indexOf(out[i]!));
        }
      }),
    );
  });
});
