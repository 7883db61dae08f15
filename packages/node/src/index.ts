/**
 * @sevscale/node — Node.js I/O for sevscale: atomic writes, key files, digest and signature files.
 * @packageDocumentation
 */
export type { WriteFileAtomicOptions } from "./atomic-write.js";
export { writeFileAtomic } from "./atomic-write.js";
export type { JwkFileResult, KeyPairPaths } from "./key-files.js";
export { readJwkFile, writeKeyPair } from "./key-files.js";
export type { DigestFilesResult } from "./digest-files.js";
export { verifyDigestFiles, writeDigestFiles } from "./digest-files.js";
export type { SignFileResult, VerifyFileOptions } from "./sign-files.js";
export { signFile, verifyFile } from "./sign-files.js";
