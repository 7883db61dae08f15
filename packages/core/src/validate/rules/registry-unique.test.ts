import { describe, expect, it } from "vitest";
import type { RegistryIndex } from "../../model/registry.js";
import { BASE_REGISTRY } from "../../../test/fixtures/base-documents.js";
import { registryUnique } from "./registry-unique.js";

const index = (edit: (d: RegistryIndex) => void = () => undefined): RegistryIndex => {
  const d = structuredClone(BASE_REGISTRY) as RegistryIndex;
  edit(d);
  return d;
};

describe("registryUnique", () => {
  it("accepts distinct paths and entries", () => {
    expect(registryUnique(index())).toEqual([]);
  });

  it("reports a path used twice, including signature paths", () => {
    expect(registryUnique(index((d) => (d.documents[1]!.signature = d.documents[0]!.path)))).toEqual([
      { code: "registry_path_duplicate", severity: "error", pointer: "/documents/1/signature", params: { path: "x-org.example/base/1.1.0/scale.json", first: "/documents/0/path" } },
    ]);
  });

  it("reports one id and version listed twice, even under another kind", () => {
    const issues = registryUnique(index((d) => d.documents.push({ ...d.documents[0]!, kind: "mapping", path: "copy.json" })));
    expect(issues).toEqual([
      { code: "registry_entry_duplicate", severity: "error", pointer: "/documents/2", params: { kind: "mapping", id: "x-org.example/base", version: "1.1.0", first: "/documents/0" } },
    ]);
  });
});
