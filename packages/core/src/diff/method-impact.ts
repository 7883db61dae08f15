/**
 * "Can this method change make any incident's level change?" Both versions' classifiers are run
 * over the facts space (facts-space.ts) and their answers compared by level code, old codes
 * being mapped to new ones only where a level was renamed.
 */
import type { Scale } from "../model/scale.js";
import { type SpaceDimension, buildFactsSpace, incidents, spaceSize } from "./facts-space.js";
import { mulberry32 } from "./prng.js";
import type { LevelRenames } from "./scale-levels.js";
import type { OptionRenames } from "./scale-dimensions.js";
import type { DiffExample, LevelOracle } from "./types.js";

/** The largest facts space compared exhaustively by default. */
export const DEFAULT_EXHAUSTIVE_LIMIT = 100_000;
/** How many incidents are drawn by default when the space is larger. */
export const DEFAULT_SAMPLE_SIZE = 20_000;
/** The default seed of the sampling generator (fixed, so results are reproducible). */
export const DEFAULT_SEED = 20261123;
/**
 * Default work budget of one method comparison, in method nodes evaluated: each incident costs the
 * number of nodes (objects and arrays) of both methods, so large scales compare fewer incidents
 * and the diff ends in bounded time whatever the documents' size ("checked N of M" says so).
 */
export const DEFAULT_WORK_BUDGET = 20_000_000;

/** Objects and arrays in a value: the cost of classifying once with a method, in rough units. */
function nodeCount(value: unknown): number {
  let n = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== "object" || v === null) continue;
    n++;
    for (const child of Array.isArray(v) ? v : Object.values(v)) if (typeof child === "object" && child !== null) stack.push(child);
  }
  return n;
}

/** What the comparison found. */
export interface ImpactResult {
  /** Incidents compared. */
  readonly checked: number;
  /** Size of the facts space. */
  readonly space: bigint;
  readonly exhaustive: boolean;
  /** The work budget, when it stopped the comparison before the planned incidents were all compared. */
  readonly budgetReached?: number;
  /** The first incident whose level differs. */
  readonly first?: DiffExample;
  /** The first such incident described only with the old version's dimensions. */
  readonly firstExisting?: DiffExample;
  /** Per dimension only the new version has: an incident whose level differs because of it. */
  readonly byAddedDimension: ReadonlyMap<string, DiffExample>;
  /** How often each classifier threw (or could not be built, counted once). */
  readonly failures: { readonly old: number; readonly new: number };
}

type Classify = (facts: Record<string, unknown>) => string | null;

function guarded(build: () => Classify, count: () => void): Classify {
  let inner: Classify;
  try {
    inner = build();
  } catch {
    count();
    return () => null;
  }
  return (facts) => {
    try {
      const r = inner(facts);
      return typeof r === "string" ? r : null;
    } catch {
      count();
      return null;
    }
  };
}

function factsOf(space: readonly SpaceDimension[], idx: readonly number[], side: "old" | "new", skip?: string): Record<string, unknown> {
  const facts: Record<string, unknown> = {};
  space.forEach((d, k) => {
    if (d.code === skip) return;
    const v = d.values[idx[k]!]![side];
    // Define own properties so a dimension code such as "__proto__" stays plain data.
    if (v !== undefined) Object.defineProperty(facts, d.code, { value: v, enumerable: true, writable: true, configurable: true });
  });
  return facts;
}

/** Compares the classifiers of two scales over their facts space. */
export function compareMethods(
  a: Scale,
  b: Scale,
  levelOf: LevelOracle,
  levelRenames: LevelRenames,
  optionRenames: OptionRenames,
  options: { readonly exhaustiveLimit?: number; readonly sampleSize?: number; readonly seed?: number; readonly workBudget?: number },
): ImpactResult {
  const failures = { old: 0, new: 0 };
  const classifyOld = guarded(() => levelOf(a), () => failures.old++);
  const classifyNew = guarded(() => levelOf(b), () => failures.new++);
  const rand = mulberry32(options.seed ?? DEFAULT_SEED);
  const space = buildFactsSpace(a, b, optionRenames, rand);
  const size = spaceSize(space);
  const limit = Math.max(0, Math.floor(options.exhaustiveLimit ?? DEFAULT_EXHAUSTIVE_LIMIT));
  const samples = Math.max(1, Math.floor(options.sampleSize ?? DEFAULT_SAMPLE_SIZE));
  let exhaustive = size <= BigInt(limit);
  const budget = Math.max(0, options.workBudget ?? DEFAULT_WORK_BUDGET);
  const allowed = Math.max(1, Math.floor(budget / Math.max(1, nodeCount(a.method) + nodeCount(b.method))));
  let budgetReached: number | undefined;
  const added = space.map((d, k) => ({ d, k })).filter(({ d }) => d.addedInNew);

  let checked = 0;
  let first: DiffExample | undefined;
  let firstExisting: DiffExample | undefined;
  const byAdded = new Map<string, DiffExample>();
  for (const idx of incidents(space, limit, samples, rand)) {
    if (checked >= allowed) {
      budgetReached = budget;
      exhaustive = false;
      break;
    }
    checked++;
    const oldFacts = factsOf(space, idx, "old");
    const oldLevel = classifyOld(oldFacts);
    const newLevel = classifyNew(factsOf(space, idx, "new"));
    const expected = oldLevel !== null ? (levelRenames.get(oldLevel) ?? oldLevel) : null;
    if (expected === newLevel) continue;
    const example: DiffExample = { facts: oldFacts, oldLevel, newLevel };
    first ??= example;
    const present = added.filter(({ k }) => idx[k] !== 0);
    if (present.length === 0) firstExisting ??= example;
    for (const { d } of present) {
      if (byAdded.has(d.code)) continue;
      // The added dimension is to blame when leaving it out gives another answer.
      if (classifyNew(factsOf(space, idx, "new", d.code)) !== newLevel) byAdded.set(d.code, example);
    }
    if (firstExisting && byAdded.size === added.length) break;
  }
  return { checked, space: size, exhaustive, ...(budgetReached !== undefined ? { budgetReached } : {}), first, firstExisting, byAddedDimension: byAdded, failures };
}
