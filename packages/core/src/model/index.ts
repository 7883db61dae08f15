export * from "./common.js";
export type { Condition, Threshold } from "./condition.js";
export { ComparisonSchema, ConditionSchema, ThresholdSchema } from "./condition.js";
export * from "./method.js";
export * from "./scale.js";
export * from "./mapping.js";
export * from "./registry.js";
export * from "./assessment.js";
export * from "./kinds.js";
