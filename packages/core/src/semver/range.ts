/**
 * Version ranges, read as node-semver reads them (strict mode, pre-releases excluded unless a
 * comparator names the same `major.minor.patch`): the same desugaring of hyphen ranges, x-ranges,
 * tildes and carets into comparator sets, so every range node-semver accepts means the same here
 * (docs/format.md, "Version ranges"). Ranges longer than {@link MAX_RANGE_LENGTH} characters are
 * refused; with that bound no pattern below can take more than a few milliseconds. Never throws.
 */
import { BUILD, FULL_PLAIN, MAX_VERSION_LENGTH, NUM, PRE, parseVersion } from "./version.js";
import type { Version } from "./version.js";

/** The longest range text read. */
export const MAX_RANGE_LENGTH = MAX_VERSION_LENGTH;

/** One comparator: an operator and a version; `version` undefined is "any version" (`*`). */
export interface Comparator {
  readonly operator: "" | "<" | ">" | "<=" | ">=";
  readonly version: Version | undefined;
  /** The normalized text, e.g. `>=1.2.0`; "" for any version. */
  readonly value: string;
}

/** A parsed range: any of the sets, each satisfied when all its comparators are. */
export type ComparatorSets = readonly (readonly Comparator[])[];

const XR = `${NUM}|x|X|\\*`;
// Five capture groups: major, minor, patch, pre-release, build.
const X_PLAIN = `[v=\\s]*(${XR})(?:\\.(${XR})(?:\\.(${XR})(?:${PRE})?${BUILD}?)?)?`;
const GTLT = "((?:<|>)?=?)";
const BUILD_ALL = new RegExp(BUILD, "g");
const HYPHEN = new RegExp(`^\\s?(${X_PLAIN})\\s-\\s(${X_PLAIN})\\s?$`);
const COMPARATOR_TRIM = new RegExp(`(\\s?)${GTLT}\\s?([v=\\s]*(?:\\d+)\\.(?:\\d+)\\.(?:\\d+)(?:-?(?:\\d*[a-zA-Z-][a-zA-Z0-9-]*|\\d+)(?:\\.(?:\\d*[a-zA-Z-][a-zA-Z0-9-]*|\\d+))*)?${BUILD}?|${X_PLAIN})`, "g");
const TILDE_TRIM = /(\s?)~>?\s/g;
const CARET_TRIM = /(\s?)\^\s/g;
const TILDE = new RegExp(`^~>?${X_PLAIN}$`);
const CARET = new RegExp(`^\\^${X_PLAIN}$`);
const X_RANGE = new RegExp(`^${GTLT}\\s?${X_PLAIN}$`);
const STAR = /(<|>)?=?\s?\*/;
const GTE0 = /^\s?>=\s?0\.0\.0\s?$/;
const COMPARATOR = new RegExp(`^${GTLT}\\s?(${FULL_PLAIN})$|^$`);
const NULL_SET = "<0.0.0-0";

const isX = (id: string | undefined): boolean => !id || id.toLowerCase() === "x" || id === "*";

/** Applies `f` to each whitespace-separated word of `text` (trimmed first). */
const words = (text: string, f: (word: string) => string): string => text.trim().split(/\s+/).map(f).join(" ");

/** `~1.2.3` → `>=1.2.3 <1.3.0-0`, `~1.2` → `>=1.2.0 <1.3.0-0`, `~1` → `>=1.0.0 <2.0.0-0`. */
const tilde = (comp: string): string =>
  comp.replace(TILDE, (_, M: string, m?: string, p?: string, pr?: string) =>
    isX(M) ? "" : isX(m) ? `>=${M}.0.0 <${+M + 1}.0.0-0` : isX(p) ? `>=${M}.${m}.0 <${M}.${+m! + 1}.0-0` : `>=${M}.${m}.${p}${pr ? `-${pr}` : ""} <${M}.${+m! + 1}.0-0`,
  );

/** `^1.2.3` → `>=1.2.3 <2.0.0-0`, `^0.2.3` → `>=0.2.3 <0.3.0-0`, `^0.0.3` → `>=0.0.3 <0.0.4-0`. */
const caret = (comp: string): string =>
  comp.replace(CARET, (_, M: string, m?: string, p?: string, pr?: string) => {
    if (isX(M)) return "";
    if (isX(m)) return `>=${M}.0.0 <${+M + 1}.0.0-0`;
    if (isX(p)) return `>=${M}.${m}.0 <${M === "0" ? `${M}.${+m! + 1}` : `${+M + 1}.0`}.0-0`;
    const upper = M !== "0" ? `${+M + 1}.0.0` : m !== "0" ? `${M}.${+m! + 1}.0` : `${M}.${m}.${+p! + 1}`;
    return `>=${M}.${m}.${p}${pr ? `-${pr}` : ""} <${upper}-0`;
  });

