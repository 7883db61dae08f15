import { describe, expect, it } from "vitest";
import { REFERENCE_SCALE } from "../../reference/crs.js";
import type { Scale } from "../../model/scale.js";
import { component, mappingWith, scaleWith } from "../../../test/fixtures/rule-helpers.js";
import { textLanguages, textNeededInEveryLanguage } from "./text-languages.js";

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

  it("finds texts deep inside methods and unions (group labels, record comments)", () => {
    const scale = scaleWith((d) => {
      delete component(d, "matrix").axes[1].groups[0].label.es;
    });
    expect(textLanguages(scale, "scale").map((i) => i.pointer)).toEqual(["/method/components/2/method/axes/1/groups/0/label"]);
    const mapping = mappingWith((d) => delete d.records[3].comment.en);
    expect(textLanguages(mapping, "mapping").map((i) => [i.pointer, i.params["missing"]])).toEqual([["/records/3/comment", ["en"]]]);
  });

  it("points out texts in undeclared languages, as information", () => {
    expect(textLanguages(scaleWith((d) => (d.levels[2].definition["pt-BR"] = "x")), "scale")).toEqual([
      { code: "text_language_undeclared", severity: "info", pointer: "/levels/2/definition", params: { undeclared: ["pt-BR"] } },
    ]);
  });

  it("does not ask for boilerplate in every language: revision summaries, the encoder, names, verification and licence notes", () => {
    const scale = scaleWith((d) => {
      delete d.revisionHistory[0].summary.en;
      d.encoding = { by: { name: { en: "Example encoder" } }, official: false, note: { es: "Solo en español." } };
      delete d.publisher.name.es;
      d.publisher.issuingAuthority = { name: { en: "National CSIRT" } };
      d.publisher.contact.name = { en: "Duty officer" };
      d.license.note = { en: "Attribution required." };
      d.verification = { status: "verified", note: { en: "Checked against the source." } };
      d.levels[1].verification = { status: "partially-verified", note: { es: "Revisado en parte." } };
    });
    expect(textLanguages(scale, "scale")).toEqual([]);
    expect(textLanguages(scaleWith((d) => (d.encoding = { by: { name: { en: "x", de: "y" } }, official: false })), "scale").map((i) => i.code)).toEqual(["text_language_undeclared"]);
  });

  it("still asks for every text a reader needs: title, labels, definitions, responses, significance, questions, glossary", () => {
    const scale = scaleWith((d) => {
      delete d.title.es;
      delete d.levels[0].label.es;
      delete d.levels[1].definition.en;
      d.levels[2].response = { actions: { en: "Coordinate nationally." } };
      delete d.significance.meaning.es;
      delete d.dimensions[0].label.es;
      delete d.dimensions[0].options[1].label.en;
      d.glossary = [{ term: { en: "Incident" }, definition: { en: "An event.", es: "Un evento." } }];
    });
    expect(textLanguages(scale, "scale").map((i) => i.pointer)).toEqual([
      "/title",
      "/levels/0/label",
      "/levels/1/definition",
      "/levels/2/response/actions",
      "/significance/meaning",
      "/dimensions/0/label",
      "/dimensions/0/options/1/label",
      "/glossary/0/term",
    ]);
  });

  it("matches boilerplate by path, not by the name of the last step", () => {
    expect(textNeededInEveryLanguage(["revisionHistory", 3, "summary"])).toBe(false);
    expect(textNeededInEveryLanguage(["encoding", "by", "name"])).toBe(false);
    expect(textNeededInEveryLanguage(["method", "components", 0, "method", "verification", "note"])).toBe(false);
    expect(textNeededInEveryLanguage(["levels", 0, "note"])).toBe(true);
    expect(textNeededInEveryLanguage(["axes", 0, "name"])).toBe(true);
    expect(textNeededInEveryLanguage(["publisher", "name", "extra"])).toBe(true);
  });
});
