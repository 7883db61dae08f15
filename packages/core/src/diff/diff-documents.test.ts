import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbMapping, arbScale, mappingEdits, scaleEdits } from "../../test/diff/arbitraries.js";
import { testLevelOf } from "../../test/diff/evaluator.js";
import { baseMapping, baseScale, clone, released } from "../../test/diff/fixtures.js";
import { requiredVersion } from "./bump.js";
import { diffDocuments } from "./diff-documents.js";
import { en } from "../locales/en/index.js";
import { es } from "../locales/es/index.js";
import { renderMessage } from "../issues/render.js";

const options = { levelOf: testLevelOf };
const codes = (issues: readonly { code: string }[]) => issues.map((i) => i.code);
const word = fc.string({ minLength: 1, maxLength: 8, unit: fc.constantFrom(..."xyzw") });

describe("diffDocuments properties", () => {
  it("finds no change between a scale and itself (or a copy)", () => {
    fc.assert(
      fc.property(arbScale, (s) => {
        for (const other of [s, clone(s)]) {
          const r = diffDocuments(s, other, options);
          expect(r.changes).toEqual([]);
          expect(r.required).toBe("none");
          expect(r.declared).toBe("none");
          expect(r.issues).toEqual([]);
          expect(r.example).toBeUndefined();
        }
      }),
    );
  });

  it("finds no change between a mapping and itself", () => {
    fc.assert(
      fc.property(arbMapping, (m) => {
        const r = diffDocuments(m, clone(m));
        expect(r).toEqual({ kind: "mapping", required: "none", declared: "none", changes: [], issues: [] });
      }),
    );
  });

  it("a scale released with exactly the required bump has no tracking error", () => {
    const edit = fc.constantFrom(...Object.keys(scaleEdits));
    fc.assert(
      fc.property(arbScale, edit, fc.nat(), word, (s, name, k, v) => {
        const edited = scaleEdits[name]!(clone(s), k, v);
        const first = diffDocuments(s, edited, options);
        fc.pre(first.required !== "none");
        const version = requiredVersion(s.version, first.required)!;
        const r = diffDocuments(s, released(s, edited, version), options);
        expect(r.required).toBe(first.required);
        expect(r.changes).toEqual(first.changes);
        expect(codes(r.issues)).not.toContain("version_bump_insufficient");
        expect(r.issues.filter((i) => i.severity !== "info")).toEqual([]);
      }),
    );
  });

  it("a mapping released with exactly the required bump has no tracking error", () => {
    const edit = fc.constantFrom(...Object.keys(mappingEdits));
    fc.assert(
      fc.property(arbMapping, edit, fc.nat(), word, (m, name, k, v) => {
        const edited = mappingEdits[name]!(clone(m), k, v);
        const first = diffDocuments(m, edited);
        fc.pre(first.required !== "none");
        const r = diffDocuments(m, released(m, edited, requiredVersion(m.version, first.required)!));
        expect(r.required).toBe(first.required);
        expect(r.issues).toEqual([]);
      }),
    );
  });

  it("a version one step short of the required bump is reported as insufficient", () => {
    fc.assert(
      fc.property(arbScale, fc.nat(), (s, k) => {
        // From a pre-release, the next minor can be a release of the same numbers (a major step).
        fc.pre(!s.version.includes("-"));
        const edited = scaleEdits["removeLevel"]!(clone(s), k, "");
        const r = diffDocuments(s, released(s, edited, requiredVersion(s.version, "minor")!), options);
        expect(r.required).toBe("major");
        const issue = r.issues.find((i) => i.code === "version_bump_insufficient");
        expect(issue?.params).toMatchObject({ required: "major" });
      }),
    );
  });

  it("removing any one level requires a major version", () => {
    fc.assert(
      fc.property(arbScale, fc.nat(), (s, k) => {
        const i = k % s.levels.length;
        const edited = { ...s, levels: s.levels.filter((_, j) => j !== i) };
        const r = diffDocuments(s, edited, options);
        expect(r.required).toBe("major");
        expect(r.changes.some((c) => c.bump === "major" && c.kind.startsWith("level-"))).toBe(true);
      }),
    );
  });

  it("changing any one label text requires only a patch", () => {
    fc.assert(
      fc.property(arbScale, fc.nat(), fc.constantFrom("en", "es"), word, (s, k, lang, v) => {
        const edited = clone(s);
        const level = edited.levels[k % edited.levels.length]!;
        level.label[lang] = `${level.label[lang]} ${v}`;
        const r = diffDocuments(s, edited, options);
        expect(r.required).toBe("patch");
        expect(r.changes.map((c) => [c.kind, c.pointer])).toEqual([["text-changed", `/levels/${k % s.levels.length}/label`]]);
      }),
    );
  });

  it("is deterministic, including the example incident and on copies of the inputs", () => {
    const edit = fc.constantFrom(...Object.keys(scaleEdits));
    fc.assert(
      fc.property(arbScale, edit, fc.nat(), word, fc.integer({ min: 1, max: 50 }), (s, name, k, v, limit) => {
        const edited = scaleEdits[name]!(clone(s), k, v);
        // A tiny exhaustive limit forces the seeded sampling path half of the time.
        const opts = { ...options, exhaustiveLimit: limit, sampleSize: 200 };
        const once = diffDocuments(s, edited, opts);
        const again = diffDocuments(clone(s), clone(edited), opts);
        expect(again).toEqual(once);
        expect(JSON.stringify(again)).toBe(JSON.stringify(once));
      }),
    );
  });

  it("reports every change with a message in English and Spanish, and a bump no smaller than none", () => {
    const edit = fc.constantFrom(...Object.keys(scaleEdits));
    fc.assert(
      fc.property(arbScale, edit, fc.nat(), word, (s, name, k, v) => {
        const r = diffDocuments(s, scaleEdits[name]!(clone(s), k, v), options);
        for (const c of r.changes) {
          expect(renderMessage(c, en)).not.toMatch(/\{[a-zA-Z]+\}/);
          expect(renderMessage(c, es)).not.toMatch(/\{[a-zA-Z]+\}/);
          expect(["major", "minor", "patch"]).toContain(c.bump);
          expect(c.pointer === "" || c.pointer.startsWith("/")).toBe(true);
        }
      }),
    );
  });

  it("never throws on documents that are not what they claim to be", () => {
    const scaleKeys = fc.constantFrom(...Object.keys(baseScale()), "levels/0", "dimensions/0", "dimensions/2");
    const mappingKeys = fc.constantFrom(...Object.keys(baseMapping()), "records/0");
    // Replaces members (or list items, "levels/0") of a valid document by arbitrary JSON.
    const spoil = <T extends object>(doc: T, edits: [string, unknown][]): T => {
      const out = clone(doc) as Record<string, unknown>;
      for (const [key, value] of edits) {
        const [k, i] = key.split("/");
        if (i === undefined) out[k!] = value;
        else if (Array.isArray(out[k!])) (out[k!] as unknown[])[Number(i)] = value;
      }
      return out as T;
    };
    fc.assert(
      fc.property(
        fc.array(fc.tuple(scaleKeys, fc.jsonValue()), { maxLength: 4 }),
        fc.array(fc.tuple(scaleKeys, fc.jsonValue()), { maxLength: 4 }),
        fc.array(fc.tuple(mappingKeys, fc.jsonValue()), { maxLength: 4 }),
        (ea, eb, em) => {
          const a = spoil(baseScale(), ea);
          const b = spoil(baseScale(), eb);
          expect(() => diffDocuments(a, b, options)).not.toThrow();
          expect(() => diffDocuments(b, a)).not.toThrow();
          const m = spoil(baseMapping(), em);
          expect(() => diffDocuments(baseMapping(), m)).not.toThrow();
          expect(() => diffDocuments(m, baseMapping())).not.toThrow();
        },
      ),
    );
  });
});

describe("diffDocuments", () => {
  it("refuses to compare a scale with a mapping", () => {
    const r = diffDocuments(baseScale(), baseMapping());
    expect(r.changes).toEqual([]);
    expect(codes(r.issues)).toEqual(["diff_kind_mismatch"]);
  });
});
