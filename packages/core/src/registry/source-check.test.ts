import { describe, expect, it } from "vitest";
import { REFERENCE_SCALE } from "../reference/crs.js";
import { checkSourceDocument, findPrivateJwks } from "./source-check.js";

const scale = (): Record<string, unknown> => structuredClone({ ...REFERENCE_SCALE, id: "us/example" }) as Record<string, unknown>;

describe("checkSourceDocument", () => {
  it("accepts a valid scale", () => {
    expect(checkSourceDocument(scale())).toEqual({ kind: "scale", issues: [] });
  });

  it("reports structure problems with pointers and the kind", () => {
    const doc = scale();
    delete doc["title"];
    doc["levels"] = "none";
    doc["colour"] = "red";
    const r = checkSourceDocument(doc);
    expect(r.kind).toBe("scale");
    expect(r.issues.map((i) => [i.code, i.pointer, i.params["detail"], i.params["kind"]])).toEqual(
      expect.arrayContaining([
        ["registry_source_structure", "/title", "missing", "scale"],
        ["registry_source_structure", "/levels", "expected array", "scale"],
        ["registry_source_structure", "", 'unknown member "colour"', "scale"],
      ]),
    );
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
