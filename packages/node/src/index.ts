/**
 * @sevscale/node — Node.js I/O for sevscale.
 * @packageDocumentation
 */
export type { ReadDocument, ReadDocumentFailure, ReadDocumentResult } from "./read-document-file.js";
export { readDocumentFile } from "./read-document-file.js";
