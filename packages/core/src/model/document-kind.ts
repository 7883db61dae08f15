/**
 * The document kinds and how a document's kind is told from its content. Plain code, no zod:
 * the runtime path imports this, while model/kinds.ts adds the zod schema of each kind.
 */

/** Every document kind sevscale reads. */
export const DOCUMENT_KINDS = ["scale", "mapping", "registry"] as const;
/** One of the document kinds: `scale`, `mapping` or `registry`. */
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Base of the versioned `$schema` / `$id` URLs of the published JSON Schemas. */
export const SCHEMA_BASE_URL = "https://sevscale.org/schemas/1.0";

/** The `$schema` URL of a document kind. */
export function schemaUrl(kind: DocumentKind): string {
  return `${SCHEMA_BASE_URL}/${kind}.schema.json`;
}

/**
 * Tells a document's kind from its content: the `kind` member, else the `$schema` URL.
 * Returns null when neither names a known kind.
 */
export function detectKind(value: unknown): DocumentKind | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  const kind = record["kind"];
  if (typeof kind === "string" && (DOCUMENT_KINDS as readonly string[]).includes(kind)) return kind as DocumentKind;
  const schema = record["$schema"];
  if (typeof schema === "string") {
    for (const k of DOCUMENT_KINDS) if (schema.endsWith(`/${k}.schema.json`)) return k;
  }
  return null;
}
