/** Pinning a document: its id, version and the SHA-256 of its canonical bytes (synchronous). */
import { assertCanonicalBytes } from "../integrity/canonical.js";
import { sha256HexSync } from "../integrity/digest.js";
import type { PinnedDocument } from "../model/assessment.js";

/** `{id, version, sha256}` of a document; throws SevscaleError when it has no canonical form. */
export function pinDocument(doc: { readonly id: string; readonly version: string }): PinnedDocument {
  return { id: doc.id, version: doc.version, sha256: sha256HexSync(assertCanonicalBytes(doc)) };
}
