/**
 * How a scale decides a level from an incident's facts: ordered rules, a weighted score, a
 * matrix lookup, per-dimension ratings of which the most severe wins, analyst judgement, or a
 * composition of several methods of which the most severe result wins.
 */
import * as z from "zod";
import { CodeSchema, DecimalSchema, LangMapSchema, VerificationSchema } from "./common.js";
import { ConditionSchema } from "./condition.js";

/** One rule: when the condition holds, the incident is at `level`. */
export const RuleSchema = z.strictObject({
  id: CodeSchema.optional(),
  level: CodeSchema,
  when: ConditionSchema,
  note: LangMapSchema.optional(),
});

/**
 * Ordered rules. `first-match` takes the first rule that holds, in the order listed;
 * `most-severe` takes the most severe level among all rules that hold. `otherwise` is the level
 * when no rule holds (without it, classification reports that no rule applied).
 */
export const RulesMethodSchema = z.strictObject({
  kind: z.literal("rules"),
  strategy: z.enum(["first-match", "most-severe"]),
  rules: z.array(RuleSchema).min(1),
  otherwise: CodeSchema.optional(),
  verification: VerificationSchema.optional(),
  note: LangMapSchema.optional(),
});

/**
 * One dimension's part of a score. For an ordinal dimension, `values` gives each option's value;
 * for a quantity, the fact's value (times `factor`, default 1) is used. Several selected options
 * aggregate by `max` or `sum`; `missing` is the value when the fact is absent (default 0).
 */
export const ScoreComponentSchema = z.strictObject({
  dimension: CodeSchema,
  weight: DecimalSchema,
  values: z.record(CodeSchema, DecimalSchema).optional(),
  factor: DecimalSchema.optional(),
  aggregate: z.enum(["max", "sum"]).optional(),
  missing: DecimalSchema.optional(),
});

/**
 * Normalisation of the raw weighted sum:
 * - `none`: the raw weighted sum Σ wᵢ·xᵢ;
 * - `weighted-mean`: Σ wᵢ·xᵢ / Σ wᵢ;
 * - `min-max`: rescaled linearly from [`from.min`, `from.max`] to [`to.min`, `to.max`]; when
 *   `from` is absent it is derived as Σ wᵢ·min(valuesᵢ) and Σ wᵢ·max(valuesᵢ).
 */
export const NormalisationSchema = z.union([
  z.strictObject({ kind: z.literal("none") }),
  z.strictObject({ kind: z.literal("weighted-mean") }),
  z.strictObject({
    kind: z.literal("min-max"),
    from: z.strictObject({ min: DecimalSchema, max: DecimalSchema }).optional(),
    to: z.strictObject({ min: DecimalSchema, max: DecimalSchema }),
  }),
]);

/** Score → level: the most severe level whose `atLeast` the score reaches. */
export const CutPointSchema = z.strictObject({
  level: CodeSchema,
  atLeast: DecimalSchema,
});

/** Rounding of the final score: a number of decimals and a mode (documented in docs/scores.md). */
export const RoundingSchema = z.strictObject({
  decimals: z.int().min(0).max(12),
  mode: z.enum(["half-up", "half-even", "down", "up"]),
});

/**
 * A weighted score. `cutPoints` may be absent ("thresholds unknown"): classification then
 * returns the score and says the level cannot be derived.
 */
export const ScoreMethodSchema = z.strictObject({
  kind: z.literal("score"),
  components: z.array(ScoreComponentSchema).min(1),
  normalisation: NormalisationSchema,
  clamp: z.strictObject({ min: DecimalSchema, max: DecimalSchema }).optional(),
  rounding: RoundingSchema,
  cutPoints: z.array(CutPointSchema).min(1).optional(),
  verification: VerificationSchema.optional(),
  note: LangMapSchema.optional(),
});

/** A named group of a dimension's options that acts as one value on a matrix axis. */
export const AxisGroupSchema = z.strictObject({
  code: CodeSchema,
  label: LangMapSchema.optional(),
  members: z.array(CodeSchema).min(1),
});

/** One axis of a matrix: a dimension, with its options grouped or (without groups) one by one. */
export const MatrixAxisSchema = z.strictObject({
  dimension: CodeSchema,
  groups: z.array(AxisGroupSchema).min(1).optional(),
});

/** One cell: the axis values (group codes, or option codes for ungrouped axes) and the level. */
export const MatrixCellSchema = z.strictObject({
  at: z.array(CodeSchema).min(2),
  level: CodeSchema,
});

/** A lookup over two or more dimensions; every combination of axis values has exactly one cell. */
export const MatrixMethodSchema = z.strictObject({
  kind: z.literal("matrix"),
  axes: z.array(MatrixAxisSchema).min(2),
  cells: z.array(MatrixCellSchema).min(1),
  verification: VerificationSchema.optional(),
  note: LangMapSchema.optional(),
});

/** A band of a quantity that rates to a level: from `atLeast` upwards (until the next band). */
export const QuantityBandSchema = z.strictObject({
  atLeast: DecimalSchema,
  level: CodeSchema,
});

