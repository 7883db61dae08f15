/**
 * @sevscale/core — pure, isomorphic core of sevscale. No `node:` imports, no I/O, no console.
 *
 * Every public name is listed here, grouped by area as in docs/architecture.md; anything not listed
 * is internal. `docs/api.md` is generated from this file (`pnpm run gen`).
 * @packageDocumentation
 */

// Issues: the coded finding every function returns, its catalogue and rendering.
export type {
  Issue,
  IssueParams,
  MessageCatalog,
  MessageCode,
  MessageDefinition,
  Severity,
} from "./issues/index.js";
export {
  MESSAGE_CATALOG,
  SevscaleError,
  defineMessages,
  fromPointer,
  hasErrors,
  ISSUES_PER_CODE,
  MESSAGE_LIST_LIMIT,
  MESSAGE_PARAM_LIMIT,
  boundIssues,
  renderMessage,
  renderSeverity,
  toPointer,
} from "./issues/index.js";

// Escaping: untrusted text made safe for a terminal or an export (control and bidirectional characters shown as \uXXXX).
export { UNSAFE_TEXT, clipText, escapeJsonText, escapeText, hasUnsafeText, unsafeCharacters } from "./escape/index.js";

// i18n: the language list and the shape of a locale (the locales are the `@sevscale/core/locales/<lang>` subpaths).
export type { ComparisonWords, Language, Locale, MessageTerms, NumberLocale, ParamsOf, PartialLocale, Placeholders, RenderTerms, TemplatesOf, Terms, ValueKind, ValueWords } from "./i18n/index.js";
export { LANGUAGES, defineLocale, formatNumber, isLanguage, languageOfTag, templates } from "./i18n/index.js";

// Model: the zod schemas of the document kinds (the one source of truth) and their types.
export type {
  AxisGroup,
  Color,
  CompositeMethod,
  Condition,
  Crosswalk,
  CrosswalkBand,
  CrosswalkEntry,
  CutPoint,
  BooleanDimension,
  Digests,
  Dimension,
  DimensionRating,
  DocumentKind,
  ImpliedValues,
  Interval,
  JudgementMethod,
  Justification,
  Level,
  Mapping,
  MappingInput,
  MappingRecord,
  MatrixAxis,
  MatrixCell,
  MatrixMethod,
  MaxMethod,
  Method,
  MethodComponent,
  NominalDimension,
  Normalisation,
  Option,
  OrdinalDimension,
  QuantityDimension,
  RegistryEntry,
  RegistryIndex,
  RegistryIndexInput,
  RegistryProvider,
  Withdrawal,
  Relation,
  Rounding,
  Rule,
  RulesMethod,
  Scale,
  ScaleInput,
  ScoreComponent,
  ScoreMethod,
  Notification,
  NotificationStage,
  RelatedScale,
  ScaleRelation,
  Sentinel,
  SimpleMethod,
  Threshold,
  Assessment,
  AssessmentInput,
  AssessmentResult,
  PinnedDocument,
  ReferencePlacement,
  TlpMarking,
} from "./model/index.js";
export {
  AxisGroupSchema,
  AxisSchema,
  BooleanDimensionSchema,
  CodeSchema,
  ColorSchema,
  ComparisonSchema,
  CompositeMethodSchema,
  ConditionSchema,
  ContactSchema,
  ContributorSchema,
  CountryCodeSchema,
  CrosswalkBandSchema,
  CrosswalkEntrySchema,
  CrosswalkSchema,
  CutPointSchema,
  DOCUMENT_KINDS,
  DOCUMENT_SCHEMAS,
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
  ImpliedValuesSchema,
  IntervalSchema,
  JudgementMethodSchema,
  JustificationSchema,
  LangMapSchema,
  LanguageSchema,
  LanguageTagSchema,
  LevelSchema,
  LicenseSchema,
  MappingRecordSchema,
  MappingSchema,
  MatrixAxisSchema,
  MatrixCellSchema,
  MatrixMethodSchema,
  MaxMethodSchema,
  MethodComponentSchema,
  MethodSchema,
  NominalDimensionSchema,
  NormalisationSchema,
  NotificationEventSchema,
  NotificationSchema,
  NotificationStageSchema,
  RelatedScaleSchema,
  ScaleRelationSchema,
  OptionSchema,
  OrdinalDimensionSchema,
  OrganisationSchema,
  PublisherSchema,
  QuantityBandSchema,
  QuantityDimensionSchema,
  RegistryEntrySchema,
  RegistryIndexSchema,
  RegistryPathSchema,
  RegistryProviderSchema,
  WithdrawalSchema,
  RelationSchema,
  ResponseSchema,
  RevisionSchema,
  RoundingSchema,
  RuleSchema,
  RulesMethodSchema,
  ScaleRangeSchema,
  ScaleSchema,
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
  AssessmentResultSchema,
  AssessmentSchema,
  IncidentSchema,
  IssuerSchema,
  LevelRangeSchema,
  PinnedDocumentSchema,
  ReferencePlacementSchema,
  Sha256Schema,
  TLP_MARKINGS,
  TlpMarkingSchema,
  detectKind,
  schemaUrl,
} from "./model/index.js";

