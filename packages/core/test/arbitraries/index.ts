/**
 * Test-only fast-check arbitraries for sevscale documents, shared by the tests of every package:
 * structurally valid documents of varied shape and mutations of them.
 */
export * from "./common.js";
export { arbCompositeMethod, arbCondition, arbJudgementMethod, arbMatrixMethod, arbMaxMethod, arbMethod, arbRulesMethod, arbScoreMethod, arbSimpleMethod, arbThreshold } from "./method.js";
export type { MethodContext } from "./method.js";
export { arbScale, asJson } from "./scale.js";
export { arbMapping } from "./mapping.js";
export { arbRegistryIndex, arbRegistryPath } from "./registry.js";
export { MUTATION_KINDS, arbMutation } from "./mutation.js";
export type { Mutation, MutationKind } from "./mutation.js";
export { arbAssessment } from "./assessment.js";
