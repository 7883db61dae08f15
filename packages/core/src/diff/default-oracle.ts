/**
 * The classifier the diff uses when the caller passes no `levelOf`. The core classifier
 * (src/classify/) is built separately; until it is wired in here there is none, and a method
 * change is then counted as major with `diff_level_oracle_missing`. Wiring (integrator):
 *
 *   (scale) => { const c = compileClassifier(scale); return (facts) => { const r = c.classify(facts);
 *     return r.level?.code ?? (r.score !== undefined ? String(r.score) : null); }; }
 *
 * (the score branch serves score methods without cut-points: the oracle returns a comparable
 * string, the rounded score, so that two such methods are compared by score).
 */
import type { LevelOracle } from "./types.js";

/** The default classifier factory of the diff (none until the core classifier is wired in). */
export const defaultLevelOf: LevelOracle | undefined = undefined;
