/**
 * The Scale document: a national (or regional, sectoral, organisational) severity scale.
 * The built-in reference scale is also a Scale.
 */
import * as z from "zod";
import {
  CodeSchema,
  DateSchema,
  DecimalSchema,
  DocumentIdSchema,
  DocumentRefSchema,
  DurationSchema,
  EncodingSchema,
  ExtensionsSchema,
  LangMapSchema,
  LanguageSchema,
  LanguageTagSchema,
  LicenseSchema,
  PublisherSchema,
  RevisionSchema,
  SemverSchema,
  SourceSchema,
  StatusSchema,
  VerificationSchema,
} from "./common.js";
import { MethodSchema } from "./method.js";

/** Display colour of a level: hex (#RRGGBB) and/or a name. */
export const ColorSchema = z.strictObject({
  hex: z
    .string()
    .regex(/^#[0-9A-Fa-f]{6}$/)
    .optional(),
  name: LangMapSchema.optional(),
});

/** What happens at a level: who responds, what they do, how it escalates. */
export const ResponseSchema = z.strictObject({
  whoResponds: LangMapSchema.optional(),
  actions: LangMapSchema.optional(),
  escalation: LangMapSchema.optional(),
});

/** The event a notification deadline is counted from: detecting the incident, becoming aware that it is one (e.g. significant), or the previous notification. */
export const NotificationEventSchema = z.enum(["detection", "awareness", "notification"]);

/**
 * One stage of a notification obligation (format 1.1), e.g. an early warning within 24 hours of
 * awareness, a notification within 72 hours, a final report within a month of the notification.
 * `deadline` is optional (some laws state an obligation without one) and counted from `from`;
 * `to` is the recipient; `mandatory` and `note` as for the whole notification.
 */
export const NotificationStageSchema = z.strictObject({
  name: LangMapSchema,
  deadline: DurationSchema.optional(),
  from: NotificationEventSchema.optional(),
  to: LangMapSchema.optional(),
  mandatory: z.boolean().optional(),
  note: LangMapSchema.optional(),
});

/**
 * A notification obligation at a level: within how long (`deadline`), to whom, whether mandatory;
 * or, since format 1.1, its `stages` in order (then without a `deadline` of its own; `to`,
 * `mandatory` and `note` apply to every stage that does not say otherwise). A single `deadline`
 * means what it always meant: one stage, counted from an event the scale does not state.
 */
export const NotificationSchema = z.strictObject({
  deadline: DurationSchema.optional(),
  stages: z.array(NotificationStageSchema).min(1).optional(),
  to: LangMapSchema.optional(),
  mandatory: z.boolean().optional(),
  note: LangMapSchema.optional(),
});

/**
 * One level of the scale. Levels are listed least to most severe; rank follows from position.
 * `definition` is the issuer's description of the level in words; since format 1.1 it may be left
 * out where the source defines the level by its label (and method) only: validation notes it
 * (`level_definition_missing`, info) and `render` says "not defined by the issuer".
 */
export const LevelSchema = z.strictObject({
  code: CodeSchema,
  label: LangMapSchema,
  definition: LangMapSchema.optional(),
  color: ColorSchema.optional(),
  response: ResponseSchema.optional(),
  notification: NotificationSchema.optional(),
  examples: z.array(LangMapSchema).optional(),
  verification: VerificationSchema.optional(),
  note: LangMapSchema.optional(),
});

/** A value outside the order: "unknown", "not assessed", "out of scope". */
export const SentinelSchema = z.strictObject({
  code: CodeSchema,
  meaning: z.enum(["unknown", "not-assessed", "out-of-scope", "other"]),
  label: LangMapSchema,
  definition: LangMapSchema.optional(),
});

/** The first level that counts as significant (national coordination, mandatory notification). */
export const SignificanceSchema = z.strictObject({
  level: CodeSchema,
  meaning: LangMapSchema,
});

/** One parallel axis of assessment (e.g. "threat" and "impact"). */
export const AxisSchema = z.strictObject({
  code: CodeSchema,
  label: LangMapSchema,
  definition: LangMapSchema.optional(),
});

/**
 * One option of an ordinal or nominal dimension. An ordinal dimension lists its options least to
 * most severe; a nominal one in any order. `color` is the colour the issuer publishes for it.
 */
export const OptionSchema = z.strictObject({
  code: CodeSchema,
  label: LangMapSchema,
  definition: LangMapSchema.optional(),
  color: ColorSchema.optional(),
  verification: VerificationSchema.optional(),
});

const dimensionBase = {
  code: CodeSchema,
  label: LangMapSchema,
  definition: LangMapSchema.optional(),
  axis: CodeSchema.optional(),
  verification: VerificationSchema.optional(),
};

/**
 * A dimension with ordered options; `multiple` allows several options in one incident's facts.
 * `assume` is the option (or, with `multiple`, the options) to assume when an incident's facts
 * do not mention the dimension, e.g. "no" for "was this planned maintenance?" (a fact given as
 * `null` stays unknown; classification says which facts it assumed and can be told not to).
 */
export const OrdinalDimensionSchema = z.strictObject({
  ...dimensionBase,
  type: z.literal("ordinal"),
  options: z.array(OptionSchema).min(1),
  multiple: z.boolean().optional(),
  assume: z.union([CodeSchema, z.array(CodeSchema).min(1)]).optional(),
});

/** A numeric quantity with a unit (EUR, %, minutes, users, ...); `assume` is the value to assume when the facts do not mention it. */
export const QuantityDimensionSchema = z.strictObject({
  ...dimensionBase,
  type: z.literal("quantity"),
  unit: z.string().min(1).max(40),
  min: DecimalSchema.optional(),
  max: DecimalSchema.optional(),
  integer: z.boolean().optional(),
  assume: DecimalSchema.optional(),
});

/**
 * A yes/no criterion ("was this planned maintenance?"): facts are `true` or `false`; conditions test
 * it with `{ "dimension": …, "is": true }`. `assume` is the answer to assume when none is given.
 */
export const BooleanDimensionSchema = z.strictObject({
  ...dimensionBase,
  type: z.literal("boolean"),
  assume: z.boolean().optional(),
});

/**
 * A dimension whose options have no order (sector, root cause, entity type): conditions test
 * membership (`in`), never order (`atLeast` / `atMost` are refused by validation); a matrix axis
 * may be nominal. `multiple` and `assume` as for an ordinal dimension.
 */
export const NominalDimensionSchema = z.strictObject({
  ...dimensionBase,
  type: z.literal("nominal"),
  options: z.array(OptionSchema).min(1),
  multiple: z.boolean().optional(),
  assume: z.union([CodeSchema, z.array(CodeSchema).min(1)]).optional(),
});

/** An impact dimension the scale looks at. */
export const DimensionSchema = z.discriminatedUnion("type", [OrdinalDimensionSchema, QuantityDimensionSchema, BooleanDimensionSchema, NominalDimensionSchema]);

/**
 * How a related scale relates to this one (format 1.1), read "the related scale is …":
 * `companion`: another ladder for the same incidents, rated alongside this one (another axis);
 * `impact`: the ladder that rates the incidents' impact (this one rates something else, e.g. the threat);
 * `threat`: the ladder that rates the threat or dangerousness of the incidents this one rates by impact;
 * `supersedes`: the scheme this scale replaces, an earlier edition published under another id.
 */
export const ScaleRelationSchema = z.enum(["companion", "impact", "threat", "supersedes"]);

/**
 * A scale this one names as related (format 1.1): `ref` is `<id>` or `<id>@<semver range>` (the
 * versions meant, e.g. `x-org.example/threat@^1.0.0`), `relation` how it relates, `note` why.
 * A related scale need not be at hand: tools name it when they cannot show it.
 */
export const RelatedScaleSchema = z.strictObject({
  ref: z.string().min(1).max(300),
  relation: ScaleRelationSchema,
  note: LangMapSchema.optional(),
});

/** A national term and its definition (OSCE CBM on sharing national terminology). */
export const GlossaryEntrySchema = z.strictObject({
  term: LangMapSchema,
  definition: LangMapSchema,
  source: z.string().optional(),
});

/** The Scale document (`kind: "scale"`). */
export const ScaleSchema = z.strictObject({
  $schema: z.string().optional(),
  kind: z.literal("scale"),
  id: DocumentIdSchema,
  version: SemverSchema,
  status: StatusSchema,
  title: LangMapSchema,
  description: LangMapSchema.optional(),
  /**
   * The date this version of the document was published: the encoding's date, the same as the
   * revision-history entry for `version` (`published_not_revision_date`). Not the issuer's date of
   * the scheme, which is the `date` of its entry in `sources` (and `effective`, when it takes effect).
   * For an official encoding the two are the issuer's.
   */
  published: DateSchema,
  effective: DateSchema.optional(),
  supersedes: DocumentRefSchema.optional(),
  related: z.array(RelatedScaleSchema).min(1).optional(),
  revisionHistory: z.array(RevisionSchema).min(1),
  publisher: PublisherSchema,
  encoding: EncodingSchema.optional(),
  license: LicenseSchema,
  sources: z.array(SourceSchema).optional(),
  defaultLanguage: LanguageTagSchema,
  languages: z.array(LanguageSchema).min(1),
  direction: z.enum(["ascending", "descending"]),
  levels: z.array(LevelSchema).min(2),
  sentinels: z.array(SentinelSchema).optional(),
  significance: SignificanceSchema.optional(),
  axes: z.array(AxisSchema).optional(),
  dimensions: z.array(DimensionSchema),
  method: MethodSchema,
  glossary: z.array(GlossaryEntrySchema).optional(),
  verification: VerificationSchema.optional(),
  "x-extensions": ExtensionsSchema.optional(),
});

/** Display colour of a level: hex (#RRGGBB) and/or a name; parsed by `ColorSchema`. */
export type Color = z.output<typeof ColorSchema>;
/** One level of the scale. Levels are listed least to most severe; rank follows from position; parsed by `LevelSchema`. */
export type Level = z.output<typeof LevelSchema>;
/** A notification obligation at a level: a deadline, or stages; parsed by `NotificationSchema`. */
export type Notification = z.output<typeof NotificationSchema>;
/** One stage of a notification obligation; parsed by `NotificationStageSchema`. */
export type NotificationStage = z.output<typeof NotificationStageSchema>;
/** A value outside the order: "unknown", "not assessed", "out of scope"; parsed by `SentinelSchema`. */
export type Sentinel = z.output<typeof SentinelSchema>;
/** One option of an ordinal dimension. Options are listed least to most severe; parsed by `OptionSchema`. */
export type Option = z.output<typeof OptionSchema>;
/** A dimension with ordered options; `multiple` allows several options in one incident's facts; parsed by `OrdinalDimensionSchema`. */
export type OrdinalDimension = z.output<typeof OrdinalDimensionSchema>;
/** A numeric quantity with a unit (EUR, %, minutes, users, ...); parsed by `QuantityDimensionSchema`. */
export type QuantityDimension = z.output<typeof QuantityDimensionSchema>;
/** A yes/no criterion with `true` / `false` facts; parsed by `BooleanDimensionSchema`. */
export type BooleanDimension = z.output<typeof BooleanDimensionSchema>;
/** A dimension with unordered options; parsed by `NominalDimensionSchema`. */
export type NominalDimension = z.output<typeof NominalDimensionSchema>;
/** An impact dimension the scale looks at; parsed by `DimensionSchema`. */
export type Dimension = z.output<typeof DimensionSchema>;
/** How a related scale relates to this one: companion, impact, threat, supersedes; parsed by `ScaleRelationSchema`. */
export type ScaleRelation = z.output<typeof ScaleRelationSchema>;
/** A scale this one names as related, and the relation; parsed by `RelatedScaleSchema`. */
export type RelatedScale = z.output<typeof RelatedScaleSchema>;
/** The Scale document (`kind: "scale"`); parsed by `ScaleSchema`. */
export type Scale = z.output<typeof ScaleSchema>;
/** A scale as written, before defaults are applied; the input of `ScaleSchema`. */
export type ScaleInput = z.input<typeof ScaleSchema>;
