export type { BuildRegistryOptions, BuildRegistryResult } from "./build.js";
export { buildRegistry } from "./build.js";
export type { LoadedDocument, LoadedRegistry, LoadRegistryOptions } from "./load.js";
export type { CheckedEntry, CheckedRegistry, RegistryCheckStats } from "./load.js";
export { checkRegistry, loadRegistry } from "./load.js";
export type { HttpSourceOptions } from "./http-source.js";
export { httpSource, registryBaseUrl } from "./http-source.js";
export { directorySource } from "./dir-source.js";
export type { RegistryFinding, RegistryProgress, RegistrySource, SourceRead } from "./source.js";
