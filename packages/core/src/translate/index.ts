export type { DeepReadonly, Text } from "./_internal.js";
export { TRANSLATE_MESSAGES } from "./messages.js";
export type { ReferenceInterval, ReferenceResult, ToReferenceOptions } from "./to-reference.js";
export { toReference } from "./to-reference.js";
export type { TranslationRelation } from "./relation.js";
export type { Explanation, ExplainedBand, ExplainedLevel, ExplainedSide } from "./explain.js";
export { renderExplanation } from "./explain.js";
export type {
  ChainStep,
  ChainTerm,
  MappedScale,
  TranslateOptions,
  TranslateResult,
  TranslationCandidate,
  TranslationReference,
  TranslationSource,
} from "./translate.js";
export { createTranslator, translate } from "./translate.js";
