import { describe, expect, it } from "vitest";
import type { Issue } from "../issues/issue.js";
import { renderMessage } from "../issues/render.js";
import { REFERENCE_SCALE } from "../reference/crs.js";
import { AU, AU_MAPPING, UK, UK_MAPPING, US_NCISS, US_NCISS_MAPPING } from "../../test/fixtures/national.js";
import { makeMapping, makeScale } from "../../test/fixtures/scales.js";
import { compare } from "../compare/compare.js";
import { TRANSLATE_MESSAGES } from "./messages.js";
import { toReference } from "./to-reference.js";
import { translate } from "./translate.js";
import { es } from "../locales/es/index.js";
import { en } from "../locales/en/index.js";

/** Issues from real calls that between them should raise every code of the catalogue. */
function scenarioIssues(): Issue[] {
  const uk = { scale: UK, mapping: UK_MAPPING };
  const au = { scale: AU, mapping: AU_MAPPING };
  const s = makeScale({ id: "x-org.example/s", levels: [["a", "A"], ["b", "B"], ["c", "C"], ["d", "D"], ["e", "E"]] });
  const bad = makeMapping(
    s,
    [
      ["a", "noMatch", 1],
      ["b", "exactMatch", "R9", "R9", 1],
      ["c", "broadMatch", "R3", "R1", 1],
      ["c", "exactMatch", "R1", "R1", 1],
    ],
    { subjectVersions: "^2.0.0", object: { id: "sevscale/crs", versions: "not a range" } },
  );
  const noBand = { ...bad, records: [...bad.records, { subject: "d", relation: "exactMatch" as const, justification: "review" as const, confidence: 1 }] };
  const otherRef = makeMapping(AU, [["C3", "exactMatch", "R3", "R3", 1]], { object: { id: "x-org.example/ref", versions: "*" } });
  return [
    translate("nope", uk, au),
    translate("unknown", uk, au),
    translate("0M", { scale: US_NCISS, mapping: US_NCISS_MAPPING }, uk),
    translate("Category 3", uk, { scale: AU, mapping: otherRef }),
    translate("Category 3", uk, { scale: AU, mapping: { ...AU_MAPPING, object: { id: "sevscale/crs", versions: "^2.0.0" } } }),
    translate("a", { scale: s, mapping: noBand }, uk),
    translate("Category 3", uk, { scale: s, mapping: noBand }),
    toReference(UK_MAPPING, "Category 3", { subject: AU }),
    toReference(UK_MAPPING, "Category 3", { object: { ...REFERENCE_SCALE, version: "2.0.0" } }),
    compare([]),
    compare([uk, au, uk], { pairwiseBudget: 1 }),
  ].flatMap((r) => [...r.issues]);
}

describe("translation messages", () => {
  const issues = scenarioIssues();

  it("every code of the catalogue is raised by some call", () => {
    const raised = new Set(issues.map((i) => i.code));
    expect([...Object.keys(TRANSLATE_MESSAGES)].filter((c) => !raised.has(c))).toEqual([]);
  });

  it("renders every raised issue in English and Spanish with no placeholder left", () => {
    for (const i of issues) {
      for (const [lang, locale] of [["en", en], ["es", es]] as const) {
        const text = renderMessage(i, locale);
        expect(text, `${i.code} (${lang})`).not.toMatch(/\{[A-Za-z0-9_]+\}/);
        expect(text.length).toBeGreaterThan(20);
      }
    }
  });
});
