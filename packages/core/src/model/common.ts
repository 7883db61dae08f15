/**
 * Building blocks shared by every document kind. Structure only: everything here is expressible
 * in JSON Schema (the structural stage must give the same verdict as ajv on the generated
 * schema); cross-field meaning is checked by the validation rules.
 */
import * as z from "zod";
import { DOCUMENT_ID_MAX_LENGTH, DOCUMENT_ID_PATTERN } from "./patterns.js";

/** BCP 47 language tag (structural check; e.g. "en", "es-419", "pt-BR", "zh-Hant"). */
export const LanguageTagSchema = z
  .string()
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(-x(-[A-Za-z0-9]{1,8})+)?$/)
  .describe("BCP 47 language tag, e.g. \"en\", \"es\", \"pt-BR\".");

/**
 * Human text in several languages: `{ "en": "...", "es": "..." }`. Every declared language should
 * be present in the texts a reader needs (a missing one is a warning, `text_language_missing`;
 * boilerplate such as revision summaries and the encoder's name is exempt, see docs/format.md).
 */
export const LangMapSchema = z
  .record(LanguageTagSchema, z.string().min(1))
  .describe("Human text as a map from BCP 47 language tag to text.");

/** A semantic version (semver 2.0.0). */
export const SemverSchema = z
  .string()
  .regex(
    /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/,
  )
  .describe("Semantic version 2.0.0, e.g. \"1.2.0\".");

/**
 * Document identifier `<namespace>/<name>`: the namespace is an ISO 3166-1 alpha-2 code in lower
 * case (a state), a registered organisation code (`eu`, `oas`, `sevscale`), or `x-<reverse-dns>`.
 */
export const DocumentIdSchema = z
  .string()
  .max(DOCUMENT_ID_MAX_LENGTH, { abort: true })
  .regex(DOCUMENT_ID_PATTERN)
  .describe("Stable identifier <namespace>/<name>, e.g. \"us/nciss\", \"x-org.example/internal\".");

/** A document version reference `<id>@<version>`. */
export const DocumentRefSchema = z
  .string()
  .max(300, { abort: true })
  .regex(/^[^@\s]+@[0-9][^@\s]*$/)
  .describe("Reference to one version of a document: <id>@<version>.");

/** A code that names a level, dimension, option, group or rule inside a document. */
export const CodeSchema = z.string().min(1).max(100).describe("A code, unique in its list.");

/** Calendar date (RFC 3339 full-date). */
export const DateSchema = z.iso.date().describe("Calendar date YYYY-MM-DD.");

/** Instant (RFC 3339 date-time with offset). */
export const DateTimeSchema = z.iso.datetime({ offset: true }).describe("Date and time, RFC 3339.");

/** An http(s) URL. */
export const UrlSchema = z.string().max(2000, { abort: true }).regex(/^https?:\/\/[^\s]+$/).describe("An http(s) URL.");

/**
 * An e-mail address (simple structural check). The pattern is unambiguous (the domain's labels are
 * split by dots no label contains), so it runs in linear time in the JSON Schema's validators too,
 * and it does not run at all once the length limit failed.
 */
export const EmailSchema = z
  .string()
  .max(320, { abort: true })
  .regex(/^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/)
  .describe("An e-mail address.");

/** ISO 3166-1 alpha-2 country code, upper case. */
export const CountryCodeSchema = z.string().regex(/^[A-Z]{2}$/).describe("ISO 3166-1 alpha-2 country code.");

/**
 * An exact number: a JSON number, or a decimal string for figures that must not pass through
 * binary floating point ("0.1", "-12.50"). Arithmetic on them is exact (see docs/scores.md).
 */
export const DecimalSchema = z
  .union([z.number(), z.string().regex(/^-?(0|[1-9][0-9]*)(\.[0-9]+)?$/)])
  .describe("Exact number: a JSON number or a decimal string such as \"12.50\".");

/** ISO 8601 duration, e.g. "PT1H", "P3D". */
export const DurationSchema = z
  .string()
  .regex(/^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/)
  .describe("ISO 8601 duration, e.g. \"PT72H\".");

/** Document life-cycle status (after CSAF tracking). */
export const StatusSchema = z.enum(["draft", "active", "superseded", "retired"]);

/** One entry of a document's revision history. */
export const RevisionSchema = z.strictObject({
  version: SemverSchema,
  date: DateSchema,
  summary: LangMapSchema,
});

/**
 * Where a fact came from: provenance for an encoded public document. `date` is the issuer's date
 * of that source (the publication date of the scheme, law or guide); `accessed`, when the encoder
 * read it. Neither is the document's own `published`.
 */
export const SourceSchema = z.strictObject({
  title: z.string().min(1),
  url: UrlSchema.optional(),
  date: DateSchema.optional(),
  accessed: DateSchema.optional(),
  note: z.string().optional(),
});

/** How far an encoded fact has been checked against its source. */
export const VerificationSchema = z.strictObject({
  status: z.enum(["verified", "partially-verified", "reconstructed", "unverified"]),
  note: LangMapSchema.optional(),
});

/** Licence of a document: an SPDX identifier (or LicenseRef-...), optionally with a URL. */
export const LicenseSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9.+-]+( (AND|OR|WITH) [A-Za-z0-9.+-]+)*$/),
  url: UrlSchema.optional(),
  note: LangMapSchema.optional(),
});

/** Point of contact (OSCE and OAS CBMs ask states to keep these current). */
export const ContactSchema = z.strictObject({
  name: LangMapSchema.optional(),
  email: EmailSchema.optional(),
  url: UrlSchema.optional(),
  phone: z.string().regex(/^\+?[0-9 ()-]{5,30}$/).optional(),
  publicKey: z
    .strictObject({
      kid: z.string().min(1).optional(),
      url: UrlSchema.optional(),
    })
    .optional(),
});

/** An organisation: the publisher, the issuing authority, an encoder. */
export const OrganisationSchema = z.strictObject({
  name: LangMapSchema,
  acronym: z.string().optional(),
  url: UrlSchema.optional(),
});

/** Who publishes the document and who issues the scale it encodes. */
export const PublisherSchema = z.strictObject({
  name: LangMapSchema,
  type: z.enum(["state", "intergovernmental", "sector", "organisation", "other"]),
  country: CountryCodeSchema.optional(),
  url: UrlSchema.optional(),
  /** The issuing authority, usually the national CSIRT. */
  issuingAuthority: OrganisationSchema.optional(),
  contact: ContactSchema,
});

/** Who wrote this machine-readable encoding, and whether the issuer endorses it. */
export const EncodingSchema = z.strictObject({
  by: OrganisationSchema,
  official: z.boolean(),
  note: LangMapSchema.optional(),
});

/** One language of a document; authoritative texts are distinguishable from unofficial translations. */
export const LanguageSchema = z.strictObject({
  tag: LanguageTagSchema,
  authoritative: z.boolean(),
  translatedBy: z.string().optional(),
});

/** Extensions: anything a producer needs that the format lacks, under one key. */
export const ExtensionsSchema = z.record(z.string().regex(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*$/), z.unknown());
