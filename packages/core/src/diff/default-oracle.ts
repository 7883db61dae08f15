/**
 * The classifier the diff uses when the caller passes no `levelOf`: the core's compiled
 * classifier. It answers with a comparable string: the level code; for a score method without
 * cut-points (status `score-only`), the rounded score, so that two such methods are compared by
 * score; otherwise (undetermined, analyst decides, invalid facts) null.
 */
import { compileClassifier } from "../classify/compile.js";
import type { LevelOracle } from "./types.js";

/** The default classifier factory of the diff: `compileClassifier`, answering the level code or the score-only score. */
export const defaultLevelOf: LevelOracle = (scale) => {
  const classifier = compileClassifier(scale);
  return (facts) => {
    const r = classifier.classify(facts);
    if (r.level !== null) return r.level.code;
    return r.status === "score-only" && r.score !== undefined ? r.score : null;
  };
};
