import type { LangMapSchema } from "../model/common.js";
import type { RegistryEntry, RegistryIndex, RegistryProvider } from "../model/registry.js";
import { schemaUrl } from "../model/kinds.js";
import type { z } from "zod";

/** What the index says about itself. */
export interface RegistryIndexMeta {
  /** The registry's own id, `<namespace>/<name>`. */
  readonly id: string;
  /** The registry's version (semver). */
  readonly version: string;
  /** RFC 3339 instant the index stands for; fixed by the caller so builds are reproducible. */
  readonly generated: string;
  readonly title?: z.output<typeof LangMapSchema>;
  /** The index's sequence: grows with every published change. */
  readonly sequence?: number;
  /** RFC 3339 instant after which readers refuse the index. */
  readonly expires?: string;
  /** The member registries, for an aggregate. */
  readonly providers?: readonly RegistryProvider[];
}

/** Orders paths by UTF-16 code units, the same on every platform and locale. */
export function compareRegistryPaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A registry entry with its members in the published order (stable output, readable diffs). */
function orderedEntry(e: RegistryEntry): RegistryEntry {
  return {
    kind: e.kind,
    id: e.id,
    version: e.version,
    status: e.status,
    path: e.path,
    digests: { sha256: e.digests.sha256, sha512: e.digests.sha512 },
    ...(e.signature !== undefined ? { signature: e.signature } : {}),
    ...(e.kid !== undefined ? { kid: e.kid } : {}),
    ...(e.withdrawn !== undefined ? { withdrawn: { date: e.withdrawn.date, reason: e.withdrawn.reason } } : {}),
  };
}

/** Builds the registry index document: entries sorted by path, members in a fixed order. */
export function buildRegistryIndex(entries: readonly RegistryEntry[], meta: RegistryIndexMeta): RegistryIndex {
  const documents = [...entries].sort((a, b) => compareRegistryPaths(a.path, b.path)).map(orderedEntry);
  return {
    $schema: schemaUrl("registry"),
    kind: "registry",
    id: meta.id,
    version: meta.version,
    ...(meta.title !== undefined ? { title: meta.title } : {}),
    generated: meta.generated,
    ...(meta.sequence !== undefined ? { sequence: meta.sequence } : {}),
    ...(meta.expires !== undefined ? { expires: meta.expires } : {}),
    documents,
    ...(meta.providers !== undefined
      ? { providers: [...meta.providers].sort((a, b) => compareRegistryPaths(a.path, b.path)).map((p) => ({ id: p.id, url: p.url, path: p.path, ...(p.sequence !== undefined ? { sequence: p.sequence } : {}), digests: { sha256: p.digests.sha256, sha512: p.digests.sha512 } })) }
      : {}),
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function datesOf(value: unknown): string[] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [];
  const record = value as Record<string, unknown>;
  // Publication and revision dates only: an effective date may lie in the future.
  const dates = [record["published"], record["date"]];
  const history = record["revisionHistory"];
  if (Array.isArray(history)) for (const r of history) dates.push(typeof r === "object" && r !== null ? (r as Record<string, unknown>)["date"] : undefined);
  return dates.filter((d): d is string => typeof d === "string" && DATE.test(d));
}

/**
 * The latest publication or revision date among documents, as midnight UTC (RFC 3339), or
 * undefined when none has one. Used as the index's `generated` instant when the caller gives none,
 * so that the same documents always give the same registry.
 */
export function latestDocumentInstant(values: readonly unknown[]): string | undefined {
  let latest: string | undefined;
  for (const value of values) for (const d of datesOf(value)) if (latest === undefined || d > latest) latest = d;
  return latest === undefined ? undefined : `${latest}T00:00:00Z`;
}
