/**
 * Reading a JSON input that is not a sevscale document (an incident's facts) from a file or from
 * standard input: as untrusted as any document, so it goes through the same safe parser and limits.
 */
import { resolve } from "node:path";
import { locateIssues, parseJsonDocument, resolveParseLimits } from "@sevscale/core";
import type { LocatedIssue, Locate } from "@sevscale/core";
import { readBoundedFile, readDocumentFile } from "@sevscale/node";
import type { CliIO } from "./io.js";

/** A parsed JSON input with its locator, or the issues that stopped it. */
export type JsonInput =
  | { readonly ok: true; readonly value: unknown; readonly locate: Locate; readonly issues: readonly LocatedIssue[] }
  | { readonly ok: false; readonly issues: readonly LocatedIssue[]; readonly io: boolean };

/** Reads standard input up to `maxBytes` (plus one byte, to tell that it is over). */
async function readStdin(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Uint8Array | { tooLarge: number }> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(buf);
    total += buf.length;
    // Stop reading at once: a producer that never ends must not fill memory.
    if (total > maxBytes) return { tooLarge: total };
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** Reads and parses a JSON input: `-` is standard input, anything else a path from the working directory. */
export async function readJsonInput(arg: string, io: CliIO, options: { maxBytes?: number } = {}): Promise<JsonInput> {
  const { maxBytes } = resolveParseLimits(options);
  if (arg === "-") {
    const bytes = await readStdin(io.stdin, maxBytes);
    if (!(bytes instanceof Uint8Array)) {
      return { ok: false, io: false, issues: [{ code: "document_too_large", severity: "error", pointer: "", params: { bytes: bytes.tooLarge, limit: maxBytes } }] };
    }
    return fromParsed(parseJsonDocument(bytes, { maxBytes }));
  }
  const read = await readDocumentFile(resolve(io.cwd, arg), { maxBytes });
  if (!read.read) return { ok: false, issues: locateIssues(read.issues, undefined), io: read.issues.some((i) => i.code !== "document_too_large") };
  return fromParsed(read.parsed);
}

function fromParsed(parsed: ReturnType<typeof parseJsonDocument>): JsonInput {
  const issues = locateIssues(parsed.issues, parsed.locate);
  return parsed.ok ? { ok: true, value: parsed.value, locate: parsed.locate, issues } : { ok: false, issues, io: false };
}

/** A text input (UTF-8) with its bytes bounded, or the issues that stopped it. */
export type TextInput = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly issues: readonly LocatedIssue[]; readonly io: boolean };

/** Reads a text input (an SSSOM/TSV file): `-` is standard input, anything else a path; at most `maxBytes`. */
export async function readTextInput(arg: string, io: CliIO, options: { maxBytes?: number } = {}): Promise<TextInput> {
  const { maxBytes } = resolveParseLimits(options);
  let bytes: Uint8Array;
  if (arg === "-") {
    const read = await readStdin(io.stdin, maxBytes);
    if (!(read instanceof Uint8Array)) {
      return { ok: false, io: false, issues: [{ code: "document_too_large", severity: "error", pointer: "", params: { bytes: read.tooLarge, limit: maxBytes } }] };
    }
    bytes = read;
  } else {
    const read = await readBoundedFile(resolve(io.cwd, arg), maxBytes);
    if (!read.read) return { ok: false, issues: locateIssues(read.issues, undefined), io: read.issues.some((i) => i.code !== "document_too_large") };
    bytes = read.bytes;
  }
  // Invalid UTF-8 becomes U+FFFD rather than failing: the importer then reports the cells it cannot use.
  return { ok: true, text: new TextDecoder("utf-8").decode(bytes) };
}
