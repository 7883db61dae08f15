/**
 * Generates the published JSON Schema (draft 2020-12) of each document kind from the zod model:
 * `packages/schemas/json/<kind>.schema.json`, and the same object as a TypeScript module
 * (`packages/schemas/src/generated/<kind>-json-schema.ts`) so that consumers import it without
 * JSON import attributes. The other files a registry publishes — the keyring, the provider
 * metadata (`.well-known/sevscale.json`) and the change feed (`changes.json`) — get a schema too.
 *
 * Shared definitions get readable `$defs` names through a LOCAL zod registry (the global one is
 * a module-wide side effect and throws on duplicate ids); the model's `.describe()` texts, which
 * zod keeps in the global registry, are merged in as descriptions.
 */
import {
  AssessmentResultSchema,
  IncidentSchema,
  IssuerSchema,
  LevelRangeSchema,
  PinnedDocumentSchema,
  ReferencePlacementSchema,
  Sha256Schema,
  TlpMarkingSchema,
  AxisGroupSchema,
  AxisSchema,
  CodeSchema,
  ColorSchema,
  ComparisonSchema,
  CompositeMethodSchema,
  ConditionSchema,
  ContactSchema,
  ContributorSchema,
  CountryCodeSchema,
  CutPointSchema,
  DOCUMENT_KINDS,
  DOCUMENT_SCHEMAS,
  KeyringSchema,
  ProviderMetadataSchema,
  RegistryChangesSchema,
  DateSchema,
  DateTimeSchema,
  DecimalSchema,
  DigestsSchema,
  DimensionRatingSchema,
  DimensionSchema,
  DocumentIdSchema,
  DocumentRefSchema,
  DurationSchema,
  EmailSchema,
  EncodingSchema,
  ExtensionsSchema,
  GlossaryEntrySchema,
  IntervalSchema,
  JudgementMethodSchema,
  JustificationSchema,
  LangMapSchema,
  LanguageSchema,
  LanguageTagSchema,
  LevelSchema,
  LicenseSchema,
  MappingRecordSchema,
  MatrixAxisSchema,
  MatrixCellSchema,
  MatrixMethodSchema,
  MaxMethodSchema,
  MethodComponentSchema,
  MethodSchema,
  NormalisationSchema,
  NotificationSchema,
  OptionSchema,
  OrdinalDimensionSchema,
  OrganisationSchema,
  PublisherSchema,
  QuantityBandSchema,
  QuantityDimensionSchema,
  RegistryEntrySchema,
  RegistryPathSchema,
  RelationSchema,
  ResponseSchema,
  RevisionSchema,
  RoundingSchema,
  RuleSchema,
  RulesMethodSchema,
  ScaleRangeSchema,
  ScoreComponentSchema,
  ScoreMethodSchema,
  SemverSchema,
  SentinelSchema,
  SignificanceSchema,
  SimpleMethodSchema,
  SourceSchema,
  StatusSchema,
  ThresholdSchema,
  UrlSchema,
  VerificationSchema,
  schemaUrl,
  type DocumentKind,
} from "@sevscale/core";
import { z } from "zod";
import type { GeneratedFile, Generator } from "./types.js";

/** Metadata of a named shared definition: its `$defs` key and an optional description. */
interface DefMeta {
  id: string;
  description?: string;
}

/**
 * The named shared definitions: `$defs` key and, where the model has no `.describe()`, a
 * one-line description (it becomes the TSDoc of the generated type). Names avoid the globals of
 * TypeScript and the DOM (`Date`, `Response`, `Notification`) so the generated types never
 * shadow them.
 */
