/** English wording of the registry messages. */
import type { REGISTRY_MESSAGES } from "../../registry/messages.js";
import { templates } from "../../i18n/templates.js";

export const registry = templates<typeof REGISTRY_MESSAGES>()({
  registry_source_kind: "This is a {found} document; a registry is built from scale and mapping documents only.",
  registry_private_key: "This value is a private key (a JWK with member \"d\"): private keys never go into a registry. Remove it, and treat the key as compromised if the file was shared.",
  registry_duplicate_version: "{id} version {version} is also in {other} with different content; one version of a document has one content.",
  registry_release_modified: "{id} version {version} is already released ({status}) in the registry with other content (SHA-256 {listed}, now {actual}). A released version is immutable: publish the change as a new version.",
  registry_output_overlaps_source: "The registry directory {out} and the source {source} overlap; build the registry outside its sources.",
  registry_write_failed: "Could not write {path} ({reason}); the files already written are complete, and the index still lists only files that verify.",
  registry_existing_invalid: "The registry already in {path} does not check clean (see the findings listed with it); it is not updated until it is repaired.",
  registry_source_unsupported: "{source} is neither a directory nor an http(s) URL.",
  registry_index_invalid: "The registry index does not have the required structure here ({detail}).",
  registry_path_unsafe: "The path \"{path}\" is refused ({reason}): registry paths are relative, use forward slashes, have no \".\" or \"..\" segments and stay inside the registry. It was not read.",
  registry_path_unexpected: "The document is stored at \"{path}\"; the registry layout puts it at \"{expected}\".",
  registry_entry_mismatch: "The index says {member} is \"{listed}\", but the document says \"{actual}\".",
  registry_digest_mismatch: "The {algorithm} digest of the document's canonical form is {actual}, but the index lists {listed}: the document changed after the index was built.",
  registry_signature_missing: "The index lists the signature {path}, but it cannot be read.",
  registry_kid_mismatch: "The index says the document is signed with key {listed}, but its signature names key {actual}.",
  document_unsigned: "{path} is not signed, and no key of the keyring may sign its namespace: it is only as trustworthy as the registry's host.",
  registry_signatures_unchecked: "{count} signatures were not verified because no keyring was given.",
  registry_file_unlisted: "{path} is in the registry directory but not listed in the index.",
  registry_fetch_failed: "Could not fetch {url} ({reason}).",
  registry_fetch_status: "Fetching {url} answered HTTP {status}.",
  registry_redirect_refused: "{url} redirects to {location}, outside the registry's base URL; the redirect was not followed.",
  registry_argument_invalid: "{option} \"{value}\" is not valid: expected {expected}. Nothing was written.",
  registry_carried_unverified: "{id} version {version} is carried over from the registry (its source is not among the sources), and its signature does not verify ({reason}). A build never signs what it did not read from its sources: restore the published document, or put its source among the sources.",
  registry_carried_unsigned: "{id} version {version} is carried over from the registry unsigned, and this build signs: a build never signs what it did not read from its sources. Put its source among the sources so that it is checked and signed.",
  document_signature_required: "{path} is not signed, but the keyring has keys for its namespace \"{namespace}\": a document of a namespace the keyring covers must be signed by a key allowed for it. It was not loaded.",
  registry_url_credentials: "The registry URL {url} carries a user name or password; credentials are never put in a URL (they end up in logs and messages). Serve the registry without them.",
  registry_deadline_reached: "The check stopped at its deadline of {seconds} s: {checked} of {total} documents were checked; the others were not read. Check again with a longer deadline.",
});
