import fc from "fast-check";
import { describe, expect, it } from "vitest";
// node-semver is the oracle: a devDependency, never imported by the core at run time.
import semverCompare from "semver/functions/compare.js";
import semverDiff from "semver/functions/diff.js";
import semverInc from "semver/functions/inc.js";
import semverRcompare from "semver/functions/rcompare.js";
import semverValid from "semver/functions/valid.js";
import semverRsort from "semver/functions/rsort.js";
import semverSatisfies from "semver/functions/satisfies.js";
import semverMaxSatisfying from "semver/ranges/max-satisfying.js";
import semverIntersects from "semver/ranges/intersects.js";
import semverSubset from "semver/ranges/subset.js";
import semverValidRange from "semver/ranges/valid.js";
import { compareVersions, compareVersionsDescending, sortVersionsDescending, versionGt, versionLt, versionNeq } from "./compare.js";
import { versionDifference } from "./difference.js";
import { incrementVersion } from "./increment.js";
import { rangesIntersect } from "./intersects.js";
import { MAX_RANGE_LENGTH, parseRange, validRange } from "./range.js";
import { maxSatisfying, satisfies } from "./satisfies.js";
import { rangeSubset } from "./subset.js";
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

/** Two ranges that often contain one another: a part narrowed by another comparator, or widened by another part. */
const nestedRanges = fc
  .tuple(part, part, part, fc.boolean())
  .map(([p, q, r, flip]): [string, string] => (flip ? [`${p} || ${r}`, `${p} ${q}`] : [`${p} ${q}`, `${p} || ${r}`]));
const rangePair = fc.oneof(fc.tuple(grammarRange, grammarRange), nestedRanges);
/** Two versions that often share `major.minor.patch` and differ in their pre-releases. */
const versionPair = fc.oneof(
  fc.tuple(version, version),
  fc.tuple(num, num, num, opt(pre), opt(pre), opt(build)).map(([a, b, c, r, q, d]) => [`${a}.${b}.${c}${r}`, `${a}.${b}.${c}${q}${d}`] as const),
);

const oracleValidRange = (r: string): string | null => semverValidRange(r);

/** Whether a set of the range has an exact pre-release version and another comparator. */
const exactPrereleaseBesideBounds = (r: string): boolean =>
  !!parseRange(r)?.some((set) => set.length > 1 && set.some((c) => c.operator === "" && !!c.version?.prerelease.length));

