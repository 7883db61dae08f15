import { describe, expect, it } from "vitest";
import { baseMapping, clone } from "../../test/diff/fixtures.js";
import type { Mapping } from "../model/mapping.js";
import { rangeChange } from "./diff-mapping.js";
import { diffDocuments } from "./diff-documents.js";

const changes = (f: (m: Mapping) => void) => {
  const a = baseMapping();
  const b = clone(a);
  f(b);
  return diffDocuments(a, b).changes.map((c) => [c.kind, c.bump, c.pointer]);
};

describe("mapping records", () => {
  it("a changed interval or relation is major", () => {
    expect(changes((m) => (m.records[2]!.object = { min: "R3", max: "R5" }))).toEqual([["record-interval-changed", "major", "/records/2/object"]]);
    expect(changes((m) => (m.records[0]!.relation = "relatedMatch"))).toEqual([["record-relation-changed", "major", "/records/0/relation"]]);
  });

  it("a record becoming noMatch changes both its relation and its interval", () => {
    const c = changes((m) => {
      m.records[0]!.relation = "noMatch";
      delete m.records[0]!.object;
    });
    expect(c).toEqual([
      ["record-interval-changed", "major", "/records/0/object"],
      ["record-relation-changed", "major", "/records/0/relation"],
    ]);
  });

  it("a record added is minor, removed is major; records are matched by subject, not position", () => {
    expect(changes((m) => m.records.push({ subject: "L5", relation: "exactMatch", object: { min: "R5", max: "R5" }, justification: "review", confidence: 1 }))).toEqual([
      ["record-added", "minor", "/records/4"],
    ]);
    expect(changes((m) => m.records.splice(1, 1))).toEqual([["record-removed", "major", "/records/1"]]);
    expect(changes((m) => m.records.reverse())).toEqual([]);
  });

  it("confidence, justification and comment are patch", () => {
    expect(changes((m) => (m.records[0]!.confidence = 0.6))).toEqual([["record-confidence-changed", "patch", "/records/0/confidence"]]);
    expect(changes((m) => (m.records[0]!.justification = "review"))).toEqual([["record-justification-changed", "patch", "/records/0/justification"]]);
    const a = baseMapping();
    a.records[1]!.comment = { en: "Same meaning." };
    const b = clone(a);
    b.records[1]!.comment = { en: "The same meaning." };
    expect(diffDocuments(a, b).changes.map((c) => [c.kind, c.bump, c.pointer])).toEqual([["text-changed", "patch", "/records/1/comment"]]);
  });
});

describe("mapping scales and metadata", () => {
  it("another subject or object scale is major", () => {
    expect(changes((m) => (m.subject = { id: "x-org.example/other", versions: "^1.0.0" }))).toEqual([["subject-changed", "major", "/subject/id"]]);
    expect(changes((m) => (m.object.id = "sevscale/other"))).toEqual([["object-changed", "major", "/object/id"]]);
  });

  it("version ranges: narrowed major, widened minor, rewritten patch", () => {
    expect(changes((m) => (m.subject.versions = "^1.2.0"))).toEqual([["subject-range-changed", "major", "/subject/versions"]]);
    expect(changes((m) => (m.subject.versions = ">=1.0.0"))).toEqual([["subject-range-changed", "minor", "/subject/versions"]]);
    expect(changes((m) => (m.object.versions = ">=1.0.0 <2.0.0-0"))).toEqual([["object-range-changed", "patch", "/object/versions"]]);
    expect(changes((m) => (m.object.versions = "^2.0.0"))).toEqual([["object-range-changed", "major", "/object/versions"]]);
  });

  it("authors and reviewers are patch; title added minor", () => {
    expect(changes((m) => m.authors.push({ name: "B. Reviewer" }))).toEqual([["contributors-changed", "patch", "/authors/1"]]);
    expect(changes((m) => (m.reviewers = [{ name: "C" }]))).toEqual([["contributors-changed", "patch", "/reviewers"]]);
    expect(changes((m) => (m.title = { en: "Test to CRS" }))).toEqual([["metadata-added", "minor", "/title"]]);
  });
});

describe("rangeChange", () => {
  it.each([
    ["^1.0.0", "^1.0.0", "same"],
    ["^1.0.0", "^1.3.0", "narrowed"],
    ["^1.3.0", "^1.0.0", "widened"],
    ["^1.0.0", ">=1.0.0 <2.0.0-0", "rewritten"],
    ["^1.0.0", "^2.0.0", "changed"],
    ["^1.0.0", "not a range", "changed"],
  ] as const)("%s → %s is %s", (a, b, expected) => {
    expect(rangeChange(a, b)).toBe(expected);
  });
});
