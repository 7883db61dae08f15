import { STRUCTURE_NODES, STRUCTURE_ROOTS } from "../generated/structure-table.js";
import type { Issue } from "../issues/issue.js";
import { toPointer } from "../issues/issue.js";
import type { RegistryEntry, RegistryIndex } from "../model/registry.js";
import { reportStructure, unpackTable, type RawIssue } from "../validate/_structure-report.js";
import { registryDocumentPath, registryPathProblem } from "./layout.js";
import { structureDetail } from "./_structure-detail.js";

/** An index entry that passed its checks, with where it sits in the index. */
export interface IndexedEntry {
  readonly entry: RegistryEntry;
  /** JSON Pointer of the entry in the index, e.g. "/documents/3". */
  readonly pointer: string;
}

/** Outcome of {@link checkRegistryIndex}. */
export interface RegistryIndexCheck {
  /** The index with only its usable entries; undefined when its own members are broken. */
  readonly index: RegistryIndex | undefined;
  /** The entries that may be loaded: well formed, with safe paths, not duplicated. */
  readonly entries: readonly IndexedEntry[];
  /** Every finding, with pointers into the index. */
  readonly issues: readonly Issue[];
}

/** A structure finding of the index as `registry_index_invalid`, with its technical detail. */
function invalid(value: unknown, raw: RawIssue): Issue {
  return error("registry_index_invalid", raw.path, { detail: structureDetail(value, raw) });
}

function error(code: string, path: readonly (string | number)[], params: Issue["params"]): Issue {
  return { code, severity: "error", pointer: toPointer(path), params };
}

function member(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Object.hasOwn(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

function printable(value: unknown): string {
  // Paths from an untrusted index end up in messages: shorten them and keep them one line.
  const text = typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/**
 * Checks an (untrusted) registry index value entry by entry, so that one bad entry does not hide
 * the others: unsafe paths (`registry_path_unsafe`: absolute, `..`, backslashes,
 * percent-encoding, ...) are reported and never returned; malformed entries are
 * `registry_index_invalid`; a path listed twice is `registry_path_duplicate`, an id@version
 * listed twice `registry_entry_duplicate` (the codes of the index's meaning rules; only the first
 * is returned); a document stored outside the layout is a warning. Never throws.
 */
export function checkRegistryIndex(value: unknown): RegistryIndexCheck {
  const issues: Issue[] = [];
  // The index's structure as the model says (the generated table, no zod), split into the index's
  // own findings and each entry's: one bad entry is skipped, not the whole index.
  const byEntry = new Map<number, RawIssue[]>();
  const headerIssues: RawIssue[] = [];
  for (const raw of reportStructure(unpackTable(STRUCTURE_NODES), STRUCTURE_ROOTS.registry, value)) {
    const [first, i] = raw.path;
    if (first === "documents" && typeof i === "number") byEntry.set(i, [...(byEntry.get(i) ?? []), raw]);
    else headerIssues.push(raw);
  }
  issues.push(...headerIssues.map((raw) => invalid(value, raw)));
  const documents = member(value, "documents");
  const entries: IndexedEntry[] = [];
  const paths = new Map<string, string>();
  const versions = new Map<string, string>();
  if (Array.isArray(documents)) {
    documents.forEach((raw, i) => {
      const at = ["documents", i];
      let unsafe = false;
      for (const key of ["path", "signature"] as const) {
        const p = member(raw, key);
        if (p === undefined && key === "signature") continue;
        const problem = registryPathProblem(p);
        if (problem && typeof p === "string") {
          issues.push(error("registry_path_unsafe", [...at, key], { path: printable(p), reason: problem }));
          unsafe = true;
        }
      }
      const found = byEntry.get(i);
      if (found !== undefined) {
        // Unsafe paths are already reported with their own code.
        const structural = found.map((x) => invalid(value, x)).filter((x) => !(unsafe && (x.pointer === toPointer([...at, "path"]) || x.pointer === toPointer([...at, "signature"]))));
        issues.push(...structural);
        return;
      }
      if (unsafe) return;
      const entry = raw as RegistryEntry;
      const pointer = toPointer(at);
      let duplicate = false;
      for (const [p, key] of [[entry.path, "path"], ...(entry.signature !== undefined ? [[entry.signature, "signature"]] : [])] as const) {
        const first = paths.get(p);
        if (first !== undefined) {
          issues.push(error("registry_path_duplicate", [...at, key], { path: printable(p), first }));
          duplicate = true;
        } else paths.set(p, toPointer([...at, key]));
      }
      const ref = `${entry.id}@${entry.version}`;
      const firstRef = versions.get(ref);
      if (firstRef !== undefined) {
        issues.push(error("registry_entry_duplicate", at, { kind: entry.kind, id: entry.id, version: entry.version, first: firstRef }));
        duplicate = true;
      } else versions.set(ref, pointer);
      if (duplicate) return;
      if (entry.kind !== "keyring") {
        const expected = registryDocumentPath(entry.kind, entry.id, entry.version);
        if (entry.path !== expected) issues.push({ code: "registry_path_unexpected", severity: "warning", pointer: toPointer([...at, "path"]), params: { path: entry.path, expected } });
      }
      entries.push({ entry, pointer });
    });
  }
  const index = headerIssues.length === 0 ? { ...(value as RegistryIndex), documents: entries.map((e) => e.entry) } : undefined;
  return { index, entries, issues };
}