// Reference: the built-in reference scale (CRS).
export { REFERENCE_SCALE, REFERENCE_SCALE_ID, identityMapping, intervalText } from "./reference/index.js";

// Parse: strict JSON parsing of untrusted bytes, with positions.
export type {
  JsonSyntaxReason,
  Locate,
  LocatePart,
  ParseJsonOptions,
  ParsedJson,
  ParsedJsonFailure,
  ParsedJsonSuccess,
  PositionedIssue,
  SourcePosition,
} from "./parse/index.js";
export {
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_DEPTH,
  safeParseJsonDocument,
  resolveParseLimits,
  utf8ByteLength,
  withPositions,
} from "./parse/index.js";

// Validate: structure, then meaning, of a scale, mapping, registry index or assessment.
export type {
  LocatedIssue,
  ScaleResolver,
  TextValidationResult,
  ValidateCode,
  ValidateOptions,
  ValidationResult,
} from "./validate/index.js";
export {
  locateIssues,
  pickScaleVersion,
  scaleResolverFor,
  structureIssues,
  validateDocument,
  validateAssessment,
  validateMapping,
  validateRegistryIndex,
  validateScale,
  validateText,
} from "./validate/index.js";

// Classify: an incident's facts to a level of a scale, with a trace.
export type {
  BatchColumn,
  BatchOptions,
  Classifier,
  ClassifyResult,
  ClassifyStatus,
  DecidedBy,
  SentinelOutcome,
  TraceStep,
} from "./classify/index.js";
export {
  classify,
  classifyBatch,
  compileClassifier,
  lowerDimension,
  renderTrace,
  renderTraceStep,
} from "./classify/index.js";

// Decimal: the rounding modes of exact scores.
export type { RoundingMode, RoundingRule } from "./decimal/index.js";
export { ROUNDING_MODES } from "./decimal/index.js";

// Semver: versions and version ranges, read as node-semver 7 reads them (strict mode; docs/format.md, "Version ranges").
export { compareVersionsDescending } from "./semver/compare.js";
export { satisfies } from "./semver/satisfies.js";

// Translate: a level of one scale to the reference and to another scale.
export type {
  ChainStep,
  ChainTerm,
  DeepReadonly,
  ExplainedBand,
  ExplainedLevel,
  ExplainedSide,
  Explanation,
  MappedScale,
  ReferenceInterval,
  ReferenceResult,
  Text,
  ToReferenceOptions,
  TranslateOptions,
  TranslateResult,
  TranslationCandidate,
  TranslationReference,
  TranslationRelation,
  TranslationSource,
} from "./translate/index.js";
export {
  createTranslator,
  renderExplanation,
  toReference,
  translate,
} from "./translate/index.js";

// Compare: scales side by side on the reference, and their Markdown and CSV exports.
export type {
  Alignment,
  AlignmentCell,
  AlignmentCellLevel,
  AlignmentCompanionOf,
  AlignmentLevel,
  AlignmentRelated,
  AlignmentRow,
  AlignmentScale,
  CompareOptions,
  CsvOptions,
  PairwiseAlignment,
  RelatedScaleView,
  RelatedTerms,
} from "./compare/index.js";
export {
  DEFAULT_PAIRWISE_BUDGET,
  RELATION_SYMBOL,
  alignmentToCsv,
  alignmentToMarkdown,
  compare,
  escapeMarkdownCell,
  refNames,
  relatedWords,
} from "./compare/index.js";

// Progress: the one shape of every progress callback (a progress line on a terminal).
export type { Progress, ProgressPhase } from "./progress.js";

