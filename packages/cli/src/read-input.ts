/**
 * A command-line argument read with the one loader of @sevscale/node: `-` is the command's standard
 * input, anything else a path from its working directory. Facts, SSSOM files and documents alike
 * are untrusted, so they go through the same bounded reader and safe parser.
 */
import { resolve } from "node:path";
import { Readable } from "node:stream";
import { STDIN_PATH, readBoundedFile, readDocumentFile, readKeyringFile } from "@sevscale/node";
import type { ReadDocumentResult } from "@sevscale/node";
import { resolveParseLimits } from "@sevscale/core";
import type { Keyring, LocatedIssue } from "@sevscale/core";
import type { CommandContext } from "./context.js";
import type { CliIO } from "./io.js";
import { printInputProblems } from "./report.js";

/** What reading a JSON argument gave: the loader's one result shape. */
export type JsonInput = ReadDocumentResult;

/** The path the loader reads for an argument: `-` as it is, anything else from the working directory. */
export function inputPath(arg: string, io: CliIO): string {
  return arg === STDIN_PATH ? STDIN_PATH : resolve(io.cwd, arg);
}

/** Reads and parses a JSON argument (`-` is standard input). */
export function readJsonInput(arg: string, io: CliIO, options: { maxBytes?: number } = {}): Promise<JsonInput> {
  return readDocumentFile(inputPath(arg, io), { ...options, stdin: io.stdin });
}

/** A text input (UTF-8) with its bytes bounded, or the issues that stopped it. */
export type TextInput = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly issues: readonly LocatedIssue[]; readonly io: boolean };

/** Reads a text argument (an SSSOM/TSV file; `-` is standard input), at most `maxBytes`. */
export async function readTextInput(arg: string, io: CliIO, options: { maxBytes?: number } = {}): Promise<TextInput> {
  const read = await readBoundedFile(inputPath(arg, io), resolveParseLimits(options).maxBytes, { stdin: io.stdin });
  // Invalid UTF-8 becomes U+FFFD rather than failing: the importer then reports the cells it cannot use.
  return read.ok ? { ok: true, text: new TextDecoder("utf-8").decode(read.bytes) } : read;
}

/** Standard input read once, ready to be read again: a fresh stream of the same bytes on each call. */
export type StdinReplay = { readonly ok: true; readonly stdin: () => NodeJS.ReadableStream } | { readonly ok: false; readonly issues: readonly LocatedIssue[]; readonly io: boolean };

/**
 * Reads standard input once, within `maxBytes`, for a command that loads the same `-` document
 * more than once (audit loads a mapping, then again against its scales): each load gets a fresh
 * stream of the same bytes instead of finding standard input already consumed.
 */
export async function replayStdin(io: CliIO, options: { maxBytes?: number } = {}): Promise<StdinReplay> {
  // One byte over the limit is enough for the loader to report the document as too large.
  const read = await readBoundedFile(STDIN_PATH, resolveParseLimits(options).maxBytes + 1, { stdin: io.stdin });
  if (!read.ok) return read;
  const bytes = Buffer.from(read.bytes);
  return { ok: true, stdin: () => Readable.from([bytes]) };
}

/**
 * The keyring an option (`--keyring`) names, read by node's readKeyringFile: undefined when none is
 * named; null when it could not be used, its problems then printed on standard error against it
 * (the command exits 2: a usage problem, not a finding).
 */
export async function readKeyringOption(ctx: CommandContext, arg: unknown): Promise<Keyring | undefined | null> {
  if (typeof arg !== "string") return undefined;
  const ring = await readKeyringFile(resolve(ctx.io.cwd, arg));
  if (ring.ok) return ring.keyring;
  printInputProblems(ctx.io, ring.issues.map((issue) => ({ file: arg, issue })), ctx.lang);
  return null;
}
