/**
 * The one reader of untrusted input for node, the registry and the CLI: a file (or `-`, standard
 * input) read within a size limit, parsed strictly, with every problem a coded issue located by
 * line and column. {@link readDocumentFile} is the document loader; {@link readBoundedFile} the
 * bytes beneath it, and {@link readTextFile} a small text file (a signature, a digest file).
 */
import { closeSync, fstatSync, openSync, readSync, statSync } from "node:fs";
import type { Stats } from "node:fs";
import { locateIssues, safeParseJsonDocument, resolveParseLimits } from "@sevscale/core";
import type { Issue, LocatedIssue, Locate, ParseJsonOptions } from "@sevscale/core";

/** The path that stands for standard input wherever a document or a text file is read. */
export const STDIN_PATH = "-";

/** Options of {@link readDocumentFile} and {@link readBoundedFile}. */
export interface ReadDocumentOptions extends ParseJsonOptions {
  /** What the path `-` reads (default: the process's standard input). */
  readonly stdin?: AsyncIterable<unknown>;
}

/** A document that was read and parsed: its bytes, its value with positions, and its infos and warnings. */
export interface ReadDocument {
  readonly ok: true;
  /** The path read, or `-` for standard input. */
  readonly path: string;
  readonly bytes: Uint8Array;
  /** The decoded text without its byte order mark; positions index into it. */
  readonly text: string;
  readonly value: unknown;
  /** Maps a JSON Pointer of the document to its line and column. */
  readonly locate: Locate;
  /** Infos and warnings of parsing (e.g. `byte_order_mark`), located. */
  readonly issues: readonly LocatedIssue[];
}

/**
 * Input that could not be used: not read (missing, unreadable, not a regular file, over the size
 * limit) or not strict JSON. `issues` holds at least one error, located when the text parsed far enough.
 */
export interface ReadDocumentFailure {
  readonly ok: false;
  readonly path: string;
  /** True when the input is missing or unreadable: a usage or I/O problem, not a finding about a document. */
  readonly io: boolean;
  readonly issues: readonly LocatedIssue[];
  /** Present when the bytes were read (the failure is the parser's). */
  readonly bytes?: Uint8Array;
  readonly locate?: Locate;
}

/** Result of {@link readDocumentFile}: one shape for every reader of documents. */
export type ReadDocumentResult = ReadDocument | ReadDocumentFailure;

/** Input read whole within a size limit. */
export interface ReadBytes {
  readonly ok: true;
  readonly path: string;
  readonly bytes: Uint8Array;
}

/** Codes that say the input could not be read at all (missing, unreadable, not a regular file). */
const IO_CODES = new Set(["file_not_found", "file_unreadable", "not_a_directory_entry"]);

const CHUNK = 64 * 1024;

function failure(path: string, code: string, params: Issue["params"]): ReadDocumentFailure {
  return { ok: false, path, io: IO_CODES.has(code), issues: [{ code, severity: "error", pointer: "", params }] };
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

/** Reads a stream up to `maxBytes` (and one byte more, to tell that it is over), then stops. */
async function readStream(path: string, stream: AsyncIterable<unknown>, maxBytes: number): Promise<ReadBytes | ReadDocumentFailure> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === "string" ? new TextEncoder().encode(chunk) : (chunk as Uint8Array);
      chunks.push(bytes);
      total += bytes.length;
      // Stop reading at once: a producer that never ends must not fill memory.
      if (total > maxBytes) return failure(path, "document_too_large", { bytes: total, limit: maxBytes });
    }
  } catch (error) {
    return ioFailure(path, error);
  }
  return { ok: true, path, bytes: concat(chunks, total) };
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

/**
 * Reads an untrusted file's bytes within a size limit, with the same guards as
 * {@link readDocumentFile} (stat before open, regular files only, reading stops one byte past the
 * limit); `-` reads standard input (`options.stdin`) within the same limit. Never throws: problems
 * are `file_not_found`, `file_unreadable`, `not_a_directory_entry` or `document_too_large` issues.
 */
