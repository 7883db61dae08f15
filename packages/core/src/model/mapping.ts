/**
 * The Mapping document: how the levels of one scale (the subject) relate to another (the object,
 * almost always the reference scale). After SSSOM: set metadata plus one record per subject level.
 */
import * as z from "zod";
import {
  CodeSchema,
  DateSchema,
  DecimalSchema,
  DocumentIdSchema,
  DocumentRefSchema,
  ExtensionsSchema,
  LangMapSchema,
  LanguageSchema,
  LanguageTagSchema,
  LicenseSchema,
  OrganisationSchema,
  RevisionSchema,
  SemverSchema,
  StatusSchema,
} from "./common.js";

/** SKOS mapping relations, plus an explicit "no match" (SSSOM's sssom:NoTermFound). */
export const RelationSchema = z.enum(["exactMatch", "closeMatch", "broadMatch", "narrowMatch", "relatedMatch", "noMatch"]);

/** How a record was justified (after SSSOM / semapv). */
export const JustificationSchema = z.enum([
  "manual-curation",
  "review",
  "criteria-derived",
  "chaining",
  "inversion",
  "unspecified",
]);

/** An interval of object levels, least severe to most severe (a single level is min == max). */
export const IntervalSchema = z.strictObject({ min: CodeSchema, max: CodeSchema });

/** One mapping record: a subject level, its object interval and relation, with justification. */
export const MappingRecordSchema = z.strictObject({
  subject: CodeSchema,
  relation: RelationSchema,
  object: IntervalSchema.optional(),
  justification: JustificationSchema,
  confidence: z.number().min(0).max(1),
  comment: LangMapSchema.optional(),
});

/** A scale referred to by a mapping: its id and the semver range of versions the mapping covers. */
export const ScaleRangeSchema = z.strictObject({
  id: DocumentIdSchema,
  versions: z.string().min(1).max(200),
});

/** A person or organisation who authored or reviewed a mapping. */
export const ContributorSchema = z.strictObject({
  name: z.string().min(1),
  organisation: OrganisationSchema.optional(),
  url: z.string().regex(/^https?:\/\/[^\s]+$/).optional(),
});

/**
 * Values of the object scale's dimensions implied by one national criterion: object dimension
 * code → one of its option codes (`{"effect": "E2"}`).
 */
export const ImpliedValuesSchema = z.record(CodeSchema, CodeSchema);

/** A band of a national quantity: from `atLeast` upwards (until the next band) it implies `implies`. */
export const CrosswalkBandSchema = z.strictObject({
  atLeast: DecimalSchema,
  implies: ImpliedValuesSchema,
});

/**
 * What one national dimension implies on the object scale: per option (every option of the
 * dimension, `{"isolated-compromise": {"effect": "E2"}}`), or by bands of a quantity.
 */
export const CrosswalkEntrySchema = z.union([
  z.strictObject({ dimension: CodeSchema, options: z.record(CodeSchema, ImpliedValuesSchema) }),
  z.strictObject({ dimension: CodeSchema, bands: z.array(CrosswalkBandSchema).min(1) }),
]);

/**
 * A crosswalk from the subject scale's criteria to the object scale's: each national criterion's
 * implied object values, and the values `assume`d for the object dimensions no criterion implies.
 * When several criteria imply a value of the same object dimension, the most severe option wins.
 * `sevscale audit` classifies every combination of national criteria on both scales through it.
 */
export const CrosswalkSchema = z.strictObject({
  dimensions: z.array(CrosswalkEntrySchema).min(1),
  assume: ImpliedValuesSchema.optional(),
  comment: LangMapSchema.optional(),
});

/** The Mapping document (`kind: "mapping"`). */
export const MappingSchema = z.strictObject({
  $schema: z.string().optional(),
  kind: z.literal("mapping"),
  id: DocumentIdSchema,
  version: SemverSchema,
  status: StatusSchema,
  title: LangMapSchema.optional(),
  subject: ScaleRangeSchema,
  object: ScaleRangeSchema,
  authors: z.array(ContributorSchema).min(1),
  reviewers: z.array(ContributorSchema).optional(),
  date: DateSchema,
  supersedes: DocumentRefSchema.optional(),
  revisionHistory: z.array(RevisionSchema).min(1),
  license: LicenseSchema,
  defaultLanguage: LanguageTagSchema,
  languages: z.array(LanguageSchema).min(1),
  comment: LangMapSchema.optional(),
  records: z.array(MappingRecordSchema).min(1),
  crosswalk: CrosswalkSchema.optional(),
  "x-extensions": ExtensionsSchema.optional(),
});

/** SKOS mapping relations, plus an explicit "no match" (SSSOM's sssom:NoTermFound); parsed by `RelationSchema`. */
export type Relation = z.output<typeof RelationSchema>;
/** How a record was justified (after SSSOM / semapv); parsed by `JustificationSchema`. */
export type Justification = z.output<typeof JustificationSchema>;
/** An interval of object levels, least severe to most severe (a single level is min == max); parsed by `IntervalSchema`. */
export type Interval = z.output<typeof IntervalSchema>;
/** One mapping record: a subject level, its object interval and relation, with justification; parsed by `MappingRecordSchema`. */
export type MappingRecord = z.output<typeof MappingRecordSchema>;
/** Object dimension → option values implied by one national criterion; parsed by `ImpliedValuesSchema`. */
export type ImpliedValues = z.output<typeof ImpliedValuesSchema>;
/** A band of a national quantity and the values it implies; parsed by `CrosswalkBandSchema`. */
export type CrosswalkBand = z.output<typeof CrosswalkBandSchema>;
/** What one national dimension implies on the object scale; parsed by `CrosswalkEntrySchema`. */
export type CrosswalkEntry = z.output<typeof CrosswalkEntrySchema>;
/** A crosswalk from the subject scale's criteria to the object scale's; parsed by `CrosswalkSchema`. */
export type Crosswalk = z.output<typeof CrosswalkSchema>;
/** The Mapping document (`kind: "mapping"`); parsed by `MappingSchema`. */
export type Mapping = z.output<typeof MappingSchema>;
/** A mapping as written, before defaults are applied; the input of `MappingSchema`. */
export type MappingInput = z.input<typeof MappingSchema>;
