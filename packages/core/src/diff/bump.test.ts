import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbVersion } from "../../test/diff/arbitraries.js";
import { bumpSatisfies, declaredBump, maxBump, requiredBump, requiredVersion } from "./bump.js";
import type { RequiredBump } from "./types.js";

const required = fc.constantFrom<RequiredBump>("none", "patch", "minor", "major");

describe("declaredBump", () => {
  it.each([
    ["1.2.3", "2.0.0", "major"],
    ["1.2.3", "1.3.0", "minor"],
    ["1.2.3", "1.2.4", "patch"],
    ["1.2.3", "1.2.3", "none"],
    ["1.2.3", "1.2.3+build.7", "none"],
    ["1.2.3", "2.0.0-rc.1", "major"],
    ["1.2.3", "1.3.0-rc.1", "minor"],
    ["2.0.0-rc.1", "2.0.0", "major"],
    ["2.0.0-rc.1", "2.0.0-rc.2", "major"],
    ["1.2.3", "1.2.2", "invalid"],
    ["1.2.3", "one", "invalid"],
  ] as const)("%s → %s declares %s", (a, b, expected) => {
    expect(declaredBump(a, b)).toBe(expected);
  });
});

describe("requiredVersion and bumpSatisfies", () => {
  it("the version requiredVersion gives always declares a sufficient bump", () => {
    fc.assert(
      fc.property(arbVersion, required, (v, r) => {
        const next = requiredVersion(v, r)!;
        expect(bumpSatisfies(declaredBump(v, next), r)).toBe(true);
      }),
    );
  });

  it("gives the next version semver-wise", () => {
    expect(requiredVersion("1.2.3", "major")).toBe("2.0.0");
    expect(requiredVersion("1.2.3", "minor")).toBe("1.3.0");
    expect(requiredVersion("1.2.3", "patch")).toBe("1.2.4");
    expect(requiredVersion("1.2.3", "none")).toBe("1.2.3");
    expect(requiredVersion("not-a-version", "major")).toBeNull();
  });

  it("orders none < patch < minor < major, and invalid satisfies nothing", () => {
    const order: RequiredBump[] = ["none", "patch", "minor", "major"];
    fc.assert(
      fc.property(required, required, (d, r) => {
        expect(bumpSatisfies(d, r)).toBe(order.indexOf(d) >= order.indexOf(r));
        expect(bumpSatisfies("invalid", r)).toBe(false);
        expect(maxBump(d, r)).toBe(order[Math.max(order.indexOf(d), order.indexOf(r))]);
      }),
    );
  });

  it("requires the largest bump of a list, none for an empty one", () => {
    expect(requiredBump([])).toBe("none");
    expect(requiredBump(["patch", "major", "minor"])).toBe("major");
    expect(requiredBump(["patch", "minor"])).toBe("minor");
  });
});
