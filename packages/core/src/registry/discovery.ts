/**
 * Discovery: the provider metadata a registry publishes at `.well-known/sevscale.json` (who
 * publishes it, how to reach them, where its index, signature, keyring and change feed are: the
 * CSAF `provider-metadata.json` idea), and the change feed (`changes.json`, `changes.csv`, newest
 * first) that lets a reader poll cheaply.
 */
import * as z from "zod";
import { DateTimeSchema, DocumentIdSchema, SemverSchema } from "../model/common.js";
import type { RegistryIndex } from "../model/registry.js";
import { REGISTRY_INDEX_FILE, REGISTRY_KEYRING_FILE } from "./layout.js";

/** The provider metadata, relative to the registry root. */
export const PROVIDER_METADATA_FILE = ".well-known/sevscale.json";
/** The detached signature of the index, relative to the registry root. */
export const INDEX_SIGNATURE_FILE = "index.json.jws";
/** The change feed, JSON, relative to the registry root. */
export const CHANGES_FILE = "changes.json";
/** The change feed, CSV, relative to the registry root. */
export const CHANGES_CSV_FILE = "changes.csv";

/** A URL reference: absolute, or relative to the provider metadata file. */
const UrlReferenceSchema = z.string().min(1).max(2000).regex(/^[^\s]+$/);

/** The provider metadata document (`kind: "provider"`) at `.well-known/sevscale.json`. */
export const ProviderMetadataSchema = z.strictObject({
  kind: z.literal("provider"),
  /** The registry's id (its index's `id`). */
  id: DocumentIdSchema,
  publisher: z.strictObject({
    name: z.string().min(1).max(300),
    /** How to reach the publisher: an e-mail address, a URL. */
    contact: z.string().min(1).max(300).optional(),
  }),
  /** The index, its signature, the keyring the publisher uses, the change feeds. */
  index: UrlReferenceSchema,
  signature: UrlReferenceSchema.optional(),
  keyring: UrlReferenceSchema.optional(),
  changes: UrlReferenceSchema.optional(),
  changesCsv: UrlReferenceSchema.optional(),
  /** The index's sequence and instants when the metadata was written (advisory: the index decides). */
  sequence: z.int().min(1).optional(),
  generated: DateTimeSchema,
  expires: DateTimeSchema.optional(),
});

/** What happened to one listed document. */
export const CHANGE_KINDS = ["added", "modified", "withdrawn", "removed"] as const;

/** One change of the feed. */
export const RegistryChangeSchema = z.strictObject({
  /** The index sequence that made the change. */
  sequence: z.int().min(1),
  /** The `generated` instant of that index. */
  time: DateTimeSchema,
  change: z.enum(CHANGE_KINDS),
  kind: z.enum(["scale", "mapping", "keyring"]),
  id: DocumentIdSchema,
  version: SemverSchema,
  /** SHA-256 of the document's canonical form as listed then. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

/** The change feed (`changes.json`): newest first. */
export const RegistryChangesSchema = z.strictObject({
  kind: z.literal("changes"),
  id: DocumentIdSchema,
  changes: z.array(RegistryChangeSchema),
});

/** The provider metadata; parsed by `ProviderMetadataSchema`. */
export type ProviderMetadata = z.output<typeof ProviderMetadataSchema>;
/** One change of the feed; parsed by `RegistryChangeSchema`. */
export type RegistryChange = z.output<typeof RegistryChangeSchema>;
/** The change feed; parsed by `RegistryChangesSchema`. */
export type RegistryChanges = z.output<typeof RegistryChangesSchema>;

/**
 * The changes from one index to the next, for the feed: documents added, drafts whose content
 * changed (`modified`), documents newly withdrawn, and drafts no longer listed (`removed`). Sorted
 * by kind of change, then id and version, so the same indexes give the same feed.
 */
export function registryChanges(previous: RegistryIndex | undefined, next: RegistryIndex): RegistryChange[] {
  const sequence = next.sequence ?? 1;
  const time = next.generated;
  const before = new Map((previous?.documents ?? []).map((e) => [`${e.kind}\u0000${e.id}@${e.version}`, e] as const));
  const after = new Map(next.documents.map((e) => [`${e.kind}\u0000${e.id}@${e.version}`, e] as const));
  const out: RegistryChange[] = [];
  const add = (change: RegistryChange["change"], e: RegistryIndex["documents"][number]) =>
    out.push({ sequence, time, change, kind: e.kind, id: e.id, version: e.version, sha256: e.digests.sha256 });
  for (const [key, e] of after) {
    const old = before.get(key);
    if (old === undefined) add("added", e);
    else if (old.digests.sha256 !== e.digests.sha256) add("modified", e);
    if (e.withdrawn !== undefined && old?.withdrawn === undefined) add("withdrawn", e);
  }
  for (const [key, e] of before) if (!after.has(key)) add("removed", e);
  const rank = (c: RegistryChange) => CHANGE_KINDS.indexOf(c.change);
  return out.sort((a, b) => rank(a) - rank(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) || (a.version < b.version ? -1 : a.version > b.version ? 1 : 0));
}

/** The change feed after an index: its changes first, then the earlier ones (newest first). */
export function nextChangeFeed(previous: RegistryIndex | undefined, next: RegistryIndex, earlier: readonly RegistryChange[]): RegistryChanges {
  return { kind: "changes", id: next.id, changes: [...registryChanges(previous, next), ...earlier] };
}

/** The change feed as CSV (RFC 4180, a header line, every field quoted), newest first. */
export function changesToCsv(feed: RegistryChanges): string {
  const fields = ["sequence", "time", "change", "kind", "id", "version", "sha256"] as const;
  // Every value comes from a schema that admits no quote, comma or line break; quoting is for readers.
  const line = (values: readonly (string | number)[]) => values.map((v) => `"${String(v).replaceAll('"', '""')}"`).join(",");
  return [line(fields), ...feed.changes.map((c) => line(fields.map((f) => c[f])))].join("\r\n") + "\r\n";
}

/** What the provider metadata says about its publisher. */
export interface ProviderPublisher {
  readonly name: string;
  readonly contact?: string;
}

/**
 * The provider metadata of a registry whose index is `index`: the publisher, and where the index,
 * its signature, the keyring and the change feeds are, as references relative to the metadata file
 * (`../index.json`), so the registry can be served from any address.
 */
export function providerMetadata(index: RegistryIndex, publisher: ProviderPublisher, present: { readonly signature: boolean; readonly keyring: boolean }): ProviderMetadata {
  return {
    kind: "provider",
    id: index.id,
    publisher: { name: publisher.name, ...(publisher.contact !== undefined ? { contact: publisher.contact } : {}) },
    index: `../${REGISTRY_INDEX_FILE}`,
    ...(present.signature ? { signature: `../${INDEX_SIGNATURE_FILE}` } : {}),
    ...(present.keyring ? { keyring: `../${REGISTRY_KEYRING_FILE}` } : {}),
    changes: `../${CHANGES_FILE}`,
    changesCsv: `../${CHANGES_CSV_FILE}`,
    ...(index.sequence !== undefined ? { sequence: index.sequence } : {}),
    generated: index.generated,
    ...(index.expires !== undefined ? { expires: index.expires } : {}),
  };
}
