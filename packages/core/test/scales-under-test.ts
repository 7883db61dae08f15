/** The scales the classification properties run over: a hand-built fixture per method, and the national examples. */
import { readFileSync } from "node:fs";
import type { Scale } from "../src/model/scale.js";
import { ScaleSchema } from "../src/model/scale.js";
import { REFERENCE_SCALE } from "../src/reference/crs.js";
import {
  COMPOSITE_JUDGEMENT,
  COMPOSITE_MIXED,
  JUDGEMENT,
  MATRIX_GROUPED,
  MAX_BANDS,
  RULES_FIRST,
  RULES_MOST,
  SCORE_CUTS,
  SCORE_NO_CUTS,
  SCORE_QUANTITY,
  SIGNIFICANT,
  SIGNIFICANT_BOOLEAN,
  MATRIX_NOMINAL,
  MAX_BOOLEAN,
  boundaryScale,
  RULES_SENTINEL_FIRST,
  RULES_SENTINEL_MOST,
} from "./classify-fixtures.js";

/** An encoded example scale of the repository (examples/scales/<name>.json), parsed by the structural schema. */
function exampleScale(name: string): Scale {
  const url = new URL(`../../../examples/scales/${name}.json`, import.meta.url);
  return ScaleSchema.parse(JSON.parse(readFileSync(url, "utf8")));
}

/** Every scale the properties run over: hand-built fixtures for each method, and the national examples. */
export const SCALES_UNDER_TEST: readonly (readonly [string, Scale])[] = [
  ["US CISS (judgement)", exampleScale("us-ciss")],
  ["US NCISS (score without cut-points)", exampleScale("us-nciss")],
  ["UK NCSC 2018 (rules)", exampleScale("gb-ncsc-2018")],
  ["AU ASD (matrix with groups)", exampleScale("au-asd")],
  ["reference CRS", REFERENCE_SCALE],
  ["rules first-match", RULES_FIRST],
  ["rules most-severe", RULES_MOST],
  ["score min-max with cut-points", SCORE_CUTS],
  ["score weighted-mean without cut-points", SCORE_NO_CUTS],
  ["score over a quantity", SCORE_QUANTITY],
  ["score on a rounding boundary", boundaryScale("half-even")],
  ["matrix with groups", MATRIX_GROUPED],
  ["max with bands", MAX_BANDS],
  ["composite rules + score", COMPOSITE_MIXED],
  ["composite with judgement", COMPOSITE_JUDGEMENT],
  ["judgement", JUDGEMENT],
  ["significant incident (any-of criteria, an assumed exclusion)", SIGNIFICANT],
  ["significant incident with boolean and nominal dimensions", SIGNIFICANT_BOOLEAN],
  ["matrix with a nominal axis and numeric option codes", MATRIX_NOMINAL],
  ["max over boolean and nominal ratings", MAX_BOOLEAN],
  ["first-match rules with a sentinel gate and default", RULES_SENTINEL_FIRST],
  ["composite of most-severe rules with sentinels", RULES_SENTINEL_MOST],
];

