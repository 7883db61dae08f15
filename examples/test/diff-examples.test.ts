/**
 * The diff with its default classifier (the core's compiled classifier) on the encoded national
 * scales: a changed ASD cell is a major change with a real example incident; re-ordering the UK
 * rules, which are "most severe wins", changes no level and is not major.
 */
import type { MatrixMethod, RulesMethod, Scale } from "@sevscale/core";
import { classify, diffDocuments } from "@sevscale/core";
import { describe, expect, it } from "vitest";
import { loadScale } from "./support.js";

const clone = <T>(x: T): T => structuredClone(x);

describe("diffDocuments with the default classifier", () => {
  it("au/asd with one cell changed: method-changed is major, with an incident whose level differs", () => {
    const asd = loadScale("au-asd");
    const edited = clone(asd) as Scale & { method: MatrixMethod };
    // Isolated compromise × Medium-sized / Schools / Local government: C5 in the figure, made C4.
    const cell = edited.method.cells.find((c) => c.at[0] === "isolated-compromise" && c.at[1] === "medium-organisations-schools-local-government");
    expect(cell?.level).toBe("C5");
    cell!.level = "C4";
    edited.version = "2.0.0";

    const r = diffDocuments(asd, edited);
    const change = r.changes.find((c) => c.kind === "method-changed");
    expect(change).toMatchObject({ bump: "major", code: "change_method_changed_levels" });
    expect(change?.params).toMatchObject({ oldLevel: "C5", newLevel: "C4" });
    expect(r.required).toBe("major");
    // The default classifier was used and never failed (the other issues are release tracking).
    expect(r.issues.map((i) => i.code).filter((c) => c.startsWith("diff_"))).toEqual([]);

    // The example is a genuine incident of that cell: each version classifies it as the diff says.
    const example = r.example!;
    expect(example).toMatchObject({ oldLevel: "C5", newLevel: "C4" });
    expect(example.facts["impact-type"]).toBe("isolated-compromise");
    expect(["medium-organisation", "school", "local-government"]).toContain(example.facts["stakeholder"]);
    expect(classify(asd, example.facts).level?.code).toBe("C5");
    expect(classify(edited, example.facts).level?.code).toBe("C4");
  });

  it("gb/ncsc-2018 with its rules reversed: most-severe gives the same levels, so not major", () => {
    const uk = loadScale("gb-ncsc-2018");
    const edited = clone(uk) as Scale & { method: RulesMethod };
    expect(edited.method.strategy).toBe("most-severe");
    edited.method.rules.reverse();
    edited.version = "1.1.0";

    const r = diffDocuments(uk, edited);
    const change = r.changes.find((c) => c.kind === "method-changed");
    // Every combination of the old options, compared exhaustively: victim 6 × effect 5 × consequence 2 = 60.
    expect(change).toMatchObject({ bump: "minor", code: "change_method_changed_same", params: { checked: 60 } });
    expect(r.required).not.toBe("major");
    expect(r.example).toBeUndefined();
    expect(r.issues.map((i) => i.code).filter((c) => c.startsWith("diff_"))).toEqual([]);
  });

  it("gb/ncsc-2018 with its strategy made first-match on the reversed rules: major", () => {
    // Least severe rules first with first-match: "effect at least attack" fires before Category 1.
    const uk = loadScale("gb-ncsc-2018");
    const edited = clone(uk) as Scale & { method: RulesMethod };
    edited.method.rules.reverse();
    edited.method.strategy = "first-match";
    edited.version = "2.0.0";
    const r = diffDocuments(uk, edited);
    expect(r.changes.find((c) => c.kind === "method-changed")).toMatchObject({ bump: "major" });
    expect(classify(uk, r.example!.facts).level?.code).toBe(r.example!.oldLevel);
    expect(classify(edited, r.example!.facts).level?.code ?? null).toBe(r.example!.newLevel);
  });
});
