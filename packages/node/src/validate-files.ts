import { readdir } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { detectKind, locateIssues, scaleResolverFor, validateDocument, validateKeyring } from "@sevscale/core";
import type { DocumentKind, LocatedIssue, Progress, ScaleResolver } from "@sevscale/core";
import { STDIN_PATH, readDocumentFile } from "./read-document-file.js";
import type { ReadDocumentOptions, ReadDocumentResult } from "./read-document-file.js";

/** What validating one file found. */
export interface FileReport {
  /** Absolute path. */
  readonly path: string;
  /** The document's kind; `keyring` for a keyring (checked by the core's keyring rules). */
  readonly kind: DocumentKind | "keyring" | null;
  /** No issue of severity error. */
  readonly valid: boolean;
  /** Parse issues, then validation issues, with line and column when known. */
  readonly issues: readonly LocatedIssue[];
}

/** Options of {@link validateFiles}. */
export interface ValidateFilesOptions extends ReadDocumentOptions {
  /**
   * Also look for the scales a mapping refers to in `../scales/` and beside the mapping file, when
   * they are not among the files being validated (default true).
   */
  readonly findSiblingScales?: boolean;
  /**
   * Called after each file is read (phase `read`), then after each is validated (phase `check`),
   * `total` the files given; never changes the reports.
   */
  readonly onProgress?: (progress: Progress) => void;
}

/** A keyring is not one of the document kinds `validateDocument` knows: it has its own checks. */
function isKeyring(value: unknown): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value) && (value as { kind?: unknown }).kind === "keyring";
}

/** The JSON files in `../scales/` and beside a mapping file, where its scales are looked for (internal). */
export async function siblingScaleFiles(mappingPath: string): Promise<string[]> {
  const out: string[] = [];
  for (const dir of [resolve(dirname(mappingPath), "..", "scales"), dirname(mappingPath)]) {
    try {
      for (const name of (await readdir(dir)).sort()) if (name.endsWith(".json")) out.push(join(dir, name));
    } catch {
      // No such folder: nothing to add.
    }
  }
  return out;
}

/**
 * Reads, parses and validates files (structure, then meaning), resolving the scales that mappings
 * and assessments refer to among the files given (and, by default, in `../scales/` and beside each), with
 * line and column for every issue. Never throws for bad input; every problem is an issue.
 */
export async function validateFiles(paths: readonly string[], options: ValidateFilesOptions = {}): Promise<FileReport[]> {
  const total = paths.length;
  const loaded: ReadDocumentResult[] = [];
  for (const p of paths) {
    loaded.push(await readDocumentFile(p, options));
    options.onProgress?.({ phase: "read", done: loaded.length, total });
  }
  const valueOf = (l: ReadDocumentResult) => (l.ok ? l.value : undefined);

  const values = loaded.map(valueOf);
  if (options.findSiblingScales !== false) {
    const given = scaleResolverFor(values);
    const extra = new Set<string>();
    for (const l of loaded) {
      const value = valueOf(l);
      const kind = detectKind(value);
      if ((kind !== "mapping" && kind !== "assessment") || l.path === STDIN_PATH) continue;
      // A mapping's subject scale, an assessment's scale.
      const named = kind === "mapping" ? (value as { subject?: { id?: unknown } }).subject : (value as { scale?: { id?: unknown } }).scale;
      if (typeof named?.id === "string" && given(named.id, "*") === undefined) for (const f of await siblingScaleFiles(l.path)) extra.add(f);
    }
    for (const f of extra) if (!loaded.some((l) => l.path === f)) values.push(valueOf(await readDocumentFile(f, options)));
  }
  // The one resolver every command uses (core's rule: the newest within the range, else the newest, with a warning).
  const resolveScale = scaleResolverFor(values);

  return loaded.map((l, i) => {
    const report = reportOf(l, resolveScale);
    options.onProgress?.({ phase: "check", done: i + 1, total });
    return report;
  });
}

/** What validating one loaded file found. */
function reportOf(l: ReadDocumentResult, resolveScale: ScaleResolver): FileReport {
  if (!l.ok) return { path: l.path, kind: null, valid: false, issues: l.issues };
  if (isKeyring(l.value)) {
    const issues = [...l.issues, ...locateIssues(validateKeyring(l.value), l.locate)];
    return { path: l.path, kind: "keyring", valid: !issues.some((i) => i.severity === "error"), issues };
  }
  const result = validateDocument(l.value, { resolveScale });
  const issues = [...l.issues, ...locateIssues(result.issues, l.locate)];
  return { path: l.path, kind: result.kind, valid: !issues.some((i) => i.severity === "error"), issues };
}
