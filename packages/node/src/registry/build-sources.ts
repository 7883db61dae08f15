import type { Issue, RegistryDocumentKind } from "@sevscale/core";
import { checkSourceDocument, safeDocumentDigest, scaleResolverFor } from "@sevscale/core";
import { collectJsonFiles } from "../collect.js";
import { readDocumentFile } from "../read-document-file.js";
import type { RegistryFinding, RegistryProgress } from "./source.js";
import { fileIssue } from "./source.js";

/** A source document that passed its checks, with its canonical form and digests. */
export interface SourceDocument {
  /** Absolute path of the source file (or of the registry file it was carried over from). */
  readonly file: string;
  readonly kind: RegistryDocumentKind;
  readonly id: string;
  readonly version: string;
  readonly status: "draft" | "active" | "superseded" | "retired";
  readonly value: unknown;
  readonly canonical: Uint8Array;
  readonly sha256: string;
  readonly sha512: string;
}

function str(value: unknown, key: string): string {
  const v = (value as Record<string, unknown>)[key];
  return typeof v === "string" ? v : "";
}

/** Canonical form and digests of a checked document. */
export async function describeSource(file: string, kind: RegistryDocumentKind, value: unknown): Promise<SourceDocument | { issues: readonly Issue[] }> {
  const digest = await safeDocumentDigest(value);
  if (!digest.ok) return { issues: digest.issues };
  const status = str(value, "status") as SourceDocument["status"];
  return { file, kind, id: str(value, "id"), version: str(value, "version"), status, value, canonical: digest.canonical, sha256: digest.sha256, sha512: digest.sha512 };
}

/**
 * Reads every JSON document under the source paths, checks each (all of them: one bad file does
 * not hide the next; mappings against the scales among the sources or in `published`), and refuses two files that give one id@version different content (the same
 * content twice is kept once). Returns the documents and every finding, by source file.
 */
export async function readSources(
  sources: readonly string[],
  onProgress?: (p: RegistryProgress) => void,
  published: readonly unknown[] = [],
): Promise<{ documents: SourceDocument[]; findings: RegistryFinding[] }> {
  const { files, missing, problems } = await collectJsonFiles(sources);
  // Findings grouped by file, in the order files were found, whichever step found them.
  const byFile = new Map<string, RegistryFinding[]>(files.map((f) => [f, []]));
  const report = (file: string, issues: readonly Issue[]) => byFile.get(file)?.push(...issues.map((issue) => ({ path: file, issue })));

  const parsed: { file: string; value: unknown }[] = [];
  let done = 0;
  for (const file of files) {
    const read = await readDocumentFile(file);
    onProgress?.({ phase: "read", done: ++done, total: files.length });
    // Parse warnings and infos too (e.g. byte_order_mark), as validate reports them.
    report(file, read.issues);
    if (read.ok) parsed.push({ file, value: read.value });
  }

  // Mappings resolve their scales among the sources, then among the documents already published.
  const fromSources = scaleResolverFor(parsed.map((p) => p.value));
  const fromRegistry = scaleResolverFor(published);
  const resolveScale = (id: string, range: string) => fromSources(id, range) ?? fromRegistry(id, range);
  const documents: SourceDocument[] = [];
  const seen = new Map<string, SourceDocument>();
  for (const { file, value } of parsed) {
    const check = checkSourceDocument(value, { resolveScale });
    report(file, check.issues);
    if (check.kind === null || check.issues.some((i) => i.severity === "error")) continue;
    const doc = await describeSource(file, check.kind, value);
    if ("issues" in doc) {
      report(file, doc.issues);
      continue;
    }
    const ref = `${doc.id}@${doc.version}`;
    const first = seen.get(ref);
    if (!first) {
      seen.set(ref, doc);
      documents.push(doc);
    } else if (first.sha512 !== doc.sha512) {
      report(file, [fileIssue("registry_duplicate_version", { id: doc.id, version: doc.version, other: first.file })]);
    }
  }
  const findings = [...missing.map((m) => ({ path: m, issue: fileIssue("file_not_found", { path: m }) })), ...problems, ...[...byFile.values()].flat()];
  return { documents, findings };
}
