/**
 * Where things are in a registry: `<root>/<namespace>/<name>/<version>/<kind>.json`, each document
 * with its `.sha256`, `.sha512` and optional `.jws` beside it, the index at `<root>/index.json`
 * and the keyring (when one is published) at `<root>/keyring.json`.
 */

/** The index file at the registry root. */
export const REGISTRY_INDEX_FILE = "index.json";

/** The published keyring at the registry root. */
export const REGISTRY_KEYRING_FILE = "keyring.json";

/** Kinds of document stored under `<namespace>/<name>/<version>/`. */
export type RegistryDocumentKind = "scale" | "mapping";

/** Longest path accepted in an index (the model's limit). */
export const MAX_REGISTRY_PATH_LENGTH = 500;

/**
 * The path of a document in the registry: `<id>/<version>/<kind>.json`, where the id is
 * `<namespace>/<name>`. A mapping has its own id, so it has its own tree: a regional body can
 * publish a mapping of a scale it does not own without writing into the owner's folder.
 */
export function registryDocumentPath(kind: RegistryDocumentKind, id: string, version: string): string {
  return `${id}/${version}/${kind}.json`;
}

/** The files published beside a document: its digests and its detached signature. */
export function sidecarPaths(path: string): { readonly sha256: string; readonly sha512: string; readonly jws: string } {
  return { sha256: `${path}.sha256`, sha512: `${path}.sha512`, jws: `${path}.jws` };
}

/** The last segment of a registry path (what a digest file names). */
export function registryBaseName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

const SEGMENT = /^[A-Za-z0-9._@+-]+$/;

/**
 * Why a path taken from an (untrusted) index may not be opened, as a short token for issue params;
 * undefined when it is a plain relative path inside the registry. Refused: empty, absolute
 * (`/etc/passwd`, `C:`, `//host`), backslashes, `.` and `..` segments, empty segments,
 * percent-encoding (`%2e%2e` becomes `..` once a URL is resolved), a scheme, control characters
 * and anything outside `[A-Za-z0-9._@+-]`. Readers must still check the resolved location.
 */
export function registryPathProblem(path: unknown): string | undefined {
  if (typeof path !== "string") return "not_a_string";
  if (path === "") return "empty";
  if (path.length > MAX_REGISTRY_PATH_LENGTH) return "too_long";
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(path)) return "control_character";
  if (path.includes("\\")) return "backslash";
  if (path.startsWith("/") || /^[A-Za-z]:/.test(path)) return "absolute";
  if (path.includes("%")) return "percent_encoded";
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(path)) return "scheme";
  const segments = path.split("/");
  for (const segment of segments) {
    if (segment === "") return "empty_segment";
    if (segment === "." || segment === "..") return "dot_segment";
    if (!SEGMENT.test(segment)) return "invalid_character";
  }
  return undefined;
}
