/**
 * What a reader remembers of the registries it read, and the checks that use it: an index may only
 * move forward (its `sequence` grows), must not be expired, and may not drop a released entry
 * without withdrawing it. The same idea as The Update Framework's snapshot and timestamp roles,
 * for a static registry. Pure: the caller keeps the state (a file, memory) between reads.
 */
import * as z from "zod";
import type { Issue } from "../issues/issue.js";
import { toPointer } from "../issues/issue.js";
import type { RegistryIndex } from "../model/registry.js";

/** What a reader remembers of one entry of a registry. */
export const RegistryRecordEntrySchema = z.strictObject({
  kind: z.string().max(40),
  status: z.string().max(40),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  withdrawn: z.boolean().optional(),
});

/** What a reader remembers of one registry: the last index it accepted. */
export const RegistryRecordSchema = z.strictObject({
  /** The accepted index's sequence; absent when that index had none. */
  sequence: z.int().min(1).optional(),
  /** The accepted index's `generated`. */
  generated: z.string().max(64),
  /** The accepted index's `expires`, when it had one. */
  expires: z.string().max(64).optional(),
  /** True when the accepted index's signature was verified against a keyring. */
  signed: z.boolean(),
  /** Its entries by `<id>@<version>`. */
  entries: z.record(z.string().max(300), RegistryRecordEntrySchema),
});

/** The state a reader keeps between reads of registries, by registry id. */
export const RegistryStateSchema = z.strictObject({
  version: z.literal(1),
  registries: z.record(z.string().max(300), RegistryRecordSchema),
});

/** What a reader remembers of one entry; parsed by `RegistryRecordEntrySchema`. */
export type RegistryRecordEntry = z.output<typeof RegistryRecordEntrySchema>;
/** What a reader remembers of one registry; parsed by `RegistryRecordSchema`. */
export type RegistryRecord = z.output<typeof RegistryRecordSchema>;
/** The state a reader keeps between reads, by registry id; parsed by `RegistryStateSchema`. */
export type RegistryState = z.output<typeof RegistryStateSchema>;

/** How the index's own signature fared: verified against a keyring, present but not checked (no keyring), absent, or failed. */
export type IndexSignatureStatus = "verified" | "unchecked" | "absent" | "invalid";

/** A state that remembers nothing yet. */
export function emptyRegistryState(): RegistryState {
  return { version: 1, registries: {} };
}

/** What is remembered of an index once it is accepted. */
export function registryRecordOf(index: RegistryIndex, signature: IndexSignatureStatus): RegistryRecord {
  const entries: Record<string, RegistryRecordEntry> = {};
  for (const e of index.documents) {
    entries[`${e.id}@${e.version}`] = { kind: e.kind, status: e.status, sha256: e.digests.sha256, ...(e.withdrawn !== undefined ? { withdrawn: true } : {}) };
  }
  return {
    ...(index.sequence !== undefined ? { sequence: index.sequence } : {}),
    generated: index.generated,
    ...(index.expires !== undefined ? { expires: index.expires } : {}),
    signed: signature === "verified",
    entries,
  };
}

function issue(code: string, severity: Issue["severity"], path: readonly (string | number)[], params: Issue["params"]): Issue {
  return { code, severity, pointer: toPointer(path), params };
}

/** What a reader cannot detect about this index: a warning naming the missing protections, when any is missing. */
function protectionIssues(index: RegistryIndex, signature: IndexSignatureStatus): Issue[] {
  const missing = [
    ...(signature === "absent" ? ["signature"] : []),
    ...(index.sequence === undefined ? ["sequence"] : []),
    ...(index.expires === undefined ? ["expires"] : []),
  ];
  return missing.length > 0 ? [issue("registry_index_unprotected", "warning", [], { missing: missing.join(", ") })] : [];
}

