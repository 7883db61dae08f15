import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DocumentIdSchema, SemverSchema } from "../model/common.js";
import { RegistryPathSchema } from "../model/registry.js";
import { registryBaseName, registryDocumentPath, registryPathProblem, sidecarPaths } from "./layout.js";

const idArb = fc
  .tuple(
    fc.oneof(fc.constantFrom("us", "gb", "au", "mx", "sevscale", "oas"), fc.stringMatching(/^x-[a-z0-9]{1,6}\.[a-z0-9]{1,6}$/)),
    fc.stringMatching(/^[a-z0-9]{1,8}([._-][a-z0-9]{1,8}){0,3}$/),
  )
  .map(([ns, name]) => `${ns}/${name}`);
const versionArb = fc
  .tuple(fc.nat(30), fc.nat(30), fc.nat(30), fc.option(fc.stringMatching(/^[a-z][a-z0-9]{0,5}(\.(0|[1-9][0-9]{0,2}))?$/), { nil: undefined }))
  .map(([a, b, c, pre]) => `${a}.${b}.${c}${pre ? `-${pre}` : ""}`);

describe("registryDocumentPath", () => {
  it("puts a document under its id and version, named after its kind", () => {
    expect(registryDocumentPath("scale", "us/nciss", "1.0.0")).toBe("us/nciss/1.0.0/scale.json");
    expect(registryDocumentPath("mapping", "sevscale/us-nciss-to-crs", "2.1.0-rc.1")).toBe("sevscale/us-nciss-to-crs/2.1.0-rc.1/mapping.json");
    expect(sidecarPaths("us/nciss/1.0.0/scale.json")).toEqual({
      sha256: "us/nciss/1.0.0/scale.json.sha256",
      sha512: "us/nciss/1.0.0/scale.json.sha512",
      jws: "us/nciss/1.0.0/scale.json.jws",
    });
    expect(registryBaseName("us/nciss/1.0.0/scale.json")).toBe("scale.json");
    expect(registryBaseName("index.json")).toBe("index.json");
  });

  it("gives a safe path, accepted by the index schema, for every valid id and version", () => {
    fc.assert(
      fc.property(idArb, versionArb, fc.constantFrom("scale", "mapping") as fc.Arbitrary<"scale" | "mapping">, (id, version, kind) => {
        expect(DocumentIdSchema.safeParse(id).success && SemverSchema.safeParse(version).success).toBe(true);
        const path = registryDocumentPath(kind, id, version);
        expect(registryPathProblem(path)).toBeUndefined();
        expect(RegistryPathSchema.safeParse(path).success).toBe(true);
      }),
    );
  });
});

describe("registryPathProblem", () => {
  it("refuses every way out of the registry", () => {
    const cases: [string, string][] = [
      ["../../etc/passwd", "dot_segment"],
      ["us/../../etc/passwd", "dot_segment"],
      ["us/./x.json", "dot_segment"],
      ["/etc/passwd", "absolute"],
      ["C:/Windows/win.ini", "absolute"],
      ["%2e%2e/%2e%2e/etc/passwd", "percent_encoded"],
      ["us/%2E%2E/x", "percent_encoded"],
      ["..\\..\\etc\\passwd", "backslash"],
      ["https://evil.example/x.json", "scheme"],
      ["us//x.json", "empty_segment"],
      ["us/x.json/", "empty_segment"],
      ["us/x y.json", "invalid_character"],
      ["us/x\u0000.json", "control_character"],
      ["", "empty"],
      ["a".repeat(501), "too_long"],
    ];
    for (const [path, reason] of cases) expect([path, registryPathProblem(path)]).toEqual([path, reason]);
    expect(registryPathProblem(42)).toBe("not_a_string");
  });

  it("agrees with the index schema on every string", () => {
    const chars = fc.constantFrom("a", "Z", "0", ".", "..", "/", "\\", "%", "-", "_", "+", "@", ":", " ", "~", "é");
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 12 }).map((parts) => parts.join("")), (path) => {
        expect([path, registryPathProblem(path) === undefined]).toEqual([path, RegistryPathSchema.safeParse(path).success]);
      }),
    );
  });
});
