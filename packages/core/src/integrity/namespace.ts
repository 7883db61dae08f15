/**
 * A namespace a key may sign for: exact ("mx", "x-org.example"), a prefix ending in "*"
 * ("x-org.example.*" matches "x-org.example.cert" but not "x-org.example"), or "*" for any.
 */
export const NAMESPACE_PATTERN = /^(?:\*|[a-z0-9][a-z0-9.-]*\*?)$/;

/** The namespace of a document: the part of its `id` before the first "/", or undefined. */
export function documentNamespace(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const id = (value as { id?: unknown }).id;
  if (typeof id !== "string") return undefined;
  const slash = id.indexOf("/");
  return slash > 0 ? id.slice(0, slash) : undefined;
}

/** True when a namespace is allowed by one of the patterns (see {@link NAMESPACE_PATTERN}). */
export function namespaceAllowed(namespace: string, patterns: readonly string[]): boolean {
  return patterns.some((p) => (p.endsWith("*") ? namespace.startsWith(p.slice(0, -1)) : namespace === p));
}

/**
 * True when some key of the keyring may sign the namespace: with such a keyring, a document of
 * that namespace must carry a valid signature by an allowed key (an unsigned one is refused, not
 * merely warned about). A document without a namespace is covered when a key allows "*".
 */
export function keyringCovers(keys: readonly { readonly namespaces: readonly string[] }[], namespace: string | undefined): boolean {
  return keys.some((k) => (namespace === undefined ? k.namespaces.includes("*") : namespaceAllowed(namespace, k.namespaces)));
}
