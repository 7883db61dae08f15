/**
 * The UK rule set (the encoder's reading of the NCSC free text) gives every combination of facts a
 * category, never lowers the category when the victim, effect or consequence gets more severe, and
 * rates the cases the definitions name as they say. Checked exhaustively with a small evaluator kept
 * here on purpose: the real classifier is built separately and must not be what this test trusts.
 */
import type { Condition, OrdinalDimension, RulesMethod } from "@sevscale/core";
import { describe, expect, it } from "vitest";
import { loadScale, rankOf } from "./support.js";

const scale = loadScale("gb-ncsc-2018");

function rules(): RulesMethod {
  if (scale.method.kind !== "rules") throw new Error("the UK scale is encoded as rules");
  return scale.method;
}

const method = rules();
const dimensions = scale.dimensions.filter((d): d is OrdinalDimension => d.type === "ordinal");

/** One option per dimension. */
type Facts = Record<string, string>;

function optionIndex(dimension: string, option: string | undefined): number {
  const d = dimensions.find((x) => x.code === dimension);
  const i = d?.options.findIndex((o) => o.code === option) ?? -1;
  if (i < 0) throw new Error(`unknown option ${dimension}=${String(option)}`);
  return i;
}

function holds(c: Condition, facts: Facts): boolean {
  if ("all" in c) return c.all.every((x) => holds(x, facts));
  if ("any" in c) return c.any.some((x) => holds(x, facts));
  if ("not" in c) return !holds(c.not, facts);
  if ("always" in c) return true;
  if ("in" in c) {
    c.in.forEach((o) => optionIndex(c.dimension, o));
    return c.in.includes(facts[c.dimension] ?? "");
  }
  if ("atLeast" in c) return optionIndex(c.dimension, facts[c.dimension]) >= optionIndex(c.dimension, c.atLeast);
  if ("atMost" in c) return optionIndex(c.dimension, facts[c.dimension]) <= optionIndex(c.dimension, c.atMost);
  throw new Error("quantity comparisons are not expected in this scale");
}

/** Most-severe strategy: the most severe level among the rules that hold, else `otherwise`. */
function classify(facts: Facts): { level: string | undefined; byRule: boolean } {
  let best = -1;
  for (const r of method.rules) if (holds(r.when, facts)) best = Math.max(best, rankOf(scale, r.level));
  if (best >= 0) return { level: scale.levels[best]?.code, byRule: true };
  return { level: method.otherwise, byRule: false };
}

/** Every combination of one option per dimension. */
function allFacts(): Facts[] {
  let out: Facts[] = [{}];
  for (const d of dimensions) out = out.flatMap((f) => d.options.map((o) => ({ ...f, [d.code]: o.code })));
  return out;
}

const combos = allFacts();

describe("gb/ncsc-2018 rules", () => {
  it("are most-severe rules over victim, effect and consequence, marked as a reconstruction", () => {
    expect(method.strategy).toBe("most-severe");
    expect(method.otherwise).toBe("Category 6");
    expect(method.verification?.status).toBe("reconstructed");
    expect(dimensions.map((d) => d.code)).toEqual(["victim", "effect", "consequence"]);
    expect(scale.dimensions).toHaveLength(dimensions.length);
    expect(dimensions.find((d) => d.code === "victim")?.options.map((o) => o.code)).toEqual([
      "individual",
      "small-organisation",
      "medium-organisation",
      "large-organisation-or-government",
      "central-government-or-essential-services",
      "national-security",
    ]);
    expect(dimensions.find((d) => d.code === "effect")?.options.map((o) => o.code)).toEqual([
      "preliminary-indications",
      "considerable-risk",
      "attack",
      "serious-impact",
      "sustained-disruption",
    ]);
  });

  it("give every combination of facts a category", () => {
    expect(combos).toHaveLength(6 * 5 * 2);
    for (const f of combos) expect(rankOf(scale, classify(f).level ?? ""), JSON.stringify(f)).toBeGreaterThanOrEqual(0);
  });

  it("fall back to Category 6 only where no definition names the case (activity short of an attack on an individual)", () => {
    const fallback = combos.filter((f) => !classify(f).byRule).map((f) => `${f["victim"]}/${f["effect"]}`);
    expect([...new Set(fallback)].sort()).toEqual(["individual/considerable-risk", "individual/preliminary-indications"]);
  });

  it("are monotone: a more severe option of any dimension never lowers the category", () => {
    let compared = 0;
    for (const f of combos) {
      const here = rankOf(scale, classify(f).level ?? "");
      for (const d of dimensions) {
        const i = optionIndex(d.code, f[d.code]);
        const next = d.options[i + 1];
        if (!next) continue;
        const there = rankOf(scale, classify({ ...f, [d.code]: next.code }).level ?? "");
        expect(there, `${JSON.stringify(f)} with ${d.code}=${next.code}`).toBeGreaterThanOrEqual(here);
        compared++;
      }
    }
    expect(compared).toBe(5 * 5 * 2 + 6 * 4 * 2 + 6 * 5 * 1);
  });

  it("reach every category", () => {
    const reached = new Set(combos.map((f) => classify(f).level));
    expect([...reached].sort()).toEqual(scale.levels.map((l) => l.code).sort());
  });

  // Cases read straight from the category definitions.
  it.each([
    ["individual", "attack", "not-severe", "Category 6"],
    ["medium-organisation", "preliminary-indications", "not-severe", "Category 6"],
    ["small-organisation", "attack", "not-severe", "Category 5"],
    ["medium-organisation", "considerable-risk", "not-severe", "Category 5"],
    ["large-organisation-or-government", "preliminary-indications", "not-severe", "Category 5"],
    ["medium-organisation", "serious-impact", "not-severe", "Category 4"],
    ["large-organisation-or-government", "considerable-risk", "not-severe", "Category 4"],
    ["large-organisation-or-government", "serious-impact", "not-severe", "Category 3"],
    ["central-government-or-essential-services", "considerable-risk", "not-severe", "Category 3"],
    ["central-government-or-essential-services", "serious-impact", "not-severe", "Category 2"],
    ["central-government-or-essential-services", "sustained-disruption", "not-severe", "Category 2"],
    ["central-government-or-essential-services", "sustained-disruption", "severe", "Category 1"],
    ["national-security", "attack", "severe", "Category 1"],
    ["small-organisation", "sustained-disruption", "severe", "Category 5"],
  ])("victim %s, effect %s, consequence %s: %s", (victim, effect, consequence, expected) => {
    expect(classify({ victim, effect, consequence }).level).toBe(expected);
  });
});
