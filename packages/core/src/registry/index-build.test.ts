import { describe, expect, it } from "vitest";
import type { RegistryEntry } from "../model/registry.js";
import { RegistryIndexSchema } from "../model/registry.js";
import { buildRegistryIndex, latestDocumentInstant } from "./index-build.js";

const digests = { sha256: "a".repeat(64), sha512: "b".repeat(128) };
const e = (id: string, kind: "scale" | "mapping" = "scale"): RegistryEntry => ({ kid: "k1", signature: `${id}/1.0.0/${kind}.json.jws`, digests, path: `${id}/1.0.0/${kind}.json`, status: "active", version: "1.0.0", id, kind });

describe("buildRegistryIndex", () => {
  it("sorts entries by path and writes members in a fixed order", () => {
    const index = buildRegistryIndex([e("us/b"), e("gb/a"), e("sevscale/m", "mapping")], { id: "sevscale/examples", version: "1.0.0", generated: "2026-11-23T00:00:00Z" });
    expect(RegistryIndexSchema.parse(index)).toEqual(index);
    expect(index.documents.map((d) => d.path)).toEqual(["gb/a/1.0.0/scale.json", "sevscale/m/1.0.0/mapping.json", "us/b/1.0.0/scale.json"]);
    expect(Object.keys(index.documents[0]!)).toEqual(["kind", "id", "version", "status", "path", "digests", "signature", "kid"]);
    expect(Object.keys(index)).toEqual(["$schema", "kind", "id", "version", "generated", "documents"]);
  });
});

describe("latestDocumentInstant", () => {
  it("takes the latest publication or revision date, never an effective date", () => {
    const docs = [
      { published: "2025-01-02", revisionHistory: [{ date: "2026-02-03" }] },
      { date: "2026-01-01", effective: "2030-01-01" },
      { published: "not a date" },
      null,
    ];
    expect(latestDocumentInstant(docs)).toBe("2026-02-03T00:00:00Z");
    expect(latestDocumentInstant([{}])).toBeUndefined();
  });
});
