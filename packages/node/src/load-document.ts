/**
 * Loading the documents a command works on: a scale or mapping file (read safely, validated in
 * structure and meaning, every issue with its line and column), the built-in reference scale by
 * the name `crs`, and the mapping of a scale onto the reference scale found beside it.
 */
import { stat } from "node:fs/promises";
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from "node:path";
import { REFERENCE_SCALE, detectKind, identityMapping, locateIssues, pickScaleVersion, scaleResolverFor, validateDocument } from "@sevscale/core";
import type { Issue, LocatedIssue, Locate, Mapping, Scale, ScaleResolver } from "@sevscale/core";
import { STDIN_PATH, readDocumentFile } from "./read-document-file.js";
import type { ReadDocumentOptions } from "./read-document-file.js";
import { siblingScaleFiles } from "./validate-files.js";

/** What a command expects to load; `scale-or-mapping` takes either (as `diff` does). */
export type ExpectedKind = "scale" | "mapping" | "scale-or-mapping";

/** The document type of an expected kind. */
export type DocumentOf<K extends ExpectedKind> = K extends "scale" ? Scale : K extends "mapping" ? Mapping : Scale | Mapping;

/** Options of {@link loadDocument}. */
export interface LoadDocumentOptions extends ReadDocumentOptions {
  /** Directory relative paths are resolved from (default: the process's). */
  readonly cwd?: string;
  /** Finds the scales a mapping refers to, for its meaning rules (the reference scale always resolves). */
  readonly resolveScale?: ScaleResolver;
}

/** A document that loaded without errors; `issues` holds its warnings and infos. */
export interface LoadedDocument<T> {
  readonly ok: true;
  /** Absolute path, `-` for standard input, or `crs` for the built-in reference scale. */
  readonly path: string;
  /** True for a document that is part of sevscale (the reference scale, an identity mapping). */
  readonly builtIn: boolean;
  readonly document: T;
  readonly issues: readonly LocatedIssue[];
  /** Maps a JSON Pointer of the document to its line and column (undefined for built-in documents). */
  readonly locate?: Locate;
}

/** A document that could not be used: unreadable (`io`), or not a valid document of the expected kind. */
export interface LoadFailure {
  readonly ok: false;
  readonly path: string;
  readonly issues: readonly LocatedIssue[];
  /** True when the file is missing or unreadable (a usage or I/O problem, not a finding about a document). */
  readonly io: boolean;
}

/** Result of {@link loadDocument}. */
export type LoadResult<T> = LoadedDocument<T> | LoadFailure;

/** The name that stands for the built-in reference scale wherever a scale file is expected. */
export const REFERENCE_SCALE_NAME = "crs";

/** True when a command-line argument names the built-in reference scale (`crs`, any case). */
export function isReferenceScaleName(arg: string): boolean {
  return arg.toLowerCase() === REFERENCE_SCALE_NAME;
}

const reference = REFERENCE_SCALE as unknown as Scale;

function loadIssue(code: string, params: Issue["params"]): LocatedIssue {
  return { code, severity: "error", pointer: "", params };
}

/**
 * Loads a scale or mapping: `crs` (any case) is the built-in reference scale when a scale is
 * expected; `-` is standard input; anything else is a path; read by the one loader
 * ({@link readDocumentFile}) with the size and depth limits of the parser, then
 * validated (structure, then meaning). Errors make the result not ok; a missing or unreadable file
 * is marked `io`. Never throws for bad input.
 *
 * @example
 * const r = await loadDocument("examples/scales/au-asd.json", "scale");
 * if (r.ok) classify(r.document, facts);
 */
export async function loadDocument<K extends ExpectedKind>(
  pathOrName: string,
  expected: K,
  options: LoadDocumentOptions = {},
): Promise<LoadResult<DocumentOf<K>>> {
  if (expected !== "mapping" && isReferenceScaleName(pathOrName)) {
    return { ok: true, path: REFERENCE_SCALE_NAME, builtIn: true, document: reference as DocumentOf<K>, issues: [] };
  }
  const path = pathOrName === STDIN_PATH ? STDIN_PATH : resolve(options.cwd ?? process.cwd(), pathOrName);
  const read = await readDocumentFile(path, options);
  if (!read.ok) return { ok: false, path, issues: read.issues, io: read.io };
  const parseIssues = read.issues;

  const found = detectKind(read.value);
  const wanted: "scale" | "mapping" = expected === "scale-or-mapping" ? (found === "mapping" ? "mapping" : "scale") : (expected as "scale" | "mapping");
  if (found !== null && found !== wanted) {
    const issue = loadIssue("document_kind_unexpected", { expected: expected === "scale-or-mapping" ? "scale | mapping" : expected, found });
    return { ok: false, path, issues: [...parseIssues, ...locateIssues([{ ...issue, pointer: "/kind" }], read.locate)], io: false };
  }
  const result = validateDocument(read.value, { kind: wanted, ...(options.resolveScale ? { resolveScale: options.resolveScale } : {}) });
  const issues = [...parseIssues, ...locateIssues(result.issues, read.locate)];
  if (!result.valid || result.document === undefined) return { ok: false, path, issues, io: false };
  return { ok: true, path, builtIn: false, document: result.document as DocumentOf<K>, issues, locate: read.locate };
}

/**
 * Where the mapping of a scale file onto the reference scale is looked for, in order:
 * `../mappings/<stem>-to-crs.json` (the examples' layout), then `<stem>-to-crs.json` beside it.
 */
