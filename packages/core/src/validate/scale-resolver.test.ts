import fc from "fast-check";
import { describe, expect, it } from "vitest";
import semverSatisfies from "semver/functions/satisfies.js";
import semverCompare from "semver/functions/compare.js";
import { REFERENCE_SCALE } from "../reference/crs.js";
import { pickScaleVersion, scaleResolverFor } from "./scale-resolver.js";

const scale = (version: string, id = "us/x"): Record<string, unknown> => ({ ...structuredClone(REFERENCE_SCALE), id, version }) as Record<string, unknown>;

describe("pickScaleVersion", () => {
  it("takes the newest version within the range, else the newest there is", () => {
    const versions = ["1.0.0", "1.2.0", "2.0.0", "not-semver"];
    expect(pickScaleVersion(versions, "^1.0.0")).toBe("1.2.0");
    expect(pickScaleVersion(versions, "1.0.0")).toBe("1.0.0");
    expect(pickScaleVersion(versions, ">=3")).toBe("2.0.0");
    expect(pickScaleVersion(versions, "not a range")).toBeUndefined();
    expect(pickScaleVersion([], "*")).toBeUndefined();
  });

  it("never picks an outside version while one within the range exists, and otherwise picks the newest", () => {
    const version = fc.tuple(fc.nat(5), fc.nat(5), fc.nat(5)).map(([a, b, c]) => `${a}.${b}.${c}`);
    const range = fc.oneof(version.map((v) => `^${v}`), version.map((v) => `~${v}`), version);
    fc.assert(
      fc.property(fc.array(version, { minLength: 1, maxLength: 8 }), range, (versions, r) => {
        const chosen = pickScaleVersion(versions, r)!;
        const within = versions.filter((v) => semverSatisfies(v, r));
        const pool = within.length > 0 ? within : versions;
        expect(semverSatisfies(chosen, r)).toBe(within.length > 0);
        expect(pool.every((v) => semverCompare(v, chosen) <= 0)).toBe(true);
      }),
    );
  });
});

describe("scaleResolverFor", () => {
  it("resolves among structurally valid scales only, by pickScaleVersion", () => {
    const resolve = scaleResolverFor([scale("1.0.0"), scale("1.2.0"), scale("2.0.0"), { kind: "mapping", id: "us/x", version: "1.3.0" }, scale("not-semver"), { kind: "scale", id: "us/x", version: "3.0.0" }]);
    expect(resolve("us/x", "^1.0.0")?.version).toBe("1.2.0");
    expect(resolve("us/x", "~1.0.0")?.version).toBe("1.0.0");
    // No version within the range: the newest valid one (3.0.0 is not a scale's structure).
    expect(resolve("us/x", ">=3")?.version).toBe("2.0.0");
    expect(resolve("us/x", "not a range")).toBeUndefined();
    expect(resolve("us/y", "*")).toBeUndefined();
  });
});
