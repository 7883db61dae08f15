/**
 * Rule conditions: structured data, never expression strings. A condition tests the facts of an
 * incident against the scale's dimensions.
 */
import * as z from "zod";
import { CodeSchema, DecimalSchema } from "./common.js";

/**
 * A threshold for a quantity comparison: a fixed amount (in the compared dimension's unit), the
 * smaller or larger of several thresholds, or a percentage of another quantity fact
 * (e.g. "the smaller of EUR 500 000 and 5 % of annual turnover").
 */
export type Threshold =
  | { value: number | string }
  | { smallerOf: Threshold[] }
  | { largerOf: Threshold[] }
  | { percentOf: { dimension: string; percent: number | string } };

// Recursive schemas need an explicit type; the input type is spelled out too, else z.input of every
// document containing a threshold or condition would degrade to `unknown` there.
/** Schema of {@link Threshold}. */
export const ThresholdSchema: z.ZodType<Threshold, Threshold> = z.union([
  z.strictObject({ value: DecimalSchema }),
  z.strictObject({
    get smallerOf() {
      return z.array(ThresholdSchema).min(1);
    },
  }),
  z.strictObject({
    get largerOf() {
      return z.array(ThresholdSchema).min(1);
    },
  }),
  z.strictObject({
    percentOf: z.strictObject({ dimension: CodeSchema, percent: DecimalSchema }),
  }),
]);

/** Comparison operators for quantities. */
export const ComparisonSchema = z.enum(["gt", "gte", "lt", "lte", "eq"]);

/**
 * A condition: all / any / not; an option in a set; a boolean dimension's answer (`is`); an option at least (or at most) a given
 * option in the dimension's order; a quantity compared with a threshold; or always.
 */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { dimension: string; in: string[] }
  | { dimension: string; is: boolean }
  | { dimension: string; atLeast: string }
  | { dimension: string; atMost: string }
  | { dimension: string; compare: "gt" | "gte" | "lt" | "lte" | "eq"; threshold: Threshold }
  | { always: true };

/** Schema of {@link Condition}. */
export const ConditionSchema: z.ZodType<Condition, Condition> = z.union([
  z.strictObject({
    get all() {
      return z.array(ConditionSchema).min(1);
    },
  }),
  z.strictObject({
    get any() {
      return z.array(ConditionSchema).min(1);
    },
  }),
  z.strictObject({
    get not() {
      return ConditionSchema;
    },
  }),
  z.strictObject({ dimension: CodeSchema, in: z.array(CodeSchema).min(1) }),
  z.strictObject({ dimension: CodeSchema, is: z.boolean() }),
  z.strictObject({ dimension: CodeSchema, atLeast: CodeSchema }),
  z.strictObject({ dimension: CodeSchema, atMost: CodeSchema }),
  z.strictObject({ dimension: CodeSchema, compare: ComparisonSchema, threshold: ThresholdSchema }),
  z.strictObject({ always: z.literal(true) }),
]);