/** How one dimension rates to a level on its own: per option, or by bands of a quantity. */
export const DimensionRatingSchema = z.union([
  z.strictObject({ dimension: CodeSchema, levels: z.record(CodeSchema, CodeSchema) }),
  z.strictObject({ dimension: CodeSchema, bands: z.array(QuantityBandSchema).min(1) }),
]);

/** Each dimension rated to a level separately; the overall level is the most severe. */
export const MaxMethodSchema = z.strictObject({
  kind: z.literal("max"),
  ratings: z.array(DimensionRatingSchema).min(1),
  verification: VerificationSchema.optional(),
  note: LangMapSchema.optional(),
});

/** Descriptive criteria only: an analyst decides, guided by the level definitions. */
export const JudgementMethodSchema = z.strictObject({
  kind: z.literal("judgement"),
  guidance: LangMapSchema.optional(),
  criteria: z
    .array(z.strictObject({ level: CodeSchema, criteria: LangMapSchema }))
    .min(1)
    .optional(),
  verification: VerificationSchema.optional(),
  note: LangMapSchema.optional(),
});

/** A method that is not a composition. */
export const SimpleMethodSchema = z.discriminatedUnion("kind", [
  RulesMethodSchema,
  ScoreMethodSchema,
  MatrixMethodSchema,
  MaxMethodSchema,
  JudgementMethodSchema,
]);

/** One component of a composition. */
export const MethodComponentSchema = z.strictObject({
  id: CodeSchema,
  label: LangMapSchema.optional(),
  method: SimpleMethodSchema,
});

/** "Most severe of these components": each component decides a level; the most severe wins. */
export const CompositeMethodSchema = z.strictObject({
  kind: z.literal("composite"),
  combine: z.literal("most-severe"),
  components: z.array(MethodComponentSchema).min(2),
  verification: VerificationSchema.optional(),
  note: LangMapSchema.optional(),
});

/** Any method. */
export const MethodSchema = z.discriminatedUnion("kind", [
  RulesMethodSchema,
  ScoreMethodSchema,
  MatrixMethodSchema,
  MaxMethodSchema,
  JudgementMethodSchema,
  CompositeMethodSchema,
]);

/** One rule: when the condition holds, the incident is at `level`; parsed by `RuleSchema`. */
export type Rule = z.output<typeof RuleSchema>;
/** Ordered rules: the first that holds, or the most severe that holds, gives the level; parsed by `RulesMethodSchema`. */
export type RulesMethod = z.output<typeof RulesMethodSchema>;
/** One dimension's part of a score: the value of each option, or of a quantity; parsed by `ScoreComponentSchema`. */
export type ScoreComponent = z.output<typeof ScoreComponentSchema>;
/** How a score's sum is normalised: none, a weighted mean, or a min-max rescaling; parsed by `NormalisationSchema`. */
export type Normalisation = z.output<typeof NormalisationSchema>;
/** Score → level: the most severe level whose `atLeast` the score reaches; parsed by `CutPointSchema`. */
export type CutPoint = z.output<typeof CutPointSchema>;
/** Rounding of the final score: a number of decimals and a mode (documented in docs/scores.md); parsed by `RoundingSchema`. */
export type Rounding = z.output<typeof RoundingSchema>;
/** A weighted score, cut into levels by cut points (which may be unknown); parsed by `ScoreMethodSchema`. */
export type ScoreMethod = z.output<typeof ScoreMethodSchema>;
/** A named group of a dimension's options that acts as one value on a matrix axis; parsed by `AxisGroupSchema`. */
export type AxisGroup = z.output<typeof AxisGroupSchema>;
/** One axis of a matrix: a dimension, with its options grouped or (without groups) one by one; parsed by `MatrixAxisSchema`. */
export type MatrixAxis = z.output<typeof MatrixAxisSchema>;
/** One cell: the axis values (group codes, or option codes for ungrouped axes) and the level; parsed by `MatrixCellSchema`. */
export type MatrixCell = z.output<typeof MatrixCellSchema>;
/** A lookup over two or more dimensions; every combination of axis values has exactly one cell; parsed by `MatrixMethodSchema`. */
export type MatrixMethod = z.output<typeof MatrixMethodSchema>;
/** How one dimension rates to a level on its own: per option, or by bands of a quantity; parsed by `DimensionRatingSchema`. */
export type DimensionRating = z.output<typeof DimensionRatingSchema>;
/** Each dimension rated to a level separately; the overall level is the most severe; parsed by `MaxMethodSchema`. */
export type MaxMethod = z.output<typeof MaxMethodSchema>;
/** Descriptive criteria only: an analyst decides, guided by the level definitions; parsed by `JudgementMethodSchema`. */
export type JudgementMethod = z.output<typeof JudgementMethodSchema>;
/** A method that is not a composition; parsed by `SimpleMethodSchema`. */
export type SimpleMethod = z.output<typeof SimpleMethodSchema>;
/** One component of a composition; parsed by `MethodComponentSchema`. */
export type MethodComponent = z.output<typeof MethodComponentSchema>;
/** "Most severe of these components": each component decides a level; the most severe wins; parsed by `CompositeMethodSchema`. */
export type CompositeMethod = z.output<typeof CompositeMethodSchema>;
/** Any method; parsed by `MethodSchema`. */
export type Method = z.output<typeof MethodSchema>;
