import { describe, expect, it } from "vitest";
import { REFERENCE_SCALE } from "../reference/crs.js";
import { scaleResolverFor } from "../validate/scale-resolver.js";
import { checkSourceDocument, findPrivateJwks } from "./source-check.js";

const scale = (): Record<string, unknown> => structuredClone({ ...REFERENCE_SCALE, id: "us/example" }) as Record<string, unknown>;

describe("checkSourceDocument", () => {
  it("accepts a valid scale", () => {
    expect(checkSourceDocument(scale())).toEqual({ kind: "scale", issues: [] });
  });

  it("reports what validation finds, with pointers", () => {
    const doc = scale();
    delete doc["title"];
    doc["levels"] = "none";
    doc["colour"] = "red";
    const r = checkSourceDocument(doc);
    expect(r.kind).toBe("scale");
    expect(r.issues.map((i) => [i.code, i.pointer])).toEqual([
      ["missing_property", ""],
      ["unknown_property", "/colour"],
      ["wrong_type", "/levels"],
    ]);
  });

  it("checks a mapping against the scales the resolver finds", () => {
    const subject = { ...scale(), levels: [REFERENCE_SCALE.levels[0], REFERENCE_SCALE.levels[1]] };
    const mapping = {
      kind: "mapping",
      id: "sevscale/example-to-crs",
      version: "1.0.0",
      status: "active",
      subject: { id: "us/example", versions: "^1.0.0" },
      object: { id: "sevscale/crs", versions: "^1.0.0" },
      authors: [{ name: "Curator" }],
      date: "2026-11-23",
      revisionHistory: [{ version: "1.0.0", date: "2026-11-23", summary: { en: "First." } }],
      license: { id: "CC0-1.0" },
      defaultLanguage: "en",
      languages: [{ tag: "en", authoritative: true }],
      records: [{ subject: "R0", relation: "exactMatch", object: { min: "R0", max: "R0" }, justification: "manual-curation", confidence: 1 }],
    };
    const unresolved = checkSourceDocument(mapping);
    expect(unresolved.issues.map((i) => i.code)).toContain("mapping_scale_unresolved");
    const resolved = checkSourceDocument(mapping, { resolveScale: scaleResolverFor([subject, { kind: "mapping" }]) });
    expect(resolved.issues.map((i) => i.code)).not.toContain("mapping_scale_unresolved");
    // Resolved, the check sees that the subject's second level has no record.
    expect(resolved.issues.some((i) => i.severity === "error")).toBe(true);
  });

  it("refuses documents a registry does not store", () => {
    expect(checkSourceDocument({ kind: "keyring", id: "x/y", version: "1.0.0", keys: [] }).issues).toEqual([
      { code: "registry_source_kind", severity: "error", pointer: "", params: { found: '"keyring"' } },
    ]);
    expect(checkSourceDocument({ kind: "registry" }).issues.map((i) => i.params["found"])).toEqual(["registry"]);
    expect(checkSourceDocument([1, 2]).issues.map((i) => i.params["found"])).toEqual(["unknown"]);
  });

  it("finds a private key anywhere, even in extensions", () => {
    const doc = scale();
    doc["x-extensions"] = { "org.example": { keys: [{ kty: "OKP", crv: "Ed25519", x: "a", d: "secret" }] } };
    const r = checkSourceDocument(doc);
    expect(r.issues).toEqual([{ code: "registry_private_key", severity: "error", pointer: "/x-extensions/org.example/keys/0", params: {} }]);
  });
});

describe("findPrivateJwks", () => {
  it("tells private JWKs from public ones and from unrelated members named d", () => {
    expect(findPrivateJwks({ kty: "OKP", x: "a", d: "b" })).toEqual([""]);
    expect(findPrivateJwks({ kty: "OKP", x: "a" })).toEqual([]);
    expect(findPrivateJwks({ d: "not a key" })).toEqual([]);
    expect(findPrivateJwks([{ a: { kty: "RSA", d: "x" } }])).toEqual(["/0/a"]);
  });
});