export function mappingCandidates(scalePath: string, cwd: string = process.cwd()): string[] {
  const abs = resolve(cwd, scalePath);
  const stem = basename(abs, extname(abs));
  const dir = dirname(abs);
  return [join(dir, "..", "mappings", `${stem}-to-crs.json`), join(dir, `${stem}-to-crs.json`)];
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** The first of {@link mappingCandidates} that exists, or undefined. */
export async function findMappingFor(scalePath: string, cwd: string = process.cwd()): Promise<string | undefined> {
  for (const candidate of mappingCandidates(scalePath, cwd)) if (await isFile(candidate)) return candidate;
  return undefined;
}

/** A resolver that knows one scale (for checking its mapping's meaning rules), by core's one rule ({@link scaleResolverFor}). */
export function resolverFor(scale: Scale): ScaleResolver {
  return scaleResolverFor([scale]);
}

/** Options of {@link loadMappingFor}. */
export interface LoadMappingForOptions extends LoadDocumentOptions {
  /** A mapping file named by the user; when absent the mapping is found beside the scale. */
  readonly mapping?: string;
  /**
   * The command's option that names a mapping file (default `--mapping`): what the issue tells
   * the user to pass when the scale came from standard input and there is nowhere to look beside it.
   */
  readonly mappingOption?: string;
}

function shown(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}

/**
 * Loads the mapping of a scale onto the reference scale: the file given, else for `crs` the
 * identity mapping, else the first of {@link mappingCandidates} that exists (validated against
 * the scale). No mapping found is `mapping_not_found`, an `io` failure; for a scale read from
 * standard input (`-`), which has no folder to look in, `mapping_not_found_stdin`, naming the option to pass.
 */
export async function loadMappingFor(scaleArg: string, scale: Scale, options: LoadMappingForOptions = {}): Promise<LoadResult<Mapping>> {
  const { mapping, mappingOption, ...rest } = options;
  const withScale: LoadDocumentOptions = { ...rest, resolveScale: options.resolveScale ?? resolverFor(scale) };
  if (mapping !== undefined) return loadDocument(mapping, "mapping", withScale);
  if (isReferenceScaleName(scaleArg)) {
    return { ok: true, path: REFERENCE_SCALE_NAME, builtIn: true, document: identityMapping(reference), issues: [] };
  }
  if (scaleArg === STDIN_PATH) {
    return { ok: false, path: STDIN_PATH, issues: [loadIssue("mapping_not_found_stdin", { scale: scale.id, option: mappingOption ?? "--mapping" })], io: true };
  }
  const cwd = options.cwd ?? process.cwd();
  const found = await findMappingFor(scaleArg, cwd);
  if (found !== undefined) return loadDocument(found, "mapping", withScale);
  const tried = mappingCandidates(scaleArg, cwd).map((p) => shown(p, cwd));
  return { ok: false, path: resolve(cwd, scaleArg), issues: [loadIssue("mapping_not_found", { scale: scale.id, tried })], io: true };
}

/** Options of {@link loadScaleFor}. */
export interface LoadScaleForOptions extends LoadDocumentOptions {
  /** A scale file named by the user; when absent the scale is found beside the mapping. */
  readonly scale?: string;
}

/**
 * Loads a scale a mapping refers to (`role`: its subject or its object): the file given, else the
 * built-in reference scale when the mapping names it, else the version core's one rule picks
 * ({@link pickScaleVersion}: the newest within the mapping's range, else the newest, which the
 * mapping's rules then flag) among the scales in `../scales/` and beside the mapping file (as
 * `validate` finds them). None of that id found is `scale_not_found`, an `io` failure; for a mapping
 * read from standard input (`-`), which has no folder to look in, `scale_not_found_stdin`, naming
 * the option to pass.
 *
 * @example
 * const s = await loadScaleFor("examples/mappings/au-asd-to-crs.json", mapping, "subject"); // examples/scales/au-asd.json
 */
export async function loadScaleFor(mappingPath: string, mapping: Mapping, role: "subject" | "object", options: LoadScaleForOptions = {}): Promise<LoadResult<Scale>> {
  const { scale, ...rest } = options;
  if (scale !== undefined) return loadDocument(scale, "scale", rest);
  const wanted = mapping[role];
  if (wanted.id === reference.id) return { ok: true, path: REFERENCE_SCALE_NAME, builtIn: true, document: reference, issues: [] };
  if (mappingPath === STDIN_PATH) {
    return { ok: false, path: STDIN_PATH, issues: [loadIssue("scale_not_found_stdin", { id: wanted.id, range: wanted.versions, option: "--scale" })], io: true };
  }
  const cwd = options.cwd ?? process.cwd();
  const found: { path: string; version: string }[] = [];
  for (const file of await siblingScaleFiles(resolve(cwd, mappingPath))) {
    const read = await readDocumentFile(file, rest);
    if (!read.ok) continue;
    const v = read.value as { kind?: unknown; id?: unknown; version?: unknown };
    if (v.kind === "scale" && v.id === wanted.id && typeof v.version === "string") found.push({ path: file, version: v.version });
  }
  const chosen = pickScaleVersion(found.map((f) => f.version), wanted.versions);
  const hit = found.find((f) => f.version === chosen);
  if (hit) return loadDocument(hit.path, "scale", rest);
  return { ok: false, path: resolve(cwd, mappingPath), issues: [loadIssue("scale_not_found", { id: wanted.id, range: wanted.versions })], io: true };
}