const DEFS: ReadonlyArray<readonly [z.ZodType, DefMeta]> = [
  // common
  [LanguageTagSchema, { id: "LanguageTag" }],
  [LangMapSchema, { id: "LangMap" }],
  [SemverSchema, { id: "Semver" }],
  [DocumentIdSchema, { id: "DocumentId" }],
  [DocumentRefSchema, { id: "DocumentRef" }],
  [CodeSchema, { id: "Code" }],
  [DateSchema, { id: "CalendarDate" }],
  [DateTimeSchema, { id: "DateTime" }],
  [UrlSchema, { id: "Url" }],
  [EmailSchema, { id: "Email" }],
  [CountryCodeSchema, { id: "CountryCode" }],
  [DecimalSchema, { id: "Decimal" }],
  [DurationSchema, { id: "Duration" }],
  [StatusSchema, { id: "Status", description: "Document life-cycle status." }],
  [RevisionSchema, { id: "Revision", description: "One entry of a document's revision history." }],
  [SourceSchema, { id: "Source", description: "Where a fact came from: provenance for an encoded public document." }],
  [VerificationSchema, { id: "Verification", description: "How far an encoded fact has been checked against its source." }],
  [LicenseSchema, { id: "License", description: "Licence of a document: an SPDX identifier (or LicenseRef-...), optionally with a URL." }],
  [ContactSchema, { id: "Contact", description: "Point of contact." }],
  [OrganisationSchema, { id: "Organisation", description: "An organisation: the publisher, the issuing authority, an encoder." }],
  [PublisherSchema, { id: "Publisher", description: "Who publishes the document and who issues the scale it encodes." }],
  [EncodingSchema, { id: "Encoding", description: "Who wrote this machine-readable encoding, and whether the issuer endorses it." }],
  [LanguageSchema, { id: "Language", description: "One language of a document, authoritative or an unofficial translation." }],
  [ExtensionsSchema, { id: "Extensions", description: "Extensions: anything a producer needs that the format lacks, under one key." }],
  // conditions
  [ThresholdSchema, { id: "Threshold", description: "A threshold for a quantity comparison: a fixed amount, the smaller or larger of several thresholds, or a percentage of another quantity fact." }],
  [ComparisonSchema, { id: "Comparison", description: "Comparison operator for quantities." }],
  [ConditionSchema, { id: "Condition", description: "A rule condition: all / any / not; options in a set, at least or at most an option; a quantity compared with a threshold; or always." }],
  // methods
  [RuleSchema, { id: "Rule", description: "One rule: when the condition holds, the incident is at `level`." }],
  [RulesMethodSchema, { id: "RulesMethod", description: "Ordered rules, taken first-match or most-severe." }],
  [ScoreComponentSchema, { id: "ScoreComponent", description: "One dimension's part of a score." }],
  [NormalisationSchema, { id: "Normalisation", description: "Normalisation of the raw weighted sum." }],
  [CutPointSchema, { id: "CutPoint", description: "Score to level: the most severe level whose `atLeast` the score reaches." }],
  [RoundingSchema, { id: "Rounding", description: "Rounding of the final score: a number of decimals and a mode." }],
  [ScoreMethodSchema, { id: "ScoreMethod", description: "A weighted score with optional cut points." }],
  [AxisGroupSchema, { id: "AxisGroup", description: "A named group of a dimension's options that acts as one value on a matrix axis." }],
  [MatrixAxisSchema, { id: "MatrixAxis", description: "One axis of a matrix: a dimension, with its options grouped or one by one." }],
  [MatrixCellSchema, { id: "MatrixCell", description: "One matrix cell: the axis values and the level." }],
  [MatrixMethodSchema, { id: "MatrixMethod", description: "A lookup over two or more dimensions." }],
  [QuantityBandSchema, { id: "QuantityBand", description: "A band of a quantity that rates to a level, from `atLeast` upwards." }],
  [DimensionRatingSchema, { id: "DimensionRating", description: "How one dimension rates to a level on its own: per option, or by bands of a quantity." }],
  [MaxMethodSchema, { id: "MaxMethod", description: "Each dimension rated to a level separately; the overall level is the most severe." }],
  [JudgementMethodSchema, { id: "JudgementMethod", description: "Descriptive criteria only: an analyst decides, guided by the level definitions." }],
  [SimpleMethodSchema, { id: "SimpleMethod", description: "A method that is not a composition." }],
  [MethodComponentSchema, { id: "MethodComponent", description: "One component of a composite method." }],
  [CompositeMethodSchema, { id: "CompositeMethod", description: "Most severe of several components." }],
  [MethodSchema, { id: "Method", description: "How the scale decides a level from an incident's facts." }],
  // scale
  [ColorSchema, { id: "Color", description: "Display colour of a level: hex (#RRGGBB) and/or a name." }],
  [ResponseSchema, { id: "LevelResponse", description: "What happens at a level: who responds, what they do, how it escalates." }],
  [NotificationSchema, { id: "LevelNotification", description: "A notification obligation at a level." }],
  [LevelSchema, { id: "Level", description: "One level of the scale; levels are listed least to most severe." }],
  [SentinelSchema, { id: "Sentinel", description: "A value outside the order: unknown, not assessed, out of scope." }],
  [SignificanceSchema, { id: "Significance", description: "The first level that counts as significant." }],
  [AxisSchema, { id: "Axis", description: "One parallel axis of assessment." }],
  [OptionSchema, { id: "Option", description: "One option of an ordinal dimension; options are listed least to most severe." }],
  [OrdinalDimensionSchema, { id: "OrdinalDimension", description: "A dimension with ordered options." }],
  [QuantityDimensionSchema, { id: "QuantityDimension", description: "A numeric quantity with a unit." }],
  [DimensionSchema, { id: "Dimension", description: "An impact dimension the scale looks at." }],
  [GlossaryEntrySchema, { id: "GlossaryEntry", description: "A national term and its definition." }],
  // mapping
  [RelationSchema, { id: "Relation", description: "SKOS mapping relation, or noMatch." }],
  [JustificationSchema, { id: "Justification", description: "How a mapping record was justified." }],
  [IntervalSchema, { id: "Interval", description: "An interval of object levels, least severe to most severe." }],
  [MappingRecordSchema, { id: "MappingRecord", description: "One mapping record: a subject level, its object interval and relation." }],
  [ScaleRangeSchema, { id: "ScaleRange", description: "A scale referred to by a mapping: its id and a semver range of versions." }],
  [ContributorSchema, { id: "Contributor", description: "A person or organisation who authored or reviewed a mapping." }],
  // registry
  [DigestsSchema, { id: "Digests", description: "Lower-case hex digests of a document's RFC 8785 canonical bytes." }],
  [RegistryPathSchema, { id: "RegistryPath", description: "A path inside the registry: relative, forward slashes, no dot segments." }],
  [RegistryEntrySchema, { id: "RegistryEntry", description: "One document listed by the registry index." }],
  [RegistryChangesSchema.shape.changes.element, { id: "RegistryChange", description: "One change of the feed: what happened to one listed document, and at which index sequence." }],
  // assessment
  [TlpMarkingSchema, { id: "TlpMarking", description: "TLP 2.0 marking." }],
  [Sha256Schema, { id: "Sha256", description: "Lower-case hex SHA-256 of a document's RFC 8785 canonical bytes." }],
  [PinnedDocumentSchema, { id: "PinnedDocument", description: "One exact version of a document: id, version and canonical SHA-256." }],
  [IncidentSchema, { id: "Incident", description: "The incident assessed: the issuer's reference and an optional title." }],
  [IssuerSchema, { id: "Issuer", description: "The CSIRT that issues the assessment, and how to reach it." }],
  [LevelRangeSchema, { id: "LevelRange", description: "The levels still possible, least severe first, by code." }],
  [AssessmentResultSchema, { id: "AssessmentResult", description: "One level, or the range still possible; with the score when there is one." }],
  [ReferencePlacementSchema, { id: "ReferencePlacement", description: "Where the result sits on the reference scale, and the mapping that says so." }],
];

