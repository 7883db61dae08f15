import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderMessage } from "../issues/render.js";
import { MESSAGE_CATALOG } from "../issues/catalog.js";
import type { Scale } from "../model/scale.js";
import { REFERENCE_SCALE } from "../reference/crs.js";
import { BASE_MAPPING, BASE_SCALE } from "../../test/fixtures/base-documents.js";
import { comparePointers } from "./_issue.js";
import { validateDocument } from "./validate-document.js";
import { en } from "../locales/en/index.js";
import { es } from "../locales/es/index.js";

const crs = REFERENCE_SCALE as unknown;

describe("validateDocument", () => {
  it("finds nothing to report in the reference scale CRS 1.0 (no error, warning or info)", () => {
    const r = validateDocument(crs);
    expect(r.issues).toEqual([]);
    expect(r.valid).toBe(true);
    expect(r.kind).toBe("scale");
    expect(r.document).toEqual(REFERENCE_SCALE);
  });

  it("tells the kind from $schema when kind is absent, and still reports kind as missing", () => {
    const { kind: _, ...rest } = REFERENCE_SCALE;
    const r = validateDocument(rest);
    expect(r.kind).toBe("scale");
    expect(r.issues.map((i) => [i.code, i.pointer, i.params["property"]])).toEqual([["missing_property", "", "kind"]]);
  });

  it("reports an unknown kind, with the found value", () => {
    for (const value of [42, null, [], "scale", {}, { kind: "Scale" }]) {
      const r = validateDocument(value);
      expect(r).toEqual({ kind: null, valid: false, issues: [expect.objectContaining({ code: "document_kind_unknown" })] });
    }
    expect(validateDocument({ kind: "Scale" }).issues[0]).toMatchObject({ pointer: "/kind", params: { found: '"Scale"' } });
  });

  it("validates as the kind asked for", () => {
    const r = validateDocument(crs, { kind: "mapping" });
    expect(r.kind).toBe("mapping");
    expect(r.issues).toContainEqual(expect.objectContaining({ code: "invalid_value", pointer: "/kind" }));
  });

  it("skips the meaning stage when the structure fails, and gives no document", () => {
    const scale = structuredClone(BASE_SCALE) as Record<string, unknown>;
    scale["levels"] = [{ code: "L1", label: { en: "x" }, definition: { en: "x" } }, { code: "L1", label: { en: "x" }, definition: { en: "x" } }];
    scale["title"] = 5;
    const r = validateDocument(scale);
    expect(r.issues.map((i) => i.code)).toEqual(["wrong_type"]);
    expect(r.document).toBeUndefined();
    expect(r.valid).toBe(false);
  });

  it("resolves the reference scale without a resolver, and the subject through the resolver", () => {
    const alone = validateDocument(BASE_MAPPING);
    expect(alone.issues).toEqual([expect.objectContaining({ code: "mapping_scale_unresolved", pointer: "/subject" })]);
    expect(alone.valid).toBe(true);
    const calls: [string, string][] = [];
    const resolved = validateDocument(BASE_MAPPING, {
      resolveScale: (id, range) => {
        calls.push([id, range]);
        return id === BASE_SCALE.id ? (BASE_SCALE as Scale) : undefined;
      },
    });
    expect(resolved.issues).toEqual([]);
    expect(calls).toEqual([
      ["x-org.example/base", "^1.1.0"],
      ["sevscale/crs", "^1.0.0"],
    ]);
  });

  it("lets a resolver supply another version of the reference scale", () => {
    const other = { ...structuredClone(REFERENCE_SCALE), version: "2.0.0" } as unknown as Scale;
    const r = validateDocument(BASE_MAPPING, { resolveScale: (id) => (id === "sevscale/crs" ? other : undefined) });
    expect(r.issues.map((i) => i.code)).toContain("mapping_scale_version_outside_range");
  });

  it("treats a resolved scale that is not a Scale as unavailable", () => {
    const r = validateDocument(BASE_MAPPING, { resolveScale: (id) => (id === BASE_SCALE.id ? ({ kind: "scale", levels: 3 } as unknown as Scale) : undefined) });
    expect(r.issues.map((i) => [i.code, i.pointer])).toEqual([["mapping_scale_unresolved", "/subject"]]);
  });

  it("does not call the resolver with an invalid range", () => {
    const mapping = { ...structuredClone(BASE_MAPPING), subject: { id: BASE_SCALE.id, versions: "newest" } };
    const r = validateDocument(mapping, {
      resolveScale: (id) => {
        if (id === BASE_SCALE.id) throw new Error("must not be called for the subject");
        return undefined;
      },
    });
    expect(r.issues.map((i) => i.code)).toContain("version_range_invalid");
  });

  it("sorts issues by pointer (indices numerically), then code", () => {
    const scale = structuredClone(BASE_SCALE) as { levels: { code: string; color?: unknown }[] };
    for (let i = 0; i < 8; i++) scale.levels.push({ ...structuredClone(scale.levels[3]!), code: `X${i}`, color: undefined });
    scale.levels[11]!.code = "L1";
    scale.levels[2]!.code = "L1";
    const r = validateDocument(scale);
    const pointers = r.issues.map((i) => i.pointer);
    expect(pointers.indexOf("/levels/2/code")).toBeLessThan(pointers.indexOf("/levels/11/code"));
    for (let i = 1; i < r.issues.length; i++) {
      const a = r.issues[i - 1]!;
      const b = r.issues[i]!;
      expect(comparePointers(a.pointer, b.pointer) < 0 || (a.pointer === b.pointer && a.code <= b.code)).toBe(true);
    }
  });
});

