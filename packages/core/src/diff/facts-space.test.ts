import { describe, expect, it } from "vitest";
import { baseScale, clone } from "../../test/diff/fixtures.js";
import type { Scale } from "../model/scale.js";
import { buildFactsSpace, incidents, spaceSize } from "./facts-space.js";
import { mulberry32 } from "./prng.js";

const values = (space: ReturnType<typeof buildFactsSpace>, code: string) => space.find((d) => d.code === code)!.values.map((v) => v.old);
const build = (a: Scale, b: Scale = a, renames = new Map<string, Map<string, string>>()) => buildFactsSpace(a, b, renames, mulberry32(1));

describe("buildFactsSpace", () => {
  it("takes every option of the old version's ordinal dimensions", () => {
    const space = build(baseScale());
    expect(values(space, "impact")).toEqual(["none", "minor", "major"]);
    expect(values(space, "scope")).toEqual(["local", "national"]);
  });

  it("brackets every threshold of either version with one step, within the dimension's bounds", () => {
    const a = baseScale();
    const b = clone(a);
    if (b.method.kind !== "rules") throw new Error("fixture");
    b.method.rules.push({ level: "L2", when: { dimension: "users", compare: "gt", threshold: { smallerOf: [{ value: 50 }, { value: 10 }] } } });
    expect(values(build(a, b), "users")).toEqual([0, 9, 10, 11, 49, 50, 51, 999, 1000, 1001]);
  });

  it("steps by the smallest decimal used", () => {
    const a = baseScale();
    a.dimensions[2] = { code: "users", type: "quantity", unit: "%", label: { en: "Share" } };
    if (a.method.kind !== "rules") throw new Error("fixture");
    a.method.rules.push({ level: "L2", when: { dimension: "users", compare: "gte", threshold: { value: "2.5" } } });
    expect(values(build(a), "users")).toEqual([2.4, 2.5, 2.6, 999.9, 1000, 1000.1]);
  });

  it("adds percentages of another quantity's boundary values", () => {
    const a = baseScale();
    a.dimensions.push({ code: "turnover", type: "quantity", unit: "EUR", label: { en: "Turnover" }, min: 0 });
    a.dimensions.push({ code: "loss", type: "quantity", unit: "EUR", label: { en: "Loss" }, min: 0 });
    if (a.method.kind !== "rules") throw new Error("fixture");
    a.method.rules.unshift({
      level: "L4",
      when: { dimension: "loss", compare: "gte", threshold: { smallerOf: [{ value: 500000 }, { percentOf: { dimension: "turnover", percent: 5 } }] } },
    });
    a.method.rules.push({ level: "L2", when: { dimension: "turnover", compare: "gte", threshold: { value: "1000000.5" } } });
    const loss = values(build(a), "loss");
    // 5 % of turnover's 1 000 000.4 / .5 / .6, one step around each (the step follows the 3 decimals).
    for (const v of [50000.019, 50000.02, 50000.021, 50000.024, 50000.025, 50000.026, 50000.029, 50000.03, 50000.031]) expect(loss).toContain(v);
    expect(loss).toContain(500000);
  });

  it("takes band and cut-point values of max and score methods", () => {
    const a = baseScale();
    a.method = {
      kind: "composite",
      combine: "most-severe",
      components: [
        { id: "bands", method: { kind: "max", ratings: [{ dimension: "users", bands: [{ atLeast: 0, level: "L1" }, { atLeast: 250, level: "L2" }] }] } },
        {
          id: "score",
          method: {
            kind: "score",
            components: [{ dimension: "users", weight: 2 }],
            normalisation: { kind: "none" },
            rounding: { decimals: 0, mode: "half-up" },
            cutPoints: [{ level: "L3", atLeast: 100 }],
          },
        },
      ],
    };
    const users = values(build(a), "users");
    for (const v of [249, 250, 251, 49, 50, 51, 99, 100, 101]) expect(users).toContain(v);
  });

  it("puts dimensions only the new version has last, absent first", () => {
    const a = baseScale();
    const b = clone(a);
    b.dimensions.push({ code: "extra", type: "ordinal", label: { en: "Extra" }, options: [{ code: "x", label: { en: "X" } }] });
    const space = build(a, b);
    expect(space.map((d) => [d.code, d.addedInNew])).toEqual([
      ["impact", false],
      ["scope", false],
      ["users", false],
      ["extra", true],
    ]);
    expect(values(space, "extra")).toEqual([undefined, "x"]);
  });

  it("feeds renamed option codes to the new version", () => {
    const space = build(baseScale(), baseScale(), new Map([["impact", new Map([["major", "severe"]])]]));
    expect(space[0]!.values.map((v) => [v.old, v.new])).toEqual([
      ["none", "none"],
      ["minor", "minor"],
      ["major", "severe"],
    ]);
  });

  it("takes single selections and pairs of a multiple dimension, sampling pairs when there are many", () => {
    const a = baseScale();
    const few = { ...a.dimensions[1]!, multiple: true } as Scale["dimensions"][number];
    a.dimensions[1] = few;
    expect(values(build(a), "scope")).toEqual([["local"], ["national"], ["local", "national"]]);
    const many = Array.from({ length: 12 }, (_, k) => ({ code: `o${k}`, label: { en: `O${k}` } }));
    a.dimensions[1] = { code: "scope", type: "ordinal", label: { en: "S" }, options: many, multiple: true };
    const sel = values(build(a), "scope") as string[][];
    expect(sel.filter((s) => s.length === 1).length).toBe(12);
    expect(sel.filter((s) => s.length === 2).length).toBe(2 * 12 + 10);
    expect(values(build(a), "scope")).toEqual(sel);
  });
});

describe("incidents", () => {
  const space = build(baseScale());

  it("enumerates the whole space, every incident once, when it is small enough", () => {
    const all = [...incidents(space, 1000, 5, mulberry32(1))].map((x) => x.join(","));
    expect(all.length).toBe(Number(spaceSize(space)));
    expect(new Set(all).size).toBe(all.length);
  });

  it("draws a seeded sample otherwise: the same seed gives the same incidents", () => {
    const draw = (seed: number) => [...incidents(space, 2, 50, mulberry32(seed))];
    expect(draw(7).length).toBe(50);
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });
});
