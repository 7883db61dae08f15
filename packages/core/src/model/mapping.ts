/**
 * The Mapping document: how the levels of one scale (the subject) relate to another (the object,
 * almost always the reference scale). After SSSOM: set metadata plus one record per subject level.
 */
import * as z from "zod";
import {
  CodeSchema,
  DateSchema,
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
/** The Mapping document (`kind: "mapping"`); parsed by `MappingSchema`. */
export type Mapping = z.output<typeof MappingSchema>;
/** A mapping as written, before defaults are applied; the input of `MappingSchema`. */
export type MappingInput = z.input<typeof MappingSchema>;