export async function readBoundedFile(path: string, maxBytes: number, options: Pick<ReadDocumentOptions, "stdin"> = {}): Promise<ReadBytes | ReadDocumentFailure> {
  if (path === STDIN_PATH) return readStream(path, options.stdin ?? process.stdin, maxBytes);
  // Synchronous calls: only regular files are opened (anything else is refused before open),
  // every read is bounded, and the thread pool behind asynchronous fs is not started (its start-up
  // is a good part of a CLI run's time, more on a busy machine).
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (error) {
    return ioFailure(path, error);
  }
  const refused = refuse(path, stats, maxBytes);
  if (refused) return refused;

  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    const fd = openSync(path, "r");
    try {
      // The path may have been replaced between stat and open: check what was opened.
      const opened = refuse(path, fstatSync(fd), maxBytes);
      if (opened) return opened;
      for (;;) {
        const chunk = new Uint8Array(Math.min(CHUNK, maxBytes + 1 - total));
        const bytesRead = readSync(fd, chunk, 0, chunk.length, null);
        if (bytesRead === 0) break;
        chunks.push(chunk.subarray(0, bytesRead));
        total += bytesRead;
        if (total > maxBytes) {
          const size = Math.max(total, fstatSync(fd).size);
          return failure(path, "document_too_large", { bytes: size, limit: maxBytes });
        }
      }
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return ioFailure(path, error);
  }

  return { ok: true, path, bytes: concat(chunks, total) };
}

/**
 * The document loader: reads and parses an untrusted JSON document, from a file or, for the path
 * `-`, from standard input. The size is checked with stat before the file is opened (a 1 GB file
 * is refused without reading it), FIFOs and devices are refused before open (opening a FIFO would
 * block), and reading stops one byte past the limit, so a file that grows after the check, one
 * whose stat size is 0 like many in /proc, or a stream that never ends cannot exhaust memory
 * either. Never throws: I/O problems are `file_not_found`, `file_unreadable`,
 * `not_a_directory_entry` or `document_too_large` issues, parse problems the parser's, each with
 * line and column when known.
 *
 * A local file is read with synchronous, bounded calls (a CLI run then starts no thread pool): the
 * promise resolves after the whole file was read, and the event loop waits meanwhile, for at most
 * `maxBytes` (5 MiB by default). A server that reads large untrusted files while serving others
 * should call this from a worker thread. Standard input is read asynchronously.
 *
 * @example
 * const doc = await readDocumentFile("examples/scales/au-asd.json");
 * if (doc.ok) validateDocument(doc.value); else report(doc.issues);
 */
export async function readDocumentFile(path: string, options: ReadDocumentOptions = {}): Promise<ReadDocumentResult> {
  const { maxBytes } = resolveParseLimits(options);
  const file = await readBoundedFile(path, maxBytes, options);
  if (!file.ok) return file;
  const parsed = safeParseJsonDocument(file.bytes, options);
  const issues = locateIssues(parsed.issues, parsed.locate);
  if (!parsed.ok) return { ok: false, path, io: false, issues, bytes: file.bytes, locate: parsed.locate };
  return { ok: true, path, bytes: file.bytes, text: parsed.text, value: parsed.value, locate: parsed.locate, issues };
}

/** Largest small text file read (a signature, a digest file): 64 KiB. */
export const TEXT_FILE_LIMIT = 64 * 1024;

/** A small text file's content, or the issues explaining why it could not be read. */
export type TextFileResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Reads a small untrusted UTF-8 text file (a `.jws`, a `.sha256`) with the bounded reader: regular
 * files only (a FIFO or /dev/zero is refused, never read), at most `maxBytes`. A missing or
 * unreadable file is an `integrity_file_unreadable` issue; anything else the reader's coded issue
 * (`not_a_directory_entry`, `document_too_large`).
 */
export async function readTextFile(path: string, maxBytes = TEXT_FILE_LIMIT): Promise<TextFileResult> {
  const read = await readBoundedFile(path, maxBytes);
  if (read.ok) return { ok: true, text: new TextDecoder("utf-8").decode(read.bytes) };
  const io = read.issues.find((i) => i.code === "file_not_found" || i.code === "file_unreadable");
  if (!io) return { ok: false, issues: read.issues };
  return { ok: false, issues: [{ code: "integrity_file_unreadable", severity: "error", pointer: "", params: { path, reason: io.code === "file_not_found" ? "ENOENT" : String(io.params["reason"]) } }] };
}
