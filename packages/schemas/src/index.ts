/**
 * @sevscale/schemas — JSON Schema (draft 2020-12) and TypeScript declarations of the sevscale
 * documents, generated from the zod model of @sevscale/core (scripts/gen/json-schema.ts and
 * scripts/gen/ts-types.ts). For consumers who validate with a JSON Schema validator such as ajv
 * and type their code without zod. The registry's provider metadata (`.well-known/sevscale.json`)
 * and change feed (`changes.json`), and keyrings, have a schema and types too. The generated files are never
 * edited by hand.
 * @packageDocumentation
 */
import { assessmentJsonSchema } from "./generated/assessment-json-schema.js";
import { changesJsonSchema } from "./generated/changes-json-schema.js";
import { keyringJsonSchema } from "./generated/keyring-json-schema.js";
import { mappingJsonSchema } from "./generated/mapping-json-schema.js";
import { providerJsonSchema } from "./generated/provider-json-schema.js";
import { registryJsonSchema } from "./generated/registry-json-schema.js";
import { scaleJsonSchema } from "./generated/scale-json-schema.js";

export { assessmentJsonSchema, changesJsonSchema, keyringJsonSchema, mappingJsonSchema, providerJsonSchema, registryJsonSchema, scaleJsonSchema };

/** The JSON Schema of each document kind, keyed by the document's `kind`. */
export const documentJsonSchemas = {
  scale: scaleJsonSchema,
  mapping: mappingJsonSchema,
  registry: registryJsonSchema,
  assessment: assessmentJsonSchema,
} as const;

/**
 * The JSON Schema of each other file a registry publishes, keyed by its `kind`: `keyring` for
 * `keyring.json` (and any keyring), `provider` for `.well-known/sevscale.json`, `changes` for
 * `changes.json`.
 */
export const registryFileJsonSchemas = {
  keyring: keyringJsonSchema,
  provider: providerJsonSchema,
  changes: changesJsonSchema,
} as const;

export type {
  Axis,
  AxisGroup,
  CalendarDate,
  Code,
  Color,
  Comparison,
  CompositeMethod,
  Condition,
  Contact,
  CountryCode,
  CutPoint,
  Decimal,
  Dimension,
  DimensionRating,
  DocumentId,
  DocumentRef,
  Duration,
  Email,
  Encoding,
  Extensions,
  GlossaryEntry,
  JudgementMethod,
  LangMap,
  Language,
  LanguageTag,
  Level,
  LevelNotification,
  LevelResponse,
  License,
  MatrixAxis,
  MatrixCell,
  MatrixMethod,
  MaxMethod,
  Method,
  MethodComponent,
  Normalisation,
  Option,
  OrdinalDimension,
  Organisation,
  Publisher,
  QuantityBand,
  QuantityDimension,
  Revision,
  Rounding,
  Rule,
  RulesMethod,
  Scale,
  ScoreComponent,
  ScoreMethod,
  Semver,
  Sentinel,
  Significance,
  SimpleMethod,
  Source,
  Status,
  Threshold,
  Url,
  Verification,
} from "./generated/scale.js";
export type { Contributor, Interval, Justification, Mapping, MappingRecord, Relation, ScaleRange } from "./generated/mapping.js";
export type { DateTime, Digests, RegistryEntry, RegistryIndex, RegistryPath } from "./generated/registry.js";
export type {
  Assessment,
  AssessmentResult,
  Incident,
  Issuer,
  LevelRange,
  PinnedDocument,
  ReferencePlacement,
  Sha256,
  TlpMarking,
} from "./generated/assessment.js";
export type { Keyring } from "./generated/keyring.js";
export type { ProviderMetadata } from "./generated/provider.js";
export type { RegistryChange, RegistryChanges } from "./generated/changes.js";