/** An index whose `expires` is before the reader's instant. */
function expiryIssues(index: RegistryIndex, at: Date): Issue[] {
  if (index.expires === undefined) return [];
  const expires = Date.parse(index.expires);
  return Number.isFinite(expires) && at.getTime() > expires ? [issue("registry_expired", "error", ["expires"], { expires: index.expires, at: at.toISOString() })] : [];
}

/** Withdrawn entries: listed, and said so. */
function withdrawalIssues(index: RegistryIndex): Issue[] {
  return index.documents.flatMap((e, i) =>
    e.withdrawn === undefined ? [] : [issue("registry_entry_withdrawn", "info", ["documents", i, "withdrawn"], { id: e.id, version: e.version, date: e.withdrawn.date, reason: e.withdrawn.reason })],
  );
}

/** An older index than the one remembered: a smaller sequence, or none after one. */
function rollbackIssues(index: RegistryIndex, previous: RegistryRecord): Issue[] {
  if (previous.sequence === undefined) return [];
  if (index.sequence !== undefined && index.sequence >= previous.sequence) return [];
  return [issue("registry_rollback", "error", index.sequence !== undefined ? ["sequence"] : [], { sequence: index.sequence ?? "none", last: previous.sequence })];
}

/** A signed index followed by an unsigned one: the protection was stripped. */
function signatureRemovedIssues(previous: RegistryRecord, signature: IndexSignatureStatus): Issue[] {
  return previous.signed && signature === "absent" ? [issue("registry_index_signature_removed", "error", [], { sequence: previous.sequence ?? "none" })] : [];
}

/**
 * Released entries remembered but no longer listed (`registry_entry_vanished`: a withdrawal keeps
 * them listed; drafts may go), and released entries listed with another content than remembered
 * (`registry_entry_replaced`: a released version never changes).
 */
function entryIssues(index: RegistryIndex, previous: RegistryRecord): Issue[] {
  const out: Issue[] = [];
  const listed = new Map<string, { e: RegistryIndex["documents"][number]; i: number }>(index.documents.map((e, i) => [`${e.id}@${e.version}`, { e, i }]));
  for (const [ref, remembered] of Object.entries(previous.entries)) {
    if (remembered.status === "draft") continue;
    const now = listed.get(ref);
    const at = ref.lastIndexOf("@");
    const [id, version] = [ref.slice(0, at), ref.slice(at + 1)];
    if (now === undefined) out.push(issue("registry_entry_vanished", "error", ["documents"], { kind: remembered.kind, id, version }));
    else if (now.e.digests.sha256 !== remembered.sha256) {
      out.push(issue("registry_entry_replaced", "error", ["documents", now.i, "digests", "sha256"], { id, version, listed: now.e.digests.sha256, remembered: remembered.sha256 }));
    }
  }
  return out;
}

/**
 * Checks a registry index against what the reader remembers of it (`previous`, the record kept
 * under the index's id; undefined the first time) and the reader's clock (`at`): an index older
 * than the one remembered (`registry_rollback`), an expired one (`registry_expired`), a signature
 * that was there and is gone (`registry_index_signature_removed`), a released entry gone without
 * a withdrawal (`registry_entry_vanished`) or changed (`registry_entry_replaced`); a warning when
 * the index lacks a signature, a sequence or an expiry (`registry_index_unprotected`: what it lacks
 * cannot be checked), and an info per withdrawn entry. After a rollback the entries are not
 * compared (an older index naturally lacks newer entries). Never throws.
 */
export function checkRegistryFreshness(index: RegistryIndex, previous: RegistryRecord | undefined, options: { readonly at: Date; readonly signature: IndexSignatureStatus }): Issue[] {
  const issues = [...protectionIssues(index, options.signature), ...expiryIssues(index, options.at), ...withdrawalIssues(index)];
  if (previous === undefined) return issues;
  const rollback = rollbackIssues(index, previous);
  issues.push(...rollback, ...signatureRemovedIssues(previous, options.signature));
  if (rollback.length === 0) issues.push(...entryIssues(index, previous));
  return issues;
}
