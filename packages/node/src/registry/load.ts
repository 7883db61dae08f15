import { stat } from "node:fs/promises";
import type { Issue, Keyring, Mapping, RegistryEntry, RegistryIndex, Scale, ScaleResolver } from "@sevscale/core";
import {
  DEFAULT_MAX_BYTES,
  REGISTRY_INDEX_FILE,
  checkDigestFile,
  checkEntryDocument,
  checkRegistryIndex,
  checkSourceDocument,
  documentNamespace,
  hasErrors,
  keyringCovers,
  parseJsonDocument,
  registryBaseName,
  safeCanonicalBytes,
  scaleResolverFor,
  sha256Hex,
  sha512Hex,
  sidecarPaths,
  validateKeyring,
  verifyDocument,
} from "@sevscale/core";
import { readKeyringFile } from "../keyring-file.js";
import { directorySource } from "./dir-source.js";
import { httpSource } from "./http-source.js";
import type { RegistryFinding, RegistryProgress, RegistrySource } from "./source.js";
import { fileIssue, mapLimit } from "./source.js";

/** Options of {@link loadRegistry}. */
export interface LoadRegistryOptions {
  /** Verify signatures against this keyring (a keyring document, or the path of one). */
  readonly keyring?: Keyring | string;
  /** Instant at which signing keys must be valid (default: now). */
  readonly at?: Date;
  /** The fetch used for http(s) registries (default: the global fetch). */
  readonly fetch?: typeof fetch;
  /** Time limit of each HTTP request in milliseconds (default 30 s). */
  readonly timeoutMs?: number;
  /** Largest document accepted, in bytes (default 5 MiB). */
  readonly maxBytes?: number;
  /** Largest index accepted, in bytes (default 32 MiB). */
  readonly maxIndexBytes?: number;
  /** Documents read at once (default 8). */
  readonly concurrency?: number;
  /**
   * Overall time limit of loading an http(s) registry, in milliseconds (default 10 minutes): past
   * it, requests in flight are aborted, the entries not yet read are not read, and one
   * `registry_deadline_reached` error says how many were checked.
   */
  readonly deadlineMs?: number;
  readonly onProgress?: (progress: RegistryProgress) => void;
}

/** A listed document that passed every check. */
export interface LoadedDocument {
  readonly entry: RegistryEntry;
  readonly document: Scale | Mapping | Keyring;
  /** The detached JWS, when the entry lists one. */
  readonly signature?: string;
}

/** What {@link loadRegistry} found: the index, the documents that verify, and every finding. */
export interface LoadedRegistry {
  /** The directory (absolute) or base URL the registry paths are relative to. */
  readonly root: string;
  /** The index, with only its well-formed entries; undefined when it could not be read. */
  readonly index: RegistryIndex | undefined;
  /** The documents that passed every check, in index order. */
  readonly documents: readonly LoadedDocument[];
  /** The listed entries whose document failed a check (never among `documents`), in index order. */
  readonly rejected: readonly RegistryEntry[];
  /** Every finding, each with the registry path of the file it is about. */
  readonly issues: readonly RegistryFinding[];
  /** True when no finding is an error. */
  readonly ok: boolean;
}

const DIGEST_FILE_LIMIT = 4 * 1024;
const SIGNATURE_FILE_LIMIT = 64 * 1024;
const decoder = new TextDecoder("utf-8", { fatal: false });

/** The URL with any user name and password replaced by "***" (unchanged when it has none or does not parse). */
export function redactUrl(source: string): string {
  try {
    const url = new URL(source);
    if (url.username === "" && url.password === "") return source;
    url.username = "***";
    url.password = "";
    return url.href;
  } catch {
    return source;
  }
}

/** True when a source string is an http(s) URL; other schemes are refused, not read as paths. */
function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

interface Context {
  readonly source: RegistrySource;
  readonly keyring: Keyring | undefined;
  readonly at: Date;
  readonly maxBytes: number;
  /**
   * Parsed documents by the SHA-256 of their bytes: many entries pointing at one content (links,
   * copies) are parsed, canonicalised and held in memory once.
   */
  readonly parsed: Map<string, Promise<ParsedEntry>>;
}

