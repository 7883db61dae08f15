import type { Stats } from "node:fs";
import { open, stat } from "node:fs/promises";
import { parseJsonDocument, resolveParseLimits } from "@sevscale/core";
import type { Issue, ParsedJson, ParseJsonOptions } from "@sevscale/core";

/** A file that was read: its bytes and what parsing them gave (which may still be a failure). */
export interface ReadDocument {
  readonly read: true;
  readonly path: string;
  readonly bytes: Uint8Array;
  readonly parsed: ParsedJson;
}

/** A file that was not read: missing, unreadable, not a regular file, or over the size limit. */
export interface ReadDocumentFailure {
  readonly read: false;
  readonly path: string;
  readonly issues: readonly Issue[];
}

/** Result of {@link readDocumentFile}. */
export type ReadDocumentResult = ReadDocument | ReadDocumentFailure;

const CHUNK = 64 * 1024;

function failure(path: string, code: string, params: Issue["params"]): ReadDocumentFailure {
  return { read: false, path, issues: [{ code, severity: "error", pointer: "", params }] };
}

function errnoOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : "EIO";
}

function ioFailure(path: string, error: unknown): ReadDocumentFailure {
  const errno = errnoOf(error);
  // ENOTDIR: a parent in the path is a file, so the file cannot exist either.
  if (errno === "ENOENT" || errno === "ENOTDIR") return failure(path, "file_not_found", { path });
  return failure(path, "file_unreadable", { path, reason: errno });
}

function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return "fifo";
  if (stats.isSocket()) return "socket";
  if (stats.isCharacterDevice()) return "character_device";
  if (stats.isBlockDevice()) return "block_device";
  if (stats.isSymbolicLink()) return "symbolic_link";
  return "unknown";
}

/** Refuses anything but a regular file within the size limit; undefined when it may be read. */
function refuse(path: string, stats: Stats, maxBytes: number): ReadDocumentFailure | undefined {
  if (stats.isDirectory()) return failure(path, "file_unreadable", { path, reason: "EISDIR" });
  if (!stats.isFile()) return failure(path, "not_a_directory_entry", { path, kind: kindOf(stats) });
  if (stats.size > maxBytes) return failure(path, "document_too_large", { bytes: stats.size, limit: maxBytes });
  return undefined;
}

/** A file read whole within a size limit. */
export interface ReadBytes {
  readonly read: true;
  readonly path: string;
  readonly bytes: Uint8Array;
}

/**
 * Reads an untrusted file's bytes within a size limit, with the same guards as
 * {@link readDocumentFile} (stat before open, regular files only, reading stops one byte past the
 * limit). Never throws: problems are `file_not_found`, `file_unreadable`, `not_a_directory_entry`
 * or `document_too_large` issues.
 */
export async function readBoundedFile(path: string, maxBytes: number): Promise<ReadBytes | ReadDocumentFailure> {
  let stats: Stats;
  try {
    stats = await stat(path);
  } catch (error) {
    return ioFailure(path, error);
  }
  const refused = refuse(path, stats, maxBytes);
  if (refused) return refused;

  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    const handle = await open(path, "r");
    try {
      // The path may have been replaced between stat and open: check what was opened.
      const opened = refuse(path, await handle.stat(), maxBytes);
      if (opened) return opened;
      for (;;) {
        const chunk = new Uint8Array(Math.min(CHUNK, maxBytes + 1 - total));
        const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
        if (bytesRead === 0) break;
        chunks.push(chunk.subarray(0, bytesRead));
        total += bytesRead;
        if (total > maxBytes) {
          const size = Math.max(total, (await handle.stat()).size);
          return failure(path, "document_too_large", { bytes: size, limit: maxBytes });
        }
      }
    } finally {
      await handle.close();
    }
  } catch (error) {
    return ioFailure(path, error);
  }

  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return { read: true, path, bytes };
}

/**
 * Reads and parses an untrusted JSON document. The size is checked with stat before the file is
 * opened (a 1 GB file is refused without reading it), FIFOs and devices are refused before open
 * (opening a FIFO would block), and reading stops one byte past the limit, so a file that grows
 * after the check, or one whose stat size is 0 like many in /proc, cannot exhaust memory either.
 * Never throws: I/O problems are `file_not_found`, `file_unreadable`, `not_a_directory_entry` or
 * `document_too_large` issues.
 */
export async function readDocumentFile(path: string, options: ParseJsonOptions = {}): Promise<ReadDocumentResult> {
  const { maxBytes } = resolveParseLimits(options);
  const file = await readBoundedFile(path, maxBytes);
  if (!file.read) return file;
  return { read: true, path, bytes: file.bytes, parsed: parseJsonDocument(file.bytes, options) };
}
