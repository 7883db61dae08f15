import { readFile } from "node:fs/promises";
import type { Issue } from "@sevscale/core";

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
 * Reads and parses a JSON file (a leading BOM is ignored, as RFC 8259 allows).
 * Shortcut: plain JSON.parse, so duplicate member names resolve to the last one; the positional
 * reader of the parse area, which rejects duplicates, should replace it.
 */
export async function readJsonFile(path: string): Promise<ReadResult<unknown>> {
  const text = await readTextFile(path);
  if (!text.ok) return text;
  try {
    return { ok: true, value: JSON.parse(text.value.replace(/^\uFEFF/, "")) as unknown };
  } catch (error) {
    return { ok: false, issues: [fileIssue("integrity_json_invalid", { path, reason: error instanceof Error ? error.message : String(error) })] };
  }
}
