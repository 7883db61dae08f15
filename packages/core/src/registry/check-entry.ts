import type { Issue } from "../issues/issue.js";
import type { Digests, RegistryEntry } from "../model/registry.js";

function member(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
}

function shown(value: unknown): string {
  const text = typeof value === "string" ? value : value === undefined ? "—" : (JSON.stringify(value) ?? String(value));
  return text.length > 120 ? `${text.slice(0, 120)}…` : text;
}

/**
 * Checks that a listed document is what its index entry says: the same kind, id, version and
 * status (a keyring has no status), and the same SHA-256 and SHA-512 of its canonical form.
 * Returns every disagreement; empty when the entry describes the document.
 */
export function checkEntryDocument(entry: RegistryEntry, value: unknown, digests: Digests): Issue[] {
  const issues: Issue[] = [];
  const members = entry.kind === "keyring" ? (["kind", "id", "version"] as const) : (["kind", "id", "version", "status"] as const);
  for (const key of members) {
    const actual = member(value, key);
    if (actual !== entry[key]) issues.push({ code: "registry_entry_mismatch", severity: "error", pointer: "", params: { member: key, listed: entry[key], actual: shown(actual) } });
  }
  for (const algorithm of ["sha256", "sha512"] as const) {
    if (entry.digests[algorithm] !== digests[algorithm]) {
      issues.push({
        code: "registry_digest_mismatch",
        severity: "error",
        pointer: "",
        params: { algorithm: algorithm === "sha256" ? "SHA-256" : "SHA-512", listed: entry.digests[algorithm], actual: digests[algorithm] },
      });
    }
  }
  return issues;
}
