import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { refId, splitRef } from "./ref.js";

describe("splitRef", () => {
  it("splits an id and a version, an id and a range, or keeps a bare id", () => {
    expect(splitRef("mx/national@1.0.0")).toEqual({ id: "mx/national", version: "1.0.0" });
    expect(splitRef("x-org.example/threat@^1.0.0")).toEqual({ id: "x-org.example/threat", version: "^1.0.0" });
    expect(splitRef("es/ccn-impacto")).toEqual({ id: "es/ccn-impacto" });
    expect(splitRef("mx/national@")).toEqual({ id: "mx/national", version: "" });
  });

  it("splits at the last @, so nothing after it is taken for part of the id", () => {
    expect(splitRef("a@b@1.0.0")).toEqual({ id: "a@b", version: "1.0.0" });
    expect(refId("a@b@1.0.0")).toBe("a@b");
    expect(refId("es/ccn-impacto")).toBe("es/ccn-impacto");
  });

  it("gives back the reference it was given: id, then @version when there is one", () => {
    fc.assert(
      fc.property(fc.string(), (ref) => {
        const { id, version } = splitRef(ref);
        expect(version === undefined ? id : `${id}@${version}`).toBe(ref);
        expect(version?.includes("@") ?? false).toBe(false);
      }),
    );
  });
});
