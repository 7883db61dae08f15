import { describe, expect, it } from "vitest";
import { REFERENCE_SCALE } from "../../reference/crs.js";
import type { Scale } from "../../model/scale.js";
import { component, mappingWith, scaleWith } from "../../../test/fixtures/rule-helpers.js";
import { textLanguages } from "./text-languages.js";

describe("textLanguages", () => {
  it("accepts documents whose texts all have every declared language", () => {
    expect(textLanguages(scaleWith(), "scale")).toEqual([]);
    expect(textLanguages(mappingWith(), "mapping")).toEqual([]);
    expect(textLanguages(REFERENCE_SCALE as unknown as Scale, "scale")).toEqual([]);
  });

  it("reports one warning per text, listing the missing languages", () => {
    const scale = scaleWith((d) => {
      d.languages.push({ tag: "fr", authoritative: false }, { tag: "pt", authoritative: false });
      for (const l of d.levels) l.label.fr = "x";
      for (const l of d.levels) l.label.pt = "x";
      d.title.fr = "x";
    });
    const issues = textLanguages(scale, "scale");
    const title = issues.find((i) => i.pointer === "/title");
    expect(title).toEqual({ code: "text_language_missing", severity: "warning", pointer: "/title", params: { missing: ["pt"] } });
    expect(issues.find((i) => i.pointer === "/levels/0/definition")?.params).toEqual({ missing: ["fr", "pt"] });
    expect(issues.some((i) => i.pointer === "/levels/0/label")).toBe(false);
  });

  it("finds texts deep inside methods and unions (group labels, revision summaries, record comments)", () => {
    const scale = scaleWith((d) => {
      delete component(d, "matrix").axes[1].groups[0].label.es;
      delete d.revisionHistory[0].summary.en;
    });
    expect(textLanguages(scale, "scale").map((i) => i.pointer)).toEqual(["/revisionHistory/0/summary", "/method/components/2/method/axes/1/groups/0/label"]);
    const mapping = mappingWith((d) => delete d.records[3].comment.en);
    expect(textLanguages(mapping, "mapping").map((i) => [i.pointer, i.params["missing"]])).toEqual([["/records/3/comment", ["en"]]]);
  });

  it("points out texts in undeclared languages, as information", () => {
    expect(textLanguages(scaleWith((d) => (d.levels[2].definition["pt-BR"] = "x")), "scale")).toEqual([
      { code: "text_language_undeclared", severity: "info", pointer: "/levels/2/definition", params: { undeclared: ["pt-BR"] } },
    ]);
  });
});