/** Replaces or deletes values at random places of a JSON document. */
function mutate(doc: unknown, edits: readonly { pick: number; op: "delete" | "replace"; value: unknown }[]): unknown {
  const copy = structuredClone(doc);
  for (const edit of edits) {
    const slots: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
    const stack: unknown[] = [copy];
    while (stack.length > 0) {
      const v = stack.pop();
      if (Array.isArray(v)) v.forEach((x, i) => (slots.push({ parent: v, key: i }), stack.push(x)));
      else if (typeof v === "object" && v !== null) for (const [k, x] of Object.entries(v)) (slots.push({ parent: v as Record<string, unknown>, key: k }), stack.push(x));
    }
    const slot = slots[edit.pick % Math.max(slots.length, 1)];
    if (!slot) continue;
    if (edit.op === "delete") {
      if (Array.isArray(slot.parent)) slot.parent.splice(slot.key as number, 1);
      else delete slot.parent[slot.key as string];
    } else if (Array.isArray(slot.parent)) slot.parent[slot.key as number] = edit.value;
    else Object.defineProperty(slot.parent, slot.key, { value: edit.value, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

const editArb = fc.array(fc.record({ pick: fc.nat(), op: fc.constantFrom("delete" as const, "replace" as const), value: fc.jsonValue({ maxDepth: 3 }) }), { minLength: 1, maxLength: 6 });

/** Every issue is well formed: a catalogue code with its severity, a pointer, renderable params. */
function checkIssues(r: ReturnType<typeof validateDocument>): void {
  expect(r.valid).toBe(!r.issues.some((i) => i.severity === "error"));
  for (const i of r.issues) {
    // findings_omitted counts the findings of one code beyond the bound and carries their severity.
    const nominal = i.code === "findings_omitted" ? MESSAGE_CATALOG[String(i.params["code"])]?.severity : MESSAGE_CATALOG[i.code]?.severity;
    expect(nominal).toBe(i.severity);
    expect(i.pointer === "" || i.pointer.startsWith("/")).toBe(true);
    for (const locale of [en, es]) {
      const template = (locale.messages as Readonly<Record<string, string>>)[i.code]!;
      const placeholders = [...template.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1]!);
      for (const p of placeholders) expect(i.params, `${i.code} needs {${p}}`).toHaveProperty([p]);
      expect(renderMessage(i, locale).length).toBeGreaterThan(0);
    }
  }
}

describe("validateDocument on hostile input (properties)", () => {
  it("never throws on arbitrary JSON, and reports only catalogue codes", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        checkIssues(validateDocument(value));
        checkIssues(validateDocument(value, { kind: "scale" }));
      }),
    );
  });

  it("never throws on mutated copies of the CRS, the base scale and the base mapping", () => {
    const resolveScale = (id: string) => (id === BASE_SCALE.id ? (BASE_SCALE as Scale) : undefined);
    fc.assert(
      fc.property(fc.constantFrom<unknown>(REFERENCE_SCALE, BASE_SCALE, BASE_MAPPING), editArb, (doc, edits) => {
        const r = validateDocument(mutate(doc, edits), { resolveScale });
        checkIssues(r);
        // A structure issue means no meaning issue (no cascade across the stages).
        const stages = new Set(r.issues.map((i) => MESSAGE_CATALOG[i.code]!.stage));
        expect(stages.has("structure") && stages.has("meaning")).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it("is deterministic: the same input gives the same issues", () => {
    fc.assert(
      fc.property(editArb, (edits) => {
        const doc = mutate(REFERENCE_SCALE, edits);
        expect(validateDocument(structuredClone(doc))).toEqual(validateDocument(doc));
      }),
    );
  });
});