/** The versions a range names, each with its neighbours: where a subset is most likely to be wrong. */
function versionsNear(r: string): string[] {
  const named = (parseRange(r) ?? []).flat().flatMap((c) => (c.version ? [c.version] : []));
  return named.flatMap((v) => {
    const main = `${v.major}.${v.minor}.${v.patch}`;
    return [v.version, main, `${main}-0`, `${main}-alpha`, `${v.major}.${v.minor}.${v.patch + 1}`, `${v.major}.${v.minor}.${v.patch + 1}-0`, ...(v.patch ? [`${v.major}.${v.minor}.${v.patch - 1}`] : [])];
  });
}

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

  it("decides subset as node-semver does (false when a range does not read, where node-semver throws)", () => {
    fc.assert(
      fc.property(rangePair, ([a, b]) => {
        const oracle = oracleValidRange(a) !== null && oracleValidRange(b) !== null && semverSubset(a, b);
        // The one correction: node-semver takes a set with an exact pre-release version beside bounds for a null set.
        if (exactPrereleaseBesideBounds(a)) expect(!rangeSubset(a, b) || oracle).toBe(true);
        else expect(rangeSubset(a, b)).toBe(oracle);
      }),
      { numRuns: 10000 },
    );
  });

  it("answers subset only when every version of the first range lies in the second (checked on versions near its bounds)", () => {
    fc.assert(
      fc.property(rangePair, fc.array(version, { maxLength: 12 }), ([a, b], vs) => {
        fc.pre(rangeSubset(a, b));
        for (const v of [...vs, ...versionsNear(a)]) if (satisfies(v, a)) expect(satisfies(v, b), `${v} in ${a}, not in ${b}`).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("corrects node-semver where it takes a set with an exact pre-release version for one that matches nothing", () => {
    for (const [a, b] of [["1.3.3-0 ^1", ">=2 <1"], ["1.0.0-alpha <2.2", ">=1.x"], ["<=3 3.0.1-rc.1", "<=3.x >=2.3.1-0"]] as const) {
      expect(semverSubset(a, b), `node-semver: ${a} within ${b}`).toBe(true);
      expect(satisfies(validVersion(a.split(" ").find((w) => w.includes("-"))!)!, a)).toBe(true);
      expect(rangeSubset(a, b), `${a} within ${b}`).toBe(false);
    }
    expect(rangeSubset("1.3.3-0 ^1", ">=1.3.3-0")).toBe(true);
  });

  it("names the difference of two versions as node-semver's diff does (undefined when one is not a version)", () => {
    fc.assert(
      fc.property(versionPair, ([a, b]) => {
        const oracle = semverValid(a) && semverValid(b) ? semverDiff(a, b) : undefined;
        expect(versionDifference(a, b)).toBe(oracle);
        expect(versionDifference(b, a)).toBe(versionDifference(a, b));
      }),
      { numRuns: 3000 },
    );
  });

  it("increments major, minor and patch as node-semver's inc does", () => {
    fc.assert(
      fc.property(fc.oneof(version, noise), fc.constantFrom("major", "minor", "patch" as const), (v, part) => {
        const next = incrementVersion(v, part);
        expect(next).toBe(semverInc(v, part));
        // Above 2^53 − 1 the next version does not read, as with node-semver.
        if (next !== null && validVersion(next) !== null) expect(compareVersions(next, v)).toBe(1);
      }),
      { numRuns: 2000 },
    );
  });

  it("sorts descending as node-semver's rcompare does, texts that are not versions last", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(version, noise), { maxLength: 8 }), (vs) => {
        const valid = vs.filter((v) => semverValid(v) !== null);
        const invalid = vs.filter((v) => semverValid(v) === null);
        expect([...vs].sort(compareVersionsDescending)).toEqual([...valid].sort(semverRcompare).concat(invalid));
      }),
      { numRuns: 1000 },
    );
  });

  it("decides the edge cases of subset: any version, x-ranges, 0.x carets, pre-releases, null sets", () => {
    const cases: readonly [string, string, boolean][] = [
      ["*", "*", true],
      ["1.x", "*", true],
      ["*", "1.x", false],
      ["", ">=0.0.0", true],
      ["1.2.x", "~1.2.0", true],
      ["1.x", "^1.0.0", true],
      ["^1.0.0", "1.x || 3", true],
      ["^0.2.3", "^0.2.0", true],
      ["^0.2.0", "^0.2.3", false],
      ["^0.0.3", "~0.0.3", true],
      ["^0.0.3", "0.0.3", false], // the same versions, but a heuristic on bounds: a range with bounds is never within one exact version
      ["^0.0.3", "^0.0.2", false],
      ["^0.x", "<1.0.0-0", true],
      [">=1.2.3-rc.1", ">=1.0.0", false], // it admits 1.2.3's pre-releases
      ["1.2.3-rc.1", ">=1.2.3-rc.0", true],
      ["1.2.3-rc.1", "^1.2.3-rc.0", false], // each comparator alone: <2.0.0-0 does not admit 1.2.3's pre-releases
      ["<1.2.3-0", "<1.2.3", true], // <1.2.3-0 is the same as <1.2.3
      ["<1 >2", "^5.0.0", true], // a set that matches nothing (an empty intersection) is within anything
      ["1.0.0 2.0.0", "3.0.0", true],
      ["<1 >2 || 4.0.0", "^5.0.0", false], // ... but is ignored beside a set that matches something
      [">1.0.0 <1.0.1", "<2.0.0", true],
      [">1.0.0", "<2.0.0", false],
      ["1.2.3 - 2.3.4", ">=1 <=2.3.4", true],
      ["^1.2", "not a range", false],
      ["not a range", "not a range", false],
    ];
    for (const [a, b, expected] of cases) {
      expect(rangeSubset(a, b), `${a} within ${b}`).toBe(expected);
      if (oracleValidRange(a) !== null && oracleValidRange(b) !== null) expect(semverSubset(a, b), `node-semver: ${a} within ${b}`).toBe(expected);
    }
  });

  it("names the edge cases of a difference and an increment: released pre-releases, equal precedence", () => {
    expect(versionDifference("1.0.0-1", "1.0.0")).toBe("major");
    expect(versionDifference("1.2.0-1", "1.2.0")).toBe("minor");
    expect(versionDifference("1.2.3-1", "1.2.3")).toBe("patch");
    expect(versionDifference("1.2.3-1", "1.3.0")).toBe("minor");
    expect(versionDifference("1.2.3", "1.2.4-0")).toBe("prepatch");
    expect(versionDifference("1.2.3-alpha", "1.2.3-beta")).toBe("prerelease");
    expect(versionDifference("1.2.3+a", "v1.2.3+b")).toBeNull();
    expect(versionDifference("1.2", "1.2.3")).toBeUndefined();
    expect(incrementVersion("1.2.3-rc.1+sha", "patch")).toBe("1.2.3");
    expect(incrementVersion("1.2.0-rc.1", "minor")).toBe("1.2.0");
    expect(incrementVersion("1.2.3-rc.1", "minor")).toBe("1.3.0");
    expect(incrementVersion("1.0.0-0", "major")).toBe("1.0.0");
    expect(incrementVersion("0.9.1", "major")).toBe("1.0.0");
    expect(incrementVersion("v1.2.3", "patch")).toBe("1.2.4");
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