/**
 * The other files a registry publishes (docs/registry.md): the keyring (a document kind of its
 * own, defined with the signatures in `integrity/`, not among `DOCUMENT_KINDS`), the provider
 * metadata and the change feed (not documents: no `$schema`, never signed on their own). A mirror
 * or a reader checks them.
 */
export const REGISTRY_FILE_SCHEMAS = ["keyring", "provider", "changes"] as const;
/** A name with a published JSON Schema: a document kind or a registry file. */
export type SchemaName = DocumentKind | (typeof REGISTRY_FILE_SCHEMAS)[number];
/** Every published JSON Schema, documents first. */
export const SCHEMA_NAMES: readonly SchemaName[] = [...DOCUMENT_KINDS, ...REGISTRY_FILE_SCHEMAS];

/** The zod schema each published JSON Schema is generated from. */
const SOURCES: Record<SchemaName, z.ZodType> = {
  ...DOCUMENT_SCHEMAS,
  keyring: KeyringSchema,
  provider: ProviderMetadataSchema,
  changes: RegistryChangesSchema,
};

/** The `$id` of a published schema: the documents' `$schema` URL, and the same base for the registry files. */
export function publishedSchemaUrl(name: SchemaName): string {
  return schemaUrl("scale").replace(/scale\.schema\.json$/, `${name}.schema.json`);
}

/** Title and description of each published schema's root; the title names the generated type. */
const ROOTS: Record<SchemaName, { title: string; description: string }> = {
  scale: {
    title: "Scale",
    description: "A sevscale Scale document: a national (or regional, sectoral, organisational) cyber-incident severity scale.",
  },
  mapping: {
    title: "Mapping",
    description: "A sevscale Mapping document: how the levels of one scale relate to another, usually the common reference scale.",
  },
  assessment: {
    title: "Assessment",
    description: "A sevscale Assessment document: one CSIRT's severity rating of one incident, with the exact scale it was rated on.",
  },
  registry: {
    title: "RegistryIndex",
    description: "A sevscale Registry index: a publishable collection of scales and mappings with their digests.",
  },
  keyring: {
    title: "Keyring",
    description: "A sevscale keyring: the public keys (Ed25519 JWKs) a verifier trusts, with their validity windows and the id namespaces each may sign.",
  },
  provider: {
    title: "ProviderMetadata",
    description: "The provider metadata a sevscale registry publishes at .well-known/sevscale.json: who publishes it, how to reach them, and where its index, signature, keyring and change feed are.",
  },
  changes: {
    title: "RegistryChanges",
    description: "The change feed of a sevscale registry (changes.json), newest first: what each index sequence added, modified, withdrew or removed.",
  },
};

