import type { Issue } from "@sevscale/core";
import { readBoundedFile, readDocumentFile } from "./read-document-file.js";

/** A file's content, or the issue explaining why it could not be read. */
export type ReadResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly Issue[] };

function fileIssue(code: string, params: Issue["params"]): Issue {
  return { code, severity: "error", pointer: "", params };
}

/** Largest small text file read (a signature, a digest file): 64 KiB. */
export const TEXT_FILE_LIMIT = 64 * 1024;

/**
 * Reads a small untrusted UTF-8 text file (a `.jws`, a `.sha256`) with the bounded reader: regular
 * files only (a FIFO or /dev/zero is refused, never read), at most `maxBytes`. A missing or
 * unreadable file is an `integrity_file_unreadable` issue; anything else the reader's coded issue
 * (`not_a_directory_entry`, `document_too_large`).
 */
export async function readTextFile(path: string, maxBytes = TEXT_FILE_LIMIT): Promise<ReadResult<string>> {
  const read = await readBoundedFile(path, maxBytes);
  if (read.read) return { ok: true, value: new TextDecoder("utf-8").decode(read.bytes) };
  const io = read.issues.find((i) => i.code === "file_not_found" || i.code === "file_unreadable");
  if (io) return { ok: false, issues: [fileIssue("integrity_file_unreadable", { path, reason: io.code === "file_not_found" ? "ENOENT" : String(io.params["reason"]) })] };
  return { ok: false, issues: read.issues };
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
