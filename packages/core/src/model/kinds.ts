/** The document kinds with the zod schema of each (the kinds themselves: document-kind.ts). */
import type { z } from "zod";
import type { DocumentKind } from "./document-kind.js";
import { MappingSchema } from "./mapping.js";
import { RegistryIndexSchema } from "./registry.js";
import { ScaleSchema } from "./scale.js";

export type { DocumentKind } from "./document-kind.js";
export { DOCUMENT_KINDS, SCHEMA_BASE_URL, detectKind, schemaUrl } from "./document-kind.js";

/** The structural schema of each document kind. */
export const DOCUMENT_SCHEMAS = {
  scale: ScaleSchema,
  mapping: MappingSchema,
  registry: RegistryIndexSchema,
} as const satisfies Record<DocumentKind, z.ZodType>;
