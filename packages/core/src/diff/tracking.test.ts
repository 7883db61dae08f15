import { describe, expect, it } from "vitest";
import { testLevelOf } from "../../test/diff/evaluator.js";
import { baseMapping, baseScale, clone, released } from "../../test/diff/fixtures.js";
import type { Scale } from "../model/scale.js";
import { diffDocuments } from "./diff-documents.js";

const options = { levelOf: testLevelOf };
const issues = (a: Scale, b: Scale) => diffDocuments(a, b, options).issues.map((i) => [i.code, i.severity, i.pointer]);
/** The base scale with a label reworded (a patch), released as `version`. */
const patched = (version = "1.0.1") => {
  const a = baseScale();
  const b = clone(a);
  b.levels[0]!.label.en = "Lowest";
  return [a, released(a, b, version)] as const;
};

describe("tracking checks", () => {
  it("a properly released version has none", () => {
    expect(issues(...patched())).toEqual([]);
    expect(issues(...patched("2.0.0"))).toEqual([]);
  });

  it("a changed document under the same version: not increased, and the bump is insufficient", () => {
    const a = baseScale();
    const b = clone(a);
    b.levels[0]!.label.en = "Lowest";
    expect(issues(a, b)).toEqual([
      ["version_not_increased", "error", "/version"],
      ["version_bump_insufficient", "error", "/version"],
    ]);
  });

  it("a lower version is not increased", () => {
    const [a, b] = patched("0.9.0");
    expect(issues(a, b)).toEqual([["version_not_increased", "error", "/version"]]);
  });

  it("a version that is not semver is reported, not thrown", () => {
    const [a, b] = patched();
    expect(issues(a, { ...b, version: "v2" })).toEqual([["diff_version_invalid", "error", "/version"]]);
    expect(diffDocuments(a, { ...b, version: "v2" }).declared).toBe("invalid");
  });

  it("a bump smaller than required is an error naming both and the version to use", () => {
    const a = baseScale();
    const b = clone(a);
    b.levels.pop();
    const r = diffDocuments(a, released(a, b, "1.1.0"), options);
    expect(r.issues).toEqual([
      {
        code: "version_bump_insufficient",
        severity: "error",
        pointer: "/version",
        params: { declared: "minor", required: "major", suggested: "2.0.0" },
      },
    ]);
  });

  it("another id that does not supersede the old one is not another version of the same document", () => {
    const [a, b] = patched();
    const { supersedes: _, ...unlinked } = b;
    expect(issues(a, { ...unlinked, id: "x-org.example/other" } as Scale)).toContainEqual(["diff_id_mismatch", "error", "/id"]);
    expect(diffDocuments(a, { ...unlinked, id: "x-org.example/other" } as Scale, options).edition).toBeUndefined();
  });

  it("another id that supersedes the old one is a new edition: the id change is said, versions are not compared", () => {
    const [a, b] = patched();
    // A new edition starts its own history at 1.0.0, the same number as the edition it replaces.
    const edition = { ...b, id: "x-org.example/other", version: "1.0.0", revisionHistory: [b.revisionHistory[1]!] };
    const r = diffDocuments(a, edition, options);
    expect(r.edition).toEqual({ from: `${a.id}`, to: "x-org.example/other" });
    expect(r.issues).toEqual([]);
    expect(r.changes[0]).toMatchObject({ kind: "id-changed", code: "change_id_changed", pointer: "/id", params: { from: `${a.id}`, to: "x-org.example/other" } });
    // Naming another version of the old id is still worth a word.
    expect(issues(a, { ...edition, supersedes: `${a.id}@0.9.0` })).toEqual([["supersedes_mismatch", "warning", "/supersedes"]]);
    // A related entry with relation "supersedes" links the editions too.
    const { supersedes: _, ...unlinked } = edition;
    expect(diffDocuments(a, { ...unlinked, related: [{ ref: `${a.id}@^1.0.0`, relation: "supersedes" }] } as Scale, options).edition).toBeDefined();
  });

  it("the revision history must gain exactly one entry, for the new version", () => {
    const [a, b] = patched();
    expect(issues(a, { ...b, revisionHistory: a.revisionHistory })).toEqual([["revision_history_not_extended", "error", "/revisionHistory"]]);
    const wrong = { ...b, revisionHistory: [...a.revisionHistory, { ...b.revisionHistory[1]!, version: "1.0.2" }] };
    expect(issues(a, wrong)).toEqual([["revision_history_not_extended", "error", "/revisionHistory"]]);
    const two = { ...b, revisionHistory: [...b.revisionHistory, { ...b.revisionHistory[1]!, version: "1.0.2" }] };
    expect(issues(a, two)).toEqual([["revision_history_not_extended", "error", "/revisionHistory"]]);
    // Newest first is fine too.
    expect(issues(a, { ...b, revisionHistory: [...b.revisionHistory].reverse() })).toEqual([]);
  });

  it("earlier revision entries must stay as they were", () => {
    const [a, b] = patched();
    const history = clone(b.revisionHistory);
    history[0]!.summary.en = "First release (reworded).";
    expect(issues(a, { ...b, revisionHistory: history })).toEqual([["revision_history_rewritten", "error", "/revisionHistory/0"]]);
  });

  it("supersedes should name the previous version (a warning)", () => {
    const [a, b] = patched();
    expect(issues(a, { ...b, supersedes: "x-org.example/test@0.9.0" })).toEqual([["supersedes_mismatch", "warning", "/supersedes"]]);
    const { supersedes: _, ...without } = b;
    expect(diffDocuments(a, without as Scale, options).issues[0]?.params).toEqual({ expected: "x-org.example/test@1.0.0", actual: "(none)" });
  });

  it("applies to mappings too", () => {
    const a = baseMapping();
    const b = clone(a);
    b.records[0]!.relation = "relatedMatch";
    const r = diffDocuments(a, released(a, b, "1.1.0"));
    expect(r.issues.map((i) => i.code)).toEqual(["version_bump_insufficient"]);
  });
});
