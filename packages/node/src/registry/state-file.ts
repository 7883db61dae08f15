import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import type { Issue, RegistryState } from "@sevscale/core";
import { RegistryStateSchema, emptyRegistryState, safeParseJsonDocument } from "@sevscale/core";
import { writeFileAtomic } from "../atomic-write.js";
import { readBoundedFile } from "../read-document-file.js";
import { fileIssue } from "./source.js";

/** Largest state file read: 64 MiB (a few hundred bytes per entry of every registry read). */
const STATE_FILE_LIMIT = 64 * 1024 * 1024;

/** A state read from its file, or why it cannot be used. */
export type RegistryStateRead = { readonly ok: true; readonly state: RegistryState; readonly created: boolean } | { readonly ok: false; readonly issues: readonly Issue[] };

function invalid(path: string, detail: string): RegistryStateRead {
  return { ok: false, issues: [fileIssue("registry_state_invalid", { path, detail })] };
}

/**
 * Reads the state a reader keeps between registry checks (what it remembers of each registry:
 * the last sequence, expiry and entries accepted). A missing file is an empty state (it is
 * created by {@link writeRegistryStateFile}); a file that is not a state is
 * `registry_state_invalid`, and must not be overwritten. Never throws.
 */
export async function readRegistryStateFile(path: string): Promise<RegistryStateRead> {
  const read = await readBoundedFile(path, STATE_FILE_LIMIT);
  if (!read.ok) {
    if (read.issues.some((i) => i.code === "file_not_found")) return { ok: true, state: emptyRegistryState(), created: true };
    return invalid(path, read.issues.map((i) => i.code).join(", "));
  }
  const json = safeParseJsonDocument(read.bytes, { maxBytes: STATE_FILE_LIMIT });
  if (!json.ok) return invalid(path, json.issues.map((i) => i.code).join(", "));
  const parsed = RegistryStateSchema.safeParse(json.value);
  if (!parsed.success) return invalid(path, `not a registry state: ${parsed.error.issues[0]?.path.join("/") ?? ""} ${parsed.error.issues[0]?.code ?? ""}`.trim());
  return { ok: true, state: parsed.data, created: false };
}

/** Writes the state atomically (a temporary file, then a rename): a reader never sees half a state. */
export async function writeRegistryStateFile(path: string, state: RegistryState): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomic(path, `${JSON.stringify(state, null, 2)}\n`);
}