/**
 * A local registry that also reads the model's `.describe()` texts. zod 4 stores those in the
 * global registry, which `toJSONSchema` would otherwise consult only when no `metadata` is given;
 * ids are never taken from the global registry, so another module's registrations cannot leak in.
 */
class DefsRegistry extends z.core.$ZodRegistry<DefMeta> {
  override get<S extends z.core.$ZodType>(schema: S): DefMeta | undefined {
    const { id: _ignored, ...fromModel } = z.globalRegistry.get(schema) ?? {};
    const own = super.get(schema);
    const merged = { ...fromModel, ...own };
    return Object.keys(merged).length > 0 ? (merged as DefMeta) : undefined;
  }
}

function buildRegistry(): DefsRegistry {
  const registry = new DefsRegistry();
  for (const [schema, meta] of DEFS) registry.add(schema, meta);
  return registry;
}

/** A JSON value, as written into a schema file. */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Where each generated schema file lives, relative to the repository root. */
export function jsonSchemaPath(kind: SchemaName): string {
  return `packages/schemas/json/${kind}.schema.json`;
}

/** Fixed order of the root's keywords; anything else follows in zod's (deterministic) order. */
const ROOT_ORDER = ["$schema", "$id", "$comment", "title", "description", "type", "properties", "required", "additionalProperties", "$defs"];

/** The JSON Schema of one document kind, as a plain JSON object. Deterministic. */
export function buildJsonSchema(kind: SchemaName): { [key: string]: Json } {
  const raw = z.toJSONSchema(SOURCES[kind], {
    target: "draft-2020-12",
    io: "input",
    metadata: buildRegistry(),
    unrepresentable: "throw",
    cycles: "ref",
    reused: "inline",
  }) as { [key: string]: Json };
  const defs = raw["$defs"] as { [key: string]: Json } | undefined;
  const unnamed = Object.keys(defs ?? {}).filter((k) => k.startsWith("__schema"));
  if (unnamed.length > 0) throw new Error(`${kind}: unnamed $defs ${unnamed.join(", ")}; name the schema in scripts/gen/json-schema.ts DEFS`);
  const root: { [key: string]: Json } = {
    ...raw,
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: publishedSchemaUrl(kind),
    $comment: `Generated from the zod model in @sevscale/core by scripts/gen/json-schema.ts; do not edit.`,
    title: ROOTS[kind].title,
    description: ROOTS[kind].description,
  };
  if (defs) root["$defs"] = Object.fromEntries(Object.keys(defs).sort().map((k) => [k, defs[k]!]));
  const ordered: { [key: string]: Json } = {};
  for (const key of ROOT_ORDER) if (key in root) ordered[key] = root[key]!;
  for (const key of Object.keys(root)) if (!(key in ordered)) ordered[key] = root[key]!;
  return ordered;
}

/** 2-space JSON with a trailing newline: the bytes of a generated `.json` file. */
export function formatJson(value: Json): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The exported constant's name for a kind's JSON Schema (`scaleJsonSchema`, ...). */
export function jsonSchemaConstName(kind: SchemaName): string {
  return `${kind}JsonSchema`;
}

/** A TypeScript module exporting the schema object `as const`. */
function schemaModule(kind: SchemaName, schema: Json): string {
  return [
    "// Generated by scripts/gen/json-schema.ts from the zod model in @sevscale/core; do not edit.",
    `// The same object as packages/schemas/json/${kind}.schema.json.`,
    "",
    `/** JSON Schema (draft 2020-12) of the ${ROOTS[kind].title}${(DOCUMENT_KINDS as readonly string[]).includes(kind) ? " document" : " file"}. */`,
    `export const ${jsonSchemaConstName(kind)} = ${JSON.stringify(schema, null, 2)} as const;`,
    "",
  ].join("\n");
}

/** The JSON Schema generator: one `.schema.json` and one TypeScript module per document kind. */
export const jsonSchemaGenerator: Generator = {
  name: "json-schema",
  async generate(): Promise<readonly GeneratedFile[]> {
    return SCHEMA_NAMES.flatMap((kind) => {
      const schema = buildJsonSchema(kind);
      return [
        { path: jsonSchemaPath(kind), content: formatJson(schema) },
        { path: `packages/schemas/src/generated/${kind}-json-schema.ts`, content: schemaModule(kind, schema) },
      ];
    });
  },
};
