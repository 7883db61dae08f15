/**
 * @sevscale/node — Node.js I/O for sevscale: read documents with positions, walk directories,
 * atomic writes, registry build and load, key files.
 * @packageDocumentation
 */
export type { CollectedFiles } from "./collect.js";
export { collectJsonFiles } from "./collect.js";
export type { ReadDocument, ReadDocumentFailure, ReadDocumentResult } from "./read-document-file.js";
export { readDocumentFile } from "./read-document-file.js";
