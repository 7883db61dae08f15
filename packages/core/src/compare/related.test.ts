import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { en } from "../locales/en/index.js";
import type { ScaleRelation } from "../model/scale.js";
import { orderWithCompanions, refNames, relatedWords, type RelatedInput } from "./related.js";

const s = (id: string, related: { ref: string; relation: ScaleRelation }[] = [], version = "1.0.0"): RelatedInput => ({ id, version, related });

describe("refNames", () => {
  it("names any version without a range, else the versions within it", () => {
    expect(refNames("x-org.example/threat", "x-org.example/threat", "3.1.0")).toBe(true);
    expect(refNames("x-org.example/threat@^1.0.0", "x-org.example/threat", "1.4.0")).toBe(true);
    expect(refNames("x-org.example/threat@^1.0.0", "x-org.example/threat", "2.0.0")).toBe(false);
    expect(refNames("x-org.example/threat@^1.0.0", "x-org.example/impact", "1.0.0")).toBe(false);
    expect(refNames("x-org.example/threat@not a range", "x-org.example/threat", "1.0.0")).toBe(false);
  });
});

describe("orderWithCompanions", () => {
  it("puts each scale's companions right after it, in related order, wherever they were given", () => {
    const r = orderWithCompanions([s("a/threat"), s("b/other"), s("a/impact", [{ ref: "a/threat@^1", relation: "threat" }, { ref: "a/extra", relation: "companion" }]), s("a/extra")]);
    // a/threat was given first: the group stands there, led by a/impact, which names the others.
    expect(r.order).toEqual([2, 0, 3, 1]);
    expect(r.groups).toEqual([[0, 1, 2], [3]]);
    expect(r.companionOf).toEqual([undefined, { index: 0, relation: "threat" }, { index: 0, relation: "companion" }, undefined]);
    const first = orderWithCompanions([s("a/impact", [{ ref: "a/threat@^1", relation: "threat" }, { ref: "a/extra", relation: "companion" }]), s("b/other"), s("a/extra"), s("a/threat")]);
    expect(first.order).toEqual([0, 3, 2, 1]);
    expect(first.groups).toEqual([[0, 1, 2], [3]]);
    expect(first.companionOf).toEqual([undefined, { index: 0, relation: "threat" }, { index: 0, relation: "companion" }, undefined]);
  });

  it("shows a pair that names each other once, as one group", () => {
    const r = orderWithCompanions([s("a/threat", [{ ref: "a/impact", relation: "impact" }]), s("z/x"), s("a/impact", [{ ref: "a/threat", relation: "threat" }])]);
    expect(r.order).toEqual([0, 2, 1]);
    expect(r.groups).toEqual([[0, 1], [2]]);
    expect(r.related).toEqual([
      [{ ref: "a/impact", id: "a/impact", relation: "impact", index: 1 }],
      [{ ref: "a/threat", id: "a/threat", relation: "threat", index: 0 }],
      [],
    ]);
  });

  it("names a related scale that was not given, or not in the range named, with index null; an earlier edition is named but not grouped", () => {
    const r = orderWithCompanions([s("a/impact", [{ ref: "a/threat@^2.0.0", relation: "threat" }, { ref: "a/old@1.0.0", relation: "supersedes" }, { ref: "a/gone", relation: "companion" }]), s("a/threat"), s("a/old")]);
    expect(r.order).toEqual([0, 1, 2]);
    expect(r.groups).toEqual([[0], [1], [2]]);
    expect(r.related[0]!.map((x) => x.index)).toEqual([null, 2, null]);
  });

  it("is a permutation in groups of consecutive positions; a companion stands after the scale that names it, in its group", () => {
    const relation = fc.constantFrom<ScaleRelation>("companion", "impact", "threat", "supersedes");
    const inputs = fc.integer({ min: 1, max: 7 }).chain((n) =>
      fc.tuple(...Array.from({ length: n }, () => fc.array(fc.tuple(fc.integer({ min: 0, max: n }), relation), { maxLength: 3 }))).map((lists) =>
        lists.map((list, k) => s(`n/s${k}`, list.map(([target, rel]) => ({ ref: `n/s${target}`, relation: rel })))),
      ),
    );
    fc.assert(
      fc.property(inputs, (scales) => {
        const r = orderWithCompanions(scales);
        expect([...r.order].sort((x, y) => x - y)).toEqual(scales.map((_, k) => k));
        expect(r.groups.flat()).toEqual(scales.map((_, p) => p));
        r.companionOf.forEach((c, p) => {
          if (c === undefined) return;
          expect(c.index).toBeLessThan(p);
          expect(r.groups.find((g) => g.includes(p))).toContain(c.index);
          expect(scales[r.order[c.index]!]!.related!.some((x) => x.ref === scales[r.order[p]!]!.id && x.relation === c.relation)).toBe(true);
        });
      }),
    );
  });
});

describe("relatedWords", () => {
  it("says whose companion a scale is, and each relation it names, given or not", () => {
    const scales = [
      { id: "a/impact", related: [{ ref: "a/threat@^1.0.0", id: "a/threat", relation: "threat" as const, index: 1 }, { ref: "a/old", id: "a/old", relation: "supersedes" as const, index: null }] },
      { id: "a/threat", companionOf: { index: 0, relation: "threat" as const } },
    ];
    expect(relatedWords(scales, 0, en.terms.alignment, en.terms.colon)).toEqual({
      names: ["a/threat@^1.0.0: threat scale of a/impact", "a/old: earlier edition of a/impact (not given)"],
    });
    expect(relatedWords(scales, 1, en.terms.alignment, en.terms.colon)).toEqual({ companionOf: "threat scale of a/impact", names: [] });
  });
});
