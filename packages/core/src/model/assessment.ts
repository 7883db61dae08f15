/**
 * The Assessment document (`kind: "assessment"`): one CSIRT's severity rating of one incident, to
 * send to a partner. It names the scale by id, version and canonical SHA-256, so the receiver can
 * fetch exactly that scale, re-derive the level from the facts and read it in its own scale.
 */
import * as z from "zod";
import {
  CodeSchema,
  ContactSchema,
  CountryCodeSchema,
  DateTimeSchema,
  DecimalSchema,
  DocumentIdSchema,
  ExtensionsSchema,
  LangMapSchema,
  SemverSchema,
  UrlSchema,
} from "./common.js";

/** TLP 2.0 markings (FIRST, Traffic Light Protocol 2.0). */
export const TLP_MARKINGS = ["TLP:CLEAR", "TLP:GREEN", "TLP:AMBER", "TLP:AMBER+STRICT", "TLP:RED"] as const;

/** A TLP 2.0 marking: who the receiver may share the assessment with. */
export const TlpMarkingSchema = z.enum(TLP_MARKINGS).describe("TLP 2.0 marking, e.g. \"TLP:AMBER\".");

/** Lower-case hex SHA-256 of a document's RFC 8785 canonical bytes. */
export const Sha256Schema = z.string().regex(/^[0-9a-f]{64}$/).describe("Lower-case hex SHA-256 of the canonical (RFC 8785) bytes.");

/** One exact version of a document: id, version and the SHA-256 of its canonical bytes. */
export const PinnedDocumentSchema = z.strictObject({
  id: DocumentIdSchema,
  version: SemverSchema,
  sha256: Sha256Schema,
});

/** The incident assessed: the issuer's reference for it and, optionally, a title. */
export const IncidentSchema = z.strictObject({
  reference: z.string().min(1).max(200).describe("The issuer's reference of the incident, e.g. \"INC-2026-0042\"."),
  title: LangMapSchema.optional(),
});

/** The CSIRT that issues the assessment, and how to reach it. */
export const IssuerSchema = z.strictObject({
  name: LangMapSchema,
  acronym: z.string().min(1).max(50).optional(),
  country: CountryCodeSchema.optional(),
  url: UrlSchema.optional(),
  contact: ContactSchema,
});

/** The levels still possible, least severe first, by code. */
export const LevelRangeSchema = z.strictObject({ atLeast: CodeSchema, atMost: CodeSchema });

/** The result: one level, or the range of levels still possible; with the score when there is one. */
export const AssessmentResultSchema = z.union([
  z.strictObject({ level: CodeSchema, score: DecimalSchema.optional() }),
  z.strictObject({ range: LevelRangeSchema, score: DecimalSchema.optional() }),
]);

/** Where the result sits on the reference scale, and the mapping that says so. */
export const ReferencePlacementSchema = z.strictObject({
  mapping: PinnedDocumentSchema,
  min: CodeSchema,
  max: CodeSchema,
});

/** The Assessment document (`kind: "assessment"`). */
export const AssessmentSchema = z.strictObject({
  $schema: z.string().optional(),
  kind: z.literal("assessment"),
  id: DocumentIdSchema,
  incident: IncidentSchema,
  issuer: IssuerSchema,
  assessed: DateTimeSchema,
  marking: TlpMarkingSchema,
  scale: PinnedDocumentSchema,
  result: AssessmentResultSchema,
  facts: z.record(CodeSchema, z.unknown()).optional(),
  reference: ReferencePlacementSchema.optional(),
  notes: LangMapSchema.optional(),
  supersedes: DocumentIdSchema.optional(),
  "x-extensions": ExtensionsSchema.optional(),
});

/** A TLP 2.0 marking: `TLP:CLEAR`, `TLP:GREEN`, `TLP:AMBER`, `TLP:AMBER+STRICT` or `TLP:RED`. */
export type TlpMarking = z.output<typeof TlpMarkingSchema>;
/** One exact version of a document: id, version and canonical SHA-256. */
export type PinnedDocument = z.output<typeof PinnedDocumentSchema>;
/** The result of an assessment: one level, or the range still possible; with the score when there is one. */
export type AssessmentResult = z.output<typeof AssessmentResultSchema>;
/** Where an assessment's result sits on the reference scale, and the pinned mapping that says so. */
export type ReferencePlacement = z.output<typeof ReferencePlacementSchema>;
/** An Assessment document (`kind: "assessment"`), as validated. */
export type Assessment = z.output<typeof AssessmentSchema>;
/** An Assessment document as written (the input of its schema). */
export type AssessmentInput = z.input<typeof AssessmentSchema>;
