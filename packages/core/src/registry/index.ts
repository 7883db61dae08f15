export type { RegistryDocumentKind } from "./layout.js";
export {
  MAX_REGISTRY_PATH_LENGTH,
  REGISTRY_INDEX_FILE,
  REGISTRY_KEYRING_FILE,
  registryBaseName,
  registryDocumentPath,
  registryPathProblem,
  sidecarPaths,
} from "./layout.js";
export type { RegistryIndexMeta } from "./index-build.js";
export { buildRegistryIndex, compareRegistryPaths, latestDocumentInstant } from "./index-build.js";
export type { IndexedEntry, RegistryIndexCheck } from "./check-index.js";
export { checkRegistryIndex } from "./check-index.js";
export { checkEntryDocument } from "./check-entry.js";
export type { CheckEntryFilesOptions, EntryFilesCheck, RegistryFileFinding, RegistryRead } from "./check-entry-files.js";
export { DIGEST_FILE_LIMIT, SIGNATURE_FILE_LIMIT, checkEntryFiles } from "./check-entry-files.js";
export type { CheckSourceOptions, SourceCheck } from "./source-check.js";
export { checkSourceDocument, findPrivateJwks } from "./source-check.js";
export { REGISTRY_MESSAGES } from "./messages.js";
export type { IndexSignatureStatus, RegistryRecord, RegistryRecordEntry, RegistryState } from "./freshness.js";
export { RegistryRecordSchema, RegistryStateSchema, checkRegistryFreshness, emptyRegistryState, registryRecordOf } from "./freshness.js";
export type { ProviderMetadata, ProviderPublisher, RegistryChange, RegistryChanges } from "./discovery.js";
export {
  CHANGES_CSV_FILE,
  CHANGES_FILE,
  CHANGE_KINDS,
  INDEX_SIGNATURE_FILE,
  PROVIDER_METADATA_FILE,
  ProviderMetadataSchema,
  RegistryChangesSchema,
  changesToCsv,
  nextChangeFeed,
  providerMetadata,
  registryChanges,
} from "./discovery.js";
