/**
 * The Registry index (`kind: "registry"`): a static, publishable collection of many publishers'
 * scales and mappings, with the digests (and signatures) that let anyone verify them.
 */
import * as z from "zod";
import { DateTimeSchema, DocumentIdSchema, ExtensionsSchema, LangMapSchema, SemverSchema, StatusSchema } from "./common.js";

/** Lower-case hex digests of a document's RFC 8785 canonical bytes. */
export const DigestsSchema = z.strictObject({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  sha512: z.string().regex(/^[0-9a-f]{128}$/),
});

/** A path inside the registry: relative, forward slashes, no `..` segments. */
export const RegistryPathSchema = z
  .string()
  .max(500, { abort: true })
  .regex(/^(?!\/)(?!.*(^|\/)\.\.?(\/|$))[A-Za-z0-9._@+-]+(\/[A-Za-z0-9._@+-]+)*$/);

/** One document listed by the index. */
export const RegistryEntrySchema = z.strictObject({
  kind: z.enum(["scale", "mapping", "keyring"]),
  id: DocumentIdSchema,
  version: SemverSchema,
  status: StatusSchema,
  path: RegistryPathSchema,
  digests: DigestsSchema,
  signature: RegistryPathSchema.optional(),
  kid: z.string().min(1).optional(),
});

/** The Registry index document. */
export const RegistryIndexSchema = z.strictObject({
  $schema: z.string().optional(),
  kind: z.literal("registry"),
  id: DocumentIdSchema,
  version: SemverSchema,
  title: LangMapSchema.optional(),
  generated: DateTimeSchema,
  documents: z.array(RegistryEntrySchema),
  "x-extensions": ExtensionsSchema.optional(),
});

/** Lower-case hex digests of a document's RFC 8785 canonical bytes; parsed by `DigestsSchema`. */
export type Digests = z.output<typeof DigestsSchema>;
/** One document listed by the index; parsed by `RegistryEntrySchema`. */
export type RegistryEntry = z.output<typeof RegistryEntrySchema>;
/** The Registry index document; parsed by `RegistryIndexSchema`. */
export type RegistryIndex = z.output<typeof RegistryIndexSchema>;
/** A registry index as written, before defaults are applied; the input of `RegistryIndexSchema`. */
export type RegistryIndexInput = z.input<typeof RegistryIndexSchema>;
