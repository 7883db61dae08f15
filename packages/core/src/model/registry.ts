/**
 * The Registry index (`kind: "registry"`): a static, publishable collection of many publishers'
 * scales and mappings, with the digests (and signatures) that let anyone verify them.
 */
import * as z from "zod";
import { DateTimeSchema, DocumentIdSchema, ExtensionsSchema, LangMapSchema, SemverSchema, StatusSchema, UrlSchema } from "./common.js";

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

/**
 * A listed document its publisher withdrew (format 1.2): it stays listed, with its files, so that a
 * reader who saw it can tell a withdrawal from an entry a host removed.
 */
export const WithdrawalSchema = z.strictObject({
  /** When it was withdrawn. */
  date: DateTimeSchema,
  /** Why, in the publisher's words. */
  reason: z.string().min(1).max(1000),
});

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
  withdrawn: WithdrawalSchema.optional(),
});

/**
 * One member registry of an aggregate (format 1.2): its files are kept byte for byte under `path`,
 * and its index is listed by digest and sequence.
 */
export const RegistryProviderSchema = z.strictObject({
  /** The member registry's own id (its index's `id`). */
  id: DocumentIdSchema,
  /** Where it was fetched from: its provider metadata or its base URL. */
  url: UrlSchema,
  /** The folder holding its files, relative to the aggregate's index. */
  path: RegistryPathSchema,
  /** The member index's sequence when it was mirrored. */
  sequence: z.int().min(1).optional(),
  /** The digests of the member index's canonical form. */
  digests: DigestsSchema,
});

/** The Registry index document. */
export const RegistryIndexSchema = z.strictObject({
  $schema: z.string().optional(),
  kind: z.literal("registry"),
  id: DocumentIdSchema,
  version: SemverSchema,
  title: LangMapSchema.optional(),
  generated: DateTimeSchema,
  /** Grows with every published change of the index (format 1.2): a reader refuses a smaller one. */
  sequence: z.int().min(1).optional(),
  /** The index is not to be trusted after this instant (format 1.2): a reader refuses it then. */
  expires: DateTimeSchema.optional(),
  documents: z.array(RegistryEntrySchema),
  /** The member registries of an aggregate (`sevscale registry mirror`). */
  providers: z.array(RegistryProviderSchema).optional(),
  "x-extensions": ExtensionsSchema.optional(),
});

/** Lower-case hex digests of a document's RFC 8785 canonical bytes; parsed by `DigestsSchema`. */
export type Digests = z.output<typeof DigestsSchema>;
/** One document listed by the index; parsed by `RegistryEntrySchema`. */
export type RegistryEntry = z.output<typeof RegistryEntrySchema>;
/** A withdrawal marker of a listed document; parsed by `WithdrawalSchema`. */
export type Withdrawal = z.output<typeof WithdrawalSchema>;
/** One member registry of an aggregate; parsed by `RegistryProviderSchema`. */
export type RegistryProvider = z.output<typeof RegistryProviderSchema>;
/** The Registry index document; parsed by `RegistryIndexSchema`. */
export type RegistryIndex = z.output<typeof RegistryIndexSchema>;
/** A registry index as written, before defaults are applied; the input of `RegistryIndexSchema`. */
export type RegistryIndexInput = z.input<typeof RegistryIndexSchema>;