type ParsedEntry = { readonly ok: true; readonly value: unknown; readonly sha256: string; readonly sha512: string } | { readonly ok: false; readonly issues: readonly Issue[] };

/** Parses and digests one document's bytes, once per distinct content. */
async function parseOnce(ctx: Context, bytes: Uint8Array): Promise<ParsedEntry> {
  const key = await sha256Hex(bytes);
  let parsed = ctx.parsed.get(key);
  if (parsed === undefined) {
    parsed = (async (): Promise<ParsedEntry> => {
      const json = parseJsonDocument(bytes, { maxBytes: ctx.maxBytes });
      if (!json.ok) return { ok: false, issues: json.issues };
      const canonical = safeCanonicalBytes(json.value);
      if (!canonical.ok) return { ok: false, issues: canonical.issues };
      const [sha256, sha512] = await Promise.all([sha256Hex(canonical.bytes), sha512Hex(canonical.bytes)]);
      return { ok: true, value: json.value, sha256, sha512 };
    })();
    ctx.parsed.set(key, parsed);
  }
  return parsed;
}

/** What reading one entry gave: the parsed value (when it parsed) and its findings so far. */
interface EntryRead {
  readonly entry: RegistryEntry;
  readonly value?: unknown;
  readonly signature?: string;
  readonly unchecked: boolean;
  /** Findings about reading and parsing the document (shown first). */
  readonly before: RegistryFinding[];
  /** Findings about digests and signatures (shown after the document's own). */
  readonly after: RegistryFinding[];
}

/** Reads one listed document and checks its digests, digest files and signature. */
async function readEntry(ctx: Context, entry: RegistryEntry): Promise<EntryRead> {
  const before: RegistryFinding[] = [];
  const after: RegistryFinding[] = [];
  const add = (list: RegistryFinding[], path: string, issues: readonly Issue[]) => list.push(...issues.map((issue) => ({ path, issue })));
  const stop = (): EntryRead => ({ entry, unchecked: false, before, after });
  const read = await ctx.source.read(entry.path, ctx.maxBytes);
  if (!read.ok) {
    add(before, entry.path, read.issues);
    return stop();
  }
  const parsed = await parseOnce(ctx, read.bytes);
  if (!parsed.ok) {
    add(before, entry.path, parsed.issues);
    return stop();
  }
  const value = parsed.value;
  const digests = { sha256: parsed.sha256, sha512: parsed.sha512 };
  add(after, entry.path, checkEntryDocument(entry, value, digests));

  const sidecars = sidecarPaths(entry.path);
  for (const algorithm of ["sha256", "sha512"] as const) {
    const file = await ctx.source.read(sidecars[algorithm], DIGEST_FILE_LIMIT);
    add(after, sidecars[algorithm], file.ok ? checkDigestFile(decoder.decode(file.bytes), digests, registryBaseName(entry.path), algorithm) : file.issues);
  }

  let signature: string | undefined;
  let unchecked = false;
  if (entry.signature !== undefined) {
    const file = await ctx.source.read(entry.signature, SIGNATURE_FILE_LIMIT);
    if (!file.ok) {
      const detail = file.issues.filter((i) => i.code !== "file_not_found");
      add(after, entry.signature, [fileIssue("registry_signature_missing", { path: entry.signature }), ...detail]);
    } else {
      // A trailing newline (as files are written) is not part of the compact JWS.
      signature = decoder.decode(file.bytes).trim();
      if (ctx.keyring) {
        const result = await verifyDocument(value, signature, ctx.keyring, { at: ctx.at });
        if (!result.valid) add(after, entry.signature, result.issues);
        else if (entry.kid !== undefined && result.kid !== entry.kid) add(after, entry.signature, [fileIssue("registry_kid_mismatch", { listed: entry.kid, actual: result.kid })]);
      } else unchecked = true;
    }
  } else if (ctx.keyring && entry.kind !== "keyring") {
    // The published keyring is not a publisher's document: trust comes from the caller's keyring.
    add(after, entry.path, [unsignedIssue(ctx.keyring, entry, value)]);
  }
  return { entry, value, ...(signature !== undefined ? { signature } : {}), unchecked, before, after };
}