/** `1.2.x` → `>=1.2.0 <1.3.0-0`, `>1.2` → `>=1.3.0`, `<=1` → `<2.0.0-0`, `*` → `*`, `>*` → nothing. */
const xRange = (word: string): string =>
  word.replace(X_RANGE, (whole, op: string, M: string, m?: string, p?: string) => {
    if ((isX(M) && !isX(m)) || (isX(m) && p && !isX(p))) return word;
    const xM = isX(M);
    const xm = xM || isX(m);
    const anyX = xm || isX(p);
    if (op === "=" && anyX) op = "";
    if (xM) return op === ">" || op === "<" ? NULL_SET : "*";
    if (op && anyX) {
      let [a, b] = [+M, xm ? 0 : +m!];
      if (op === ">") {
        op = ">=";
        if (xm) a++;
        else b++;
      } else if (op === "<=") {
        op = "<";
        if (xm) a++;
        else b++;
      }
      return `${op}${a}.${b}.0${op === "<" ? "-0" : ""}`;
    }
    if (xm) return `>=${M}.0.0 <${+M + 1}.0.0-0`;
    if (anyX) return `>=${M}.${m}.0 <${M}.${+m! + 1}.0-0`;
    return whole;
  });

/** `1.2 - 3` → `>=1.2.0 <4.0.0-0`; `1.2.3 - 2.3.4` → `>=1.2.3 <=2.3.4`. */
function hyphen(...g: (string | undefined)[]): string {
  const [, from, fM, fm, fp, fpr, , to, tM, tm, tp, tpr] = g as string[];
  const low = isX(fM) ? "" : isX(fm) ? `>=${fM}.0.0` : isX(fp) ? `>=${fM}.${fm}.0` : `>=${from}`;
  const high = isX(tM) ? "" : isX(tm) ? `<${+tM! + 1}.0.0-0` : isX(tp) ? `<${tM}.${+tm! + 1}.0-0` : tpr ? `<=${tM}.${tm}.${tp}-${tpr}` : `<=${to}`;
  return `${low} ${high}`.trim();
}

/** Reads one comparator; `undefined` when it is not one. */
function comparator(text: string): Comparator | undefined {
  const m = COMPARATOR.exec(text.trim().split(/\s+/).join(" "));
  if (!m) return undefined;
  const operator = (m[1] === "=" ? "" : (m[1] ?? "")) as Comparator["operator"];
  if (!m[2]) return { operator, version: undefined, value: "" };
  const version = parseVersion(m[2]);
  return version && { operator, version, value: operator + version.version };
}

/** Reads one `||`-separated part into its comparators; `undefined` when one does not read. */
function parsePart(text: string): Comparator[] | undefined {
  const part = text
    .replace(BUILD_ALL, "")
    .replace(HYPHEN, hyphen)
    .replace(COMPARATOR_TRIM, "$1$2$3")
    .replace(TILDE_TRIM, "$1~")
    .replace(CARET_TRIM, "$1^");
  const list = part
    .split(" ")
    .map((w) => words(words(words(w, caret), tilde), xRange).trim().replace(STAR, ""))
    .join(" ")
    .split(/\s+/)
    .map((w) => w.trim().replace(GTE0, ""));
  const comparators: Comparator[] = [];
  for (const w of list) {
    const c = comparator(w);
    if (!c) return undefined;
    comparators.push(c);
  }
  const byValue = new Map<string, Comparator>();
  for (const c of comparators) {
    if (c.value === NULL_SET) return [c];
    byValue.set(c.value, c);
  }
  if (byValue.size > 1) byValue.delete("");
  return [...byValue.values()];
}

/**
 * One set of a parsed range with the text of its `||` part (build metadata stripped): node-semver
 * memoizes each part's comparators by that text, so two ranges sharing a part share one set
 * object, which its `subset` takes as a subset of itself. `key` is undefined for a null set
 * (`<0.0.0-0`), which node-semver does not memoize.
 */
export interface KeyedSet {
  readonly set: readonly Comparator[];
  readonly key: string | undefined;
}

/**
 * Reads a range into comparator sets, each with its part's text; `undefined` when it is not a
 * range (or is too long). {@link parseRange} without the texts.
 */
export function parseKeyedRange(range: string): readonly KeyedSet[] | undefined {
  if (typeof range !== "string" || range.length > MAX_RANGE_LENGTH) return undefined;
  let sets: KeyedSet[] = [];
  for (const part of range.trim().replace(/\s+/g, " ").split("||")) {
    const set = parsePart(part.trim());
    if (!set) return undefined;
    sets.push({ set, key: set[0]?.value === NULL_SET ? undefined : part.trim().replace(BUILD_ALL, "") });
  }
  if (sets.length > 1) {
    // Sets that match nothing are dropped (unless all do); a set that matches anything wins.
    const kept = sets.filter((s) => s.set[0]?.value !== NULL_SET);
    sets = kept.length === 0 ? [sets[0]!] : kept;
    const any = sets.length > 1 ? sets.find((s) => s.set.length === 1 && s.set[0]!.value === "") : undefined;
    if (any) sets = [any];
  }
  return sets;
}

/**
 * Reads a range into comparator sets; `undefined` when it is not a range (or is too long).
 *
 * @example
 * parseRange("^1.2")?.map((set) => set.map((c) => c.value)); // [[">=1.2.0", "<2.0.0-0"]]
 */
export function parseRange(range: string): ComparatorSets | undefined {
  return parseKeyedRange(range)?.map((s) => s.set);
}

/**
 * The normalized text of a range (`*` for any version), or `null` when it is not a range
 * (node-semver's `validRange`).
 *
 * @example
 * validRange("~1.2"); // ">=1.2.0 <1.3.0-0"
 * validRange("1.2.3 - 2"); // ">=1.2.3 <3.0.0-0"
 */
export function validRange(range: string): string | null {
  const sets = parseRange(range);
  return sets ? sets.map((s) => s.map((c) => c.value).join(" ")).join("||") || "*" : null;
}
