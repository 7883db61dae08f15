export type { ClassifyResult, ClassifyStatus, DecidedBy, TraceStep } from "./result.js";
export { classify, readFacts } from "./interpret.js";
export type { Classifier } from "./compile.js";
export { compileClassifier } from "./compile.js";
export type { BatchColumn, BatchOptions } from "./batch.js";
export { classifyBatch } from "./batch.js";
export { renderTrace, renderTraceStep } from "./render-trace.js";
export { CLASSIFY_CATALOG, CLASSIFY_MESSAGES, FACT_MESSAGES, TRACE_MESSAGES } from "./messages.js";
