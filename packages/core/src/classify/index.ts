export type { ClassifyResult, ClassifyStatus, DecidedBy, TraceStep } from "./result.js";
export type { CheckedFact } from "./facts.js";
export { classify, readFacts } from "./interpret.js";
export { CLASSIFY_CATALOG } from "./messages.js";