// Audit: a mapping checked against both scales' own criteria through its crosswalk (docs/audit.md).
export type { AuditCellValue, AuditExample, AuditFinding, AuditOptions, AuditResult, CrosswalkReading } from "./audit/index.js";
export { AUDIT_MESSAGES, DEFAULT_AUDIT_BUDGET, DEFAULT_AUDIT_SEED, auditMapping, crosswalkIntervals, readThroughCrosswalk } from "./audit/index.js";

// Diff: the changes between two versions of a document and the semver bump they require.
export type {
  Bump,
  Change,
  ChangeKind,
  DeclaredBump,
  DiffExample,
  DiffOptions,
  DiffResult,
  LevelOracle,
  RequiredBump,
} from "./diff/index.js";
export { bumpSatisfies, declaredBump, diffDocuments, requiredBump, requiredVersion } from "./diff/index.js";

// Integrity: canonical form, digests, keys, keyrings, signatures.
export type {
  CanonicalResult,
  DigestAlgorithm,
  DigestFileEntry,
  DigestFileResult,
  DocumentDigest,
  DocumentDigestResult,
  KeyPair,
  Keyring,
  KeyringKey,
  PrivateJwk,
  PublicJwk,
  VerificationKeys,
  VerifyOptions,
  VerifyResult,
} from "./integrity/index.js";
export {
  KID_PATTERN,
  KeyringSchema,
  assertCanonicalBytes,
  assertCanonicalJson,
  assertDocumentDigest,
  assertDocumentSignature,
  checkDigestFile,
  documentNamespace,
  formatDigestFile,
  generateKeyPair,
  jwkProblem,
  jwkThumbprint,
  keyringCovers,
  parseKeyring,
  privateKeyProblem,
  safeCanonicalBytes,
  safeDocumentDigest,
  sha256Hex,
  sha512Hex,
  toPublicJwk,
  validateKeyring,
  verifyDocument,
} from "./integrity/index.js";

// Registry: the static registry's layout, index and entry checks.
export type {
  CheckEntryFilesOptions,
  CheckSourceOptions,
  IndexSignatureStatus,
  EntryFilesCheck,
  IndexedEntry,
  ProviderMetadata,
  ProviderPublisher,
  RegistryChange,
  RegistryChanges,
  RegistryRecord,
  RegistryRecordEntry,
  RegistryState,
  RegistryDocumentKind,
  RegistryIndexCheck,
  RegistryFileFinding,
  RegistryIndexMeta,
  RegistryRead,
  SourceCheck,
} from "./registry/index.js";
export {
  CHANGES_CSV_FILE,
  CHANGES_FILE,
  CHANGE_KINDS,
  INDEX_SIGNATURE_FILE,
  PROVIDER_METADATA_FILE,
  ProviderMetadataSchema,
  REGISTRY_INDEX_FILE,
  REGISTRY_KEYRING_FILE,
  RegistryChangesSchema,
  RegistryRecordSchema,
  RegistryStateSchema,
  buildRegistryIndex,
  changesToCsv,
  checkRegistryFreshness,
  emptyRegistryState,
  nextChangeFeed,
  providerMetadata,
  registryChanges,
  registryRecordOf,
  checkEntryDocument,
  checkEntryFiles,
  checkRegistryIndex,
  checkSourceDocument,
  latestDocumentInstant,
  registryBaseName,
  registryDocumentPath,
  registryPathProblem,
  sidecarPaths,
} from "./registry/index.js";

// Assessment: one CSIRT's signed severity rating of one incident, received and read in another scale.
export type {
  AssessmentCode,
  AssessmentMeta,
  AssessmentThread,
  CreateAssessmentResult,
  MispTagOptions,
  RatingChange,
  ReceiveContext,
  ReceiveResult,
  StixBundle,
  StixObject,
  ThreadStep,
} from "./assessment/index.js";
export {
  ASSESSMENT_MESSAGES,
  MISP_LEVEL_PREDICATE,
  SEVSCALE_STIX_NAMESPACE,
  STIX_EXTENSION_SCHEMA_URL,
  TLP_MISP_TAGS,
  TLP_STIX_MARKINGS,
  assessmentId,
  assessmentThread,
  assessmentToMispTags,
  assessmentToStixBundle,
  createAssessment,
  describeResult,
  issuerOf,
  pinDocument,
  placeOnReference,
  ratingChange,
  receiveAssessment,
  resultBounds,
  resultFromClassification,
  sameResult,
} from "./assessment/index.js";