/**
 * An unsigned listed document: an error when the keyring has a key for its namespace (a stripped
 * signature must not pass as "unsigned"), a warning when no key could have signed it.
 */
function unsignedIssue(keyring: Keyring, entry: RegistryEntry, value: unknown): Issue {
  const namespace = documentNamespace(value) ?? entry.id.split("/")[0] ?? "";
  return keyringCovers(keyring.keys, namespace)
    ? { code: "document_signature_required", severity: "error", pointer: "", params: { path: entry.path, namespace } }
    : { code: "document_unsigned", severity: "warning", pointer: "", params: { path: entry.path } };
}

/** Validates a read document (mappings against the registry's own scales) and settles its findings. */
function settle(read: EntryRead, resolveScale: ScaleResolver, checked: Map<unknown, Map<string, readonly Issue[]>>): { findings: RegistryFinding[]; loaded?: LoadedDocument } {
  const own: RegistryFinding[] = [];
  if (read.value !== undefined) {
    // One content listed many times (copies, links) is validated once per kind it is listed as.
    const byKind = checked.get(read.value) ?? new Map<string, readonly Issue[]>();
    checked.set(read.value, byKind);
    let issues = byKind.get(read.entry.kind);
    if (issues === undefined) {
      issues = read.entry.kind === "keyring" ? validateKeyring(read.value) : checkSourceDocument(read.value, { resolveScale }).issues;
      byKind.set(read.entry.kind, issues);
    }
    own.push(...issues.map((issue) => ({ path: read.entry.path, issue })));
  }
  const findings = [...read.before, ...own, ...read.after];
  if (read.value === undefined || findings.some((f) => f.issue.severity === "error")) return { findings };
  const { entry, signature } = read;
  return { findings, loaded: { entry, document: read.value as Scale | Mapping | Keyring, ...(signature !== undefined ? { signature } : {}) } };
}

/**
 * Files of the web viewer that `sevscale registry build --with-viewer` writes beside the index: a
 * published registry may carry its viewer without every page file counting as unlisted.
 */
function isViewerFile(path: string): boolean {
  return path === "index.html" || /^assets\/[A-Za-z0-9._-]+\.(?:js|css)$/.test(path);
}

/** The files an index accounts for: itself, and each entry's document, digests and signature. */
function listedFiles(entries: readonly RegistryEntry[]): Set<string> {
  const files = new Set<string>([REGISTRY_INDEX_FILE]);
  for (const e of entries) {
    const s = sidecarPaths(e.path);
    files.add(e.path).add(s.sha256).add(s.sha512);
    if (e.signature !== undefined) files.add(e.signature);
  }
  return files;
}

/**
 * Loads a registry from a directory or an http(s) URL and checks all of it: the index (safely
 * parsed, entry by entry), then EVERY listed document — its validity (mappings against the
 * registry's own scales), that it is what its entry says, its SHA-256/SHA-512 against the index and against its `.sha256`/`.sha512` files, and its
 * signature (against `options.keyring`: a failing or missing listed signature is an error, and so
 * is an unsigned document of a namespace the keyring has keys for, `document_signature_required`;
 * an unsigned document no key could sign is a warning). A document with any error is never in
 * `documents`: its entry is in `rejected`. Files in the directory that the index does not list are warnings.
 * Nothing is skipped silently: every failure is a finding with the path of its file. Paths that
 * would leave the registry are refused before anything is read. Never throws on bad input.
 */
