/**
 * @sevscale/node — Node.js I/O for sevscale: read documents with positions, walk directories,
 * atomic writes, key, digest and signature files, registry build and load.
 * @packageDocumentation
 */
export type { CollectedFiles } from "./collect.js";
export { collectJsonFiles } from "./collect.js";
export type { ReadBytes, ReadDocument, ReadDocumentFailure, ReadDocumentOptions, ReadDocumentResult, TextFileResult } from "./read-document-file.js";
export { STDIN_PATH, TEXT_FILE_LIMIT, readBoundedFile, readDocumentFile, readTextFile } from "./read-document-file.js";
export type { WriteFileAtomicOptions } from "./atomic-write.js";
export { FileWriteError, makeFolder, writeFileAtomic } from "./atomic-write.js";
export type { JwkFileResult, KeyPairPaths } from "./key-files.js";
export { readJwkFile, writeKeyPair } from "./key-files.js";
export { defaultKeyFolder, enclosingGitWorkTree } from "./key-folder.js";
export type { DigestFilesResult, WriteDigestFilesOptions } from "./digest-files.js";
export { verifyDigestFiles, writeDigestFiles } from "./digest-files.js";
export type { SignFileResult, VerifyFileOptions, VerifyFileResult } from "./sign-files.js";
export { signFile, verifyFile } from "./sign-files.js";
export type { KeyringFileResult } from "./keyring-file.js";
export { readKeyringFile } from "./keyring-file.js";
export * from "./registry/index.js";
export type { FileReport, ValidateFilesOptions } from "./validate-files.js";
export { validateFiles } from "./validate-files.js";
export type { DocumentOf, ExpectedKind, LoadDocumentOptions, LoadedDocument, LoadFailure, LoadMappingForOptions, LoadResult, LoadScaleForOptions } from "./load-document.js";
export { REFERENCE_SCALE_NAME, findMappingFor, isReferenceScaleName, loadDocument, loadMappingFor, loadScaleFor, mappingCandidates, resolverFor } from "./load-document.js";
export type { ServeOptions, StaticServer } from "./serve.js";
export { serveStatic } from "./serve.js";
