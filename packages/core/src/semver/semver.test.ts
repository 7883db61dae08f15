import fc from "fast-check";
import { describe, expect, it } from "vitest";
// node-semver is the oracle: a devDependency, never imported by the core at run time.
import semverCompare from "semver/functions/compare.js";
import semverValid from "semver/functions/valid.js";
import semverRsort from "semver/functions/rsort.js";
import semverSatisfies from "semver/functions/satisfies.js";
import semverMaxSatisfying from "semver/ranges/max-satisfying.js";
import semverIntersects from "semver/ranges/intersects.js";
import semverValidRange from "semver/ranges/valid.js";
import { compareVersions, sortVersionsDescending, versionGt, versionLt, versionNeq } from "./compare.js";
import { rangesIntersect } from "./intersects.js";
import { MAX_RANGE_LENGTH, validRange } from "./range.js";
import { maxSatisfying, satisfies } from "./satisfies.js";
import { validVersion } from "./version.js";

// --- generators: the range grammar (docs/format.md, "Version ranges") and noise around it ---
const num = fc.oneof({ weight: 6, arbitrary: fc.nat(4).map(String) }, fc.constantFrom("10", "01", "9007199254740991", "9007199254740992", "99999999999999999999"));
const xr = fc.oneof({ weight: 4, arbitrary: num }, fc.constantFrom("x", "X", "*"));
const preId = fc.oneof(fc.nat(3).map(String), fc.constantFrom("alpha", "beta", "rc", "0a", "x", "-", "00", "a-b"));
const pre = fc.array(preId, { minLength: 1, maxLength: 3 }).map((ids) => `-${ids.join(".")}`);
const build = fc.array(fc.constantFrom("sha", "1", "001", "b-2"), { minLength: 1, maxLength: 2 }).map((ids) => `+${ids.join(".")}`);
const opt = <T extends string>(a: fc.Arbitrary<T>) => fc.option(a, { nil: "" as T });
const prefix = fc.constantFrom("", "", "", "v", "=", "v=", " ", "=v");
const space = fc.constantFrom("", "", " ", "  ", "\t");

/** A version: mostly valid, sometimes with a prefix, spaces, a leading zero or a huge number. */
const version = fc
  .tuple(fc.constantFrom("", "", "", "v", " ", "="), num, num, num, opt(pre), opt(build))
  .map(([p, a, b, c, r, d]) => `${p}${a}.${b}.${c}${r}${d}`);
const partial = fc.oneof(
  fc.tuple(prefix, xr).map(([p, a]) => `${p}${a}`),
  fc.tuple(prefix, xr, xr).map(([p, a, b]) => `${p}${a}.${b}`),
  fc.tuple(prefix, xr, xr, xr, opt(pre), opt(build)).map(([p, a, b, c, r, d]) => `${p}${a}.${b}.${c}${r}${d}`),
);
const operator = fc.constantFrom("", "<", ">", "<=", ">=", "=", "~", "~>", "^", "==", "><");
const simple = fc.tuple(operator, space, partial).map(([o, s, p]) => `${o}${s}${p}`);
const hyphen = fc.tuple(partial, fc.constantFrom(" - ", " -  ", "-", " -"), partial).map(([a, h, b]) => `${a}${h}${b}`);
const part = fc.oneof(fc.array(simple, { minLength: 1, maxLength: 3 }).map((s) => s.join(" ")), hyphen, fc.constantFrom("", "*", "x", ">=0.0.0", "<0.0.0-0"));
const grammarRange = fc.array(fc.tuple(part, fc.constantFrom("||", " || ", "|| ", " ||")), { minLength: 1, maxLength: 3 }).map((ps) => ps.map(([p, sep], i) => (i ? sep : "") + p).join(""));
/** Noise: characters the grammar uses, in any order. */
const noise = fc.string({ unit: fc.constantFrom(..."0123456789.xX*-+<>=~^|v abe\t"), maxLength: 24 });
const range = fc.oneof({ weight: 4, arbitrary: grammarRange }, noise);

const oracleValidRange = (r: string): string | null => semverValidRange(r);

describe("own semver, node-semver as the oracle", () => {
  it("reads versions as node-semver does", () => {
    fc.assert(fc.property(fc.oneof(version, noise), (v) => {
      expect(validVersion(v)).toBe(semverValid(v));
    }), { numRuns: 2000 });
  });

  it("orders versions as node-semver does (compare, lt, gt, neq, rsort)", () => {
    fc.assert(
      fc.property(version, version, (a, b) => {
        const oracle = semverValid(a) && semverValid(b) ? semverCompare(a, b) : undefined;
        expect(compareVersions(a, b)).toBe(oracle);
        expect(versionLt(a, b)).toBe(oracle === -1);
        expect(versionGt(a, b)).toBe(oracle === 1);
        expect(versionNeq(a, b)).toBe(oracle !== undefined && oracle !== 0);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.array(version, { maxLength: 8 }), (vs) => {
        const valid = vs.filter((v) => semverValid(v) !== null);
        expect(sortVersionsDescending(valid)).toEqual(semverRsort([...valid]));
      }),
    );
  });

  it("reads ranges as node-semver does: the same ranges, normalized to the same text", () => {
    fc.assert(fc.property(range, (r) => {
      expect(validRange(r)).toBe(oracleValidRange(r));
    }), { numRuns: 5000 });
  });

  it("decides satisfies and maxSatisfying as node-semver does", () => {
    fc.assert(
      fc.property(version, range, (v, r) => {
        expect(satisfies(v, r)).toBe(semverSatisfies(v, r));
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.array(version, { maxLength: 6 }), range, (vs, r) => {
        expect(maxSatisfying(vs, r)).toBe(semverMaxSatisfying(vs, r));
      }),
      { numRuns: 1000 },
    );
  });

  it("decides intersects as node-semver does", () => {
    fc.assert(
      fc.property(grammarRange, grammarRange, (a, b) => {
        const [x, y] = [oracleValidRange(a), oracleValidRange(b)];
        expect(rangesIntersect(a, b)).toBe(x !== null && y !== null && semverIntersects(a, b));
      }),
      { numRuns: 3000 },
    );
  });

  it("reads the documented examples", () => {
    expect(validRange("^1.2")).toBe(">=1.2.0 <2.0.0-0");
    expect(validRange("~1.2.3")).toBe(">=1.2.3 <1.3.0-0");
    expect(validRange("1.2.3 - 2")).toBe(">=1.2.3 <3.0.0-0");
    expect(validRange(">= 1.2 < 3 || 4.x")).toBe(">=1.2.0 <3.0.0-0||>=4.0.0 <5.0.0-0");
    expect(validRange("*")).toBe("*");
    expect(validRange("")).toBe("*");
    expect(validRange("1.2.3.4")).toBeNull();
  });

  it("refuses overlong or hostile text quickly and without throwing", () => {
    expect(validRange(" ".repeat(MAX_RANGE_LENGTH) + "1")).toBeNull();
    for (const hostile of ["=".repeat(250), "v".repeat(250), "1".repeat(250), `1.2.3-${"a".repeat(240)}!`, `${"1.".repeat(120)}x`, "> ".repeat(120), "||".repeat(120), `1.2.3-${"0".repeat(240)}`]) {
      expect(validRange(hostile)).toBe(oracleValidRange(hostile));
      expect(satisfies("1.2.3", hostile)).toBe(semverSatisfies("1.2.3", hostile));
    }
    expect(validRange(undefined as unknown as string)).toBeNull();
    expect(validVersion(42 as unknown as string)).toBeNull();
  });
});
