import type { Issue } from "../../issues/issue.js";
import { toPointer } from "../../issues/issue.js";
import type { RegistryIndex } from "../../model/registry.js";
import { issue } from "../_issue.js";
import { duplicates } from "../_scale-context.js";

/**
 * A registry index lists each file once: `registry_path_duplicate` when two entries (documents or
 * signature files) share a path — one would overwrite the other on disk — and
 * `registry_entry_duplicate` when one (id, version) is listed twice (whatever the kinds: ids are
 * shared by scales and mappings), since a released version is immutable and has one content.
 */
export function registryUnique(index: RegistryIndex): Issue[] {
  const out: Issue[] = [];
  const paths = index.documents.flatMap((d, i) => [
    { key: d.path, path: ["documents", i, "path"] },
    ...(d.signature !== undefined ? [{ key: d.signature, path: ["documents", i, "signature"] }] : []),
  ]);
  for (const d of duplicates(paths)) out.push(issue("registry_path_duplicate", d.path, { path: d.key, first: toPointer(d.first) }));
  const entries = index.documents.map((d, i) => ({ key: JSON.stringify([d.id, d.version]), path: ["documents", i] }));
  for (const d of duplicates(entries)) {
    const doc = index.documents[Number(d.path[1])]!;
    out.push(issue("registry_entry_duplicate", d.path, { kind: doc.kind, id: doc.id, version: doc.version, first: toPointer(d.first) }));
  }
  return out;
}
