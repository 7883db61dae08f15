import { readFile } from "node:fs/promises";
import type { Issue } from "@sevscale/core";
import { readDocumentFile } from "./read-document-file.js";

/** A file's content, or the issue explaining why it could not be read. */
export type ReadResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly Issue[] };

function fileIssue(code: string, params: Issue["params"]): Issue {
  return { code, severity: "error", pointer: "", params };
}

function reasonOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : error instanceof Error ? error.message : String(error);
}

/** Reads a UTF-8 text file; a missing or unreadable file is an `integrity_file_unreadable` issue. */
export async function readTextFile(path: string): Promise<ReadResult<string>> {
  try {
    return { ok: true, value: await readFile(path, "utf8") };
  } catch (error) {
    return { ok: false, issues: [fileIssue("integrity_file_unreadable", { path, reason: reasonOf(error) })] };
  }
}

/**
 * Reads and parses a JSON file with the untrusted-document reader: size-limited, strict JSON,
 * duplicate and forbidden keys refused (a key or a signed document must mean one thing only).
 * Problems are the reader's and parser's coded issues (`file_not_found`, `invalid_json`,
 * `duplicate_key`, ...); a leading BOM is ignored, as RFC 8259 allows.
 */
export async function readJsonFile(path: string): Promise<ReadResult<unknown>> {
  const read = await readDocumentFile(path);
  if (!read.read) return { ok: false, issues: read.issues };
  if (!read.parsed.ok) return { ok: false, issues: read.parsed.issues };
  return { ok: true, value: read.parsed.value };
}