export async function loadRegistry(source: string, options: LoadRegistryOptions = {}): Promise<LoadedRegistry> {
  const findings: RegistryFinding[] = [];
  const rejected: RegistryEntry[] = [];
  const done = (root: string, index: RegistryIndex | undefined, documents: LoadedDocument[]): LoadedRegistry => ({
    root,
    index,
    documents,
    rejected,
    issues: findings,
    ok: !hasErrors(findings.map((f) => f.issue)),
  });

  let src: RegistrySource;
  let deadline: { signal: AbortSignal; ms: number } | undefined;
  if (isUrl(source)) {
    const shown = redactUrl(source);
    if (shown !== source) {
      // Credentials in a URL end up in logs and messages: refused, and never printed.
      findings.push({ path: shown, issue: fileIssue("registry_url_credentials", { url: shown }) });
      return done(shown, undefined, []);
    }
    const ms = options.deadlineMs ?? 10 * 60 * 1000;
    deadline = { signal: AbortSignal.timeout(ms), ms };
    try {
      src = httpSource(source, {
        ...(options.fetch ? { fetch: options.fetch } : {}),
        ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
        signal: deadline.signal,
      });
    } catch {
      findings.push({ path: source, issue: fileIssue("registry_source_unsupported", { source }) });
      return done(source, undefined, []);
    }
  } else if (/^[A-Za-z][A-Za-z0-9+.-]+:\/\//.test(source)) {
    findings.push({ path: source, issue: fileIssue("registry_source_unsupported", { source }) });
    return done(source, undefined, []);
  } else {
    const info = await stat(source).catch(() => undefined);
    if (!info?.isDirectory()) {
      findings.push({ path: source, issue: info ? fileIssue("registry_source_unsupported", { source }) : fileIssue("file_not_found", { path: source }) });
      return done(source, undefined, []);
    }
    src = await directorySource(source);
  }

  let keyring: Keyring | undefined;
  if (typeof options.keyring === "string") {
    const ring = await readKeyringFile(options.keyring);
    // Without a usable keyring nothing can be verified: say so, and check everything else.
    if (!ring.ok) findings.push(...ring.issues.map((issue) => ({ path: options.keyring as string, issue })));
    else keyring = ring.keyring;
  } else keyring = options.keyring;

  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const indexRead = await src.read(REGISTRY_INDEX_FILE, options.maxIndexBytes ?? 32 * 1024 * 1024);
  if (!indexRead.ok) {
    findings.push(...indexRead.issues.map((issue) => ({ path: REGISTRY_INDEX_FILE, issue })));
    return done(src.root, undefined, []);
  }
  const parsed = parseJsonDocument(indexRead.bytes, { maxBytes: options.maxIndexBytes ?? 32 * 1024 * 1024 });
  if (!parsed.ok) {
    findings.push(...parsed.issues.map((issue) => ({ path: REGISTRY_INDEX_FILE, issue })));
    return done(src.root, undefined, []);
  }
  const checked = checkRegistryIndex(parsed.value);
  findings.push(...checked.issues.map((issue) => ({ path: REGISTRY_INDEX_FILE, issue })));

  const ctx: Context = { source: src, keyring, at: options.at ?? new Date(), maxBytes, parsed: new Map() };
  const total = checked.entries.length;
  let count = 0;
  let late = 0;
  const reads = await mapLimit(checked.entries, options.concurrency ?? 8, async ({ entry }): Promise<EntryRead> => {
    if (deadline?.signal.aborted) {
      late++;
      return { entry, unchecked: false, before: [], after: [] };
    }
    const r = await readEntry(ctx, entry);
    options.onProgress?.({ phase: "check", done: ++count, total });
    return r;
  });
  ctx.parsed.clear();
  if (deadline?.signal.aborted) {
    findings.push({ path: REGISTRY_INDEX_FILE, issue: fileIssue("registry_deadline_reached", { seconds: Math.round(deadline.ms / 1000), checked: total - late, total }) });
  }
  const resolveScale = scaleResolverFor(reads.map((r) => r.value));
  const documents: LoadedDocument[] = [];
  let unchecked = 0;
  const checkedValues = new Map<unknown, Map<string, readonly Issue[]>>();
  for (const r of reads) {
    const settled = settle(r, resolveScale, checkedValues);
    findings.push(...settled.findings);
    if (settled.loaded) documents.push(settled.loaded);
    else rejected.push(r.entry);
    if (r.unchecked) unchecked++;
  }
  if (unchecked > 0) findings.push({ path: REGISTRY_INDEX_FILE, issue: { code: "registry_signatures_unchecked", severity: "info", pointer: "", params: { count: unchecked } } });

  if (src.list) {
    const listed = listedFiles(checked.entries.map((e) => e.entry));
    for (const file of await src.list()) {
      if (!listed.has(file) && !isViewerFile(file)) findings.push({ path: file, issue: { code: "registry_file_unlisted", severity: "warning", pointer: "", params: { path: file } } });
    }
  }
  return done(src.root, checked.index, documents);
}
