import { stat } from "node:fs/promises";
import { join, resolve, sep } from "node:path";
import type { Issue, Keyring, PrivateJwk, ProviderPublisher, RegistryChange, RegistryEntry, RegistryIndex, VerificationKeys } from "@sevscale/core";
import {
  CHANGES_CSV_FILE,
  CHANGES_FILE,
  PROVIDER_METADATA_FILE,
  ProviderMetadataSchema,
  RegistryChangesSchema,
  changesToCsv,
  nextChangeFeed,
  providerMetadata,
  REGISTRY_INDEX_FILE,
  REGISTRY_KEYRING_FILE,
  DocumentIdSchema,
  SemverSchema,
  buildRegistryIndex,
  clipText,
  formatDigestFile,
  jwkThumbprint,
  latestDocumentInstant,
  registryBaseName,
  registryDocumentPath,
  safeCanonicalBytes,
  sha256Hex,
  sha512Hex,
  sidecarPaths,
  assertDocumentSignature,
  toPublicJwk,
  validateKeyring,
  verifyDocument,
} from "@sevscale/core";
import { readJwkFile } from "../key-files.js";
import { readDocumentFile } from "../read-document-file.js";
import type { SourceDocument } from "./build-sources.js";
import { describeSource, readSources } from "./build-sources.js";
import type { PlannedFile } from "./build-write.js";
import { RegistryWriteError, writeRegistry } from "./build-write.js";
import type { LoadedDocument } from "./load.js";
import { loadRegistry } from "./load.js";
import type { RegistryFinding, RegistryProgress } from "./source.js";
import { fileIssue } from "./source.js";

/** Options of {@link buildRegistry}. */
export interface BuildRegistryOptions {
  /** Sign every document with this private JWK file (its public half belongs in the keyring). */
  readonly signWith?: string;
  /** Publish this keyring as `<root>/keyring.json`; fresh signatures are checked against it. */
  readonly keyring?: string;
  /** The index's `generated` instant; default: the latest publication or revision date of the documents. */
  readonly now?: Date;
  /** The registry's id (default: the existing index's, else "local/registry"). */
  readonly id?: string;
  /** The registry's version (default: the existing index's, else "1.0.0"). */
  readonly version?: string;
  /** The registry's title (default: the existing index's). */
  readonly title?: Readonly<Record<string, string>>;
  /**
   * The index's sequence (default: the existing index's when the index does not change, else one
   * more; 1 for a new registry). A smaller one than the default is refused.
   */
  readonly sequence?: number;
  /** The index's expiry instant (default: {@link BuildRegistryOptions.expiresInMs} from the clock, or from `now` when later). */
  readonly expires?: Date;
  /**
   * How long the index stays valid, from the clock, rounded up to the next midnight UTC so that
   * builds on one day give the same bytes (default 30 days).
   */
  readonly expiresInMs?: number;
  /** Documents to mark withdrawn (they stay listed, with their files); a withdrawal is kept by later builds. */
  readonly withdraw?: readonly { readonly id: string; readonly version: string; readonly reason: string }[];
  /** Who publishes the registry, for its provider metadata (default: the existing metadata's, else the registry id). */
  readonly publisher?: ProviderPublisher;
  readonly onProgress?: (progress: RegistryProgress) => void;
}

/** Outcome of {@link buildRegistry}. */
export type BuildRegistryResult =
  | {
      readonly ok: true;
      readonly index: RegistryIndex;
      /** Registry paths written (index.json last). */
      readonly written: readonly string[];
      /** How many files already had the right content. */
      readonly unchanged: number;
      /** Registry paths removed because no entry lists them any more (replaced drafts). */
      readonly removed: readonly string[];
      /** Warnings and infos, by file. */
      readonly issues: readonly RegistryFinding[];
    }
  | { readonly ok: false; readonly issues: readonly RegistryFinding[] };

interface OutputDocument extends SourceDocument {
  readonly previous?: LoadedDocument;
  /** True when the document comes from the existing registry, not from the sources. */
  readonly carried?: boolean;
}

const encoder = new TextEncoder();

/** RFC 3339 without milliseconds when they are zero, as people write it. */
function instant(date: Date): string {
  return date.toISOString().replace(/\.000Z$/, "Z");
}

function overlaps(a: string, b: string): boolean {
  return a === b || a.startsWith(b + sep) || b.startsWith(a + sep);
}

function same(a: { sha256: string; sha512: string }, b: { sha256: string; sha512: string }): boolean {
  return a.sha256 === b.sha256 && a.sha512 === b.sha512;
}

async function readSigner(path: string): Promise<{ jwk: PrivateJwk; kid: string } | { issues: readonly Issue[] }> {
  const key = await readJwkFile(path);
  if (!key.ok) return key;
  if (!key.isPrivate) return { issues: [fileIssue("key_file_invalid", { path, detail: "not_a_private_key" })] };
  return { jwk: key.jwk, kid: key.jwk.kid ?? (await jwkThumbprint(key.jwk)) };
}

async function readKeyring(path: string): Promise<{ keyring: Keyring; value: unknown } | { issues: readonly Issue[] }> {
  const json = await readDocumentFile(path);
  if (!json.ok) return json;
  // Refuses a private key ("d") among others: the keyring is published as it is.
  const issues = validateKeyring(json.value);
  return issues.length > 0 ? { issues } : { keyring: json.value as Keyring, value: json.value };
}

/**
 * Checks a released document carried over from the existing registry (its source is not among the
 * sources): it keeps its own signature, which must verify against `keys` (the given keyring, else
 * the published one, else the signer's own public key). A build that signs never signs it, and
 * refuses it when it is unsigned or its signature cannot be verified: that is how a document
 * edited in place (digests fixed by hand) would otherwise be laundered into a signed one.
 */
async function carriedIssues(previous: LoadedDocument, keys: VerificationKeys | undefined, signing: boolean, at: Date): Promise<Issue[]> {
  const { entry, signature } = previous;
  const refuse = (reason: string): Issue[] => [fileIssue("registry_carried_unverified", { id: entry.id, version: entry.version, reason })];
  if (signature === undefined) return signing ? [fileIssue("registry_carried_unsigned", { id: entry.id, version: entry.version })] : [];
  if (keys === undefined) return signing ? refuse("no keyring") : [];
  const result = await verifyDocument(previous.document, signature, keys, { at });
  if (!result.valid) return refuse(result.issues.map((i) => i.code).join(", "));
  if (entry.kid !== undefined && result.kid !== entry.kid) return refuse("registry_kid_mismatch");
  return [];
}

/**
 * Builds (or updates) a static registry in `outDir` from the scale and mapping documents under
 * `sources`: each stored canonically (RFC 8785, so `sha256sum -c` works on its digest files) at
 * `<namespace>/<name>/<version>/<kind>.json` with `.sha256`, `.sha512` and, with `signWith`, a
 * detached `.jws`; the keyring at `keyring.json`; `index.json` listing all. Refuses — writing
 * nothing — when any source is invalid, two sources give one id@version different content, a
 * released version already in the registry would change (`registry_release_modified`), a private
 * key would be published, or the existing registry does not check clean. Released versions already
 * in the registry whose sources are not given stay, with their own signature, which must verify
 * (`registry_carried_unverified`; `registry_carried_unsigned` when signing): a build never signs
 * what it did not read from its sources. Replaced drafts go. Writes are atomic
 * and ordered (see `writeRegistry`) so an interrupted build leaves a registry that checks clean.
 * Same inputs and `now`, same bytes. Finding paths are file paths. Never throws on bad input.
 */
export async function buildRegistry(sources: string | readonly string[], outDir: string, options: BuildRegistryOptions = {}): Promise<BuildRegistryResult> {
  const findings: RegistryFinding[] = [];
  const fail = (): BuildRegistryResult => ({ ok: false, issues: findings });
  const out = resolve(outDir);
  const srcs = typeof sources === "string" ? [sources] : [...sources];
  for (const s of srcs) {
    if (overlaps(resolve(s), out)) findings.push({ path: s, issue: fileIssue("registry_output_overlaps_source", { out: outDir, source: s }) });
  }
  // Arguments that end up in the index are checked like the documents (an id such as "../x" would
  // give an index that its own check refuses, and that no later build could update).
  if (options.id !== undefined && !DocumentIdSchema.safeParse(options.id).success) {
    findings.push({ path: outDir, issue: fileIssue("registry_argument_invalid", { option: "--id", value: clipText(options.id, 100), expected: "<namespace>/<name>" }) });
  }
  if (options.version !== undefined && !SemverSchema.safeParse(options.version).success) {
    findings.push({ path: outDir, issue: fileIssue("registry_argument_invalid", { option: "--version", value: clipText(options.version, 100), expected: "semver" }) });
  }
  if (findings.length > 0) return fail();

  const keyring = options.keyring !== undefined ? await readKeyring(options.keyring) : undefined;
  if (keyring && "issues" in keyring) findings.push(...keyring.issues.map((issue) => ({ path: options.keyring!, issue })));
  const signer = options.signWith !== undefined ? await readSigner(options.signWith) : undefined;
  if (signer && "issues" in signer) findings.push(...signer.issues.map((issue) => ({ path: options.signWith!, issue })));

  // The registry already there: its released versions are immutable, and it must be sound to update.
  let existing: { index: RegistryIndex; documents: readonly LoadedDocument[] } | undefined;
  if (await stat(join(out, REGISTRY_INDEX_FILE)).catch(() => undefined)) {
    // Its expiry is not checked: refreshing an expired registry is what a build is for.
    const loaded = await loadRegistry(out, { freshness: false });
    const errors = loaded.issues.filter((f) => f.issue.severity === "error");
    if (!loaded.ok || !loaded.index) {
      findings.push({ path: join(out, REGISTRY_INDEX_FILE), issue: fileIssue("registry_existing_invalid", { path: outDir }) });
      findings.push(...errors.map((f) => ({ path: join(out, f.path), issue: f.issue })));
    } else existing = { index: loaded.index, documents: loaded.documents };
  }

  const read = await readSources(srcs, options.onProgress, existing?.documents.map((d) => d.document) ?? []);
  findings.push(...read.findings);
  if (findings.some((f) => f.issue.severity === "error")) return fail();

  const before = new Map((existing?.documents ?? []).map((d) => [`${d.entry.id}@${d.entry.version}`, d]));
  const docs: OutputDocument[] = [];
  const taken = new Set<string>();
  for (const doc of read.documents) {
    const ref = `${doc.id}@${doc.version}`;
    const previous = before.get(ref);
    if (previous && previous.entry.status !== "draft" && (previous.entry.kind !== doc.kind || !same(previous.entry.digests, doc))) {
      findings.push({
        path: doc.file,
        issue: fileIssue("registry_release_modified", { id: doc.id, version: doc.version, status: previous.entry.status, listed: previous.entry.digests.sha256, actual: doc.sha256 }),
      });
    }
    taken.add(ref);
    docs.push({ ...doc, ...(previous ? { previous } : {}) });
  }
  // Released versions stay published even when the sources no longer hold them; drafts do not.
  // They keep the signature they have, which must verify: a build signs only what it read from its sources.
  const at = options.now ?? new Date();
  const signing = signer !== undefined && !("issues" in signer);
  const published = existing?.documents.find((d) => d.entry.kind === "keyring")?.document as Keyring | undefined;
  const verifyWith: VerificationKeys | undefined =
    keyring && !("issues" in keyring) ? keyring.keyring : (published ?? (signing ? { ...toPublicJwk(signer.jwk), kid: signer.kid } : undefined));
  for (const previous of existing?.documents ?? []) {
    const { entry } = previous;
    if (entry.kind === "keyring" || entry.status === "draft" || taken.has(`${entry.id}@${entry.version}`)) continue;
    const file = join(out, entry.path);
    const refused = await carriedIssues(previous, verifyWith, signing, at);
    if (refused.length > 0) {
      findings.push(...refused.map((issue) => ({ path: file, issue })));
      continue;
    }
    const carried = await describeSource(file, entry.kind, previous.document);
    if ("issues" in carried) findings.push(...carried.issues.map((issue) => ({ path: file, issue })));
    else docs.push({ ...carried, previous, carried: true });
  }
  if (findings.some((f) => f.issue.severity === "error")) return fail();

  const entries: RegistryEntry[] = [];
  const files: PlannedFile[] = [];
  const addFiles = (path: string, canonical: Uint8Array, sha256: string, sha512: string, jws?: string) => {
    const s = sidecarPaths(path);
    const name = registryBaseName(path);
    files.push({ path, bytes: canonical }, { path: s.sha256, bytes: encoder.encode(formatDigestFile(sha256, name)) }, { path: s.sha512, bytes: encoder.encode(formatDigestFile(sha512, name)) });
    if (jws !== undefined) files.push({ path: s.jws, bytes: encoder.encode(`${jws}\n`) });
  };
  for (const doc of docs) {
    const path = registryDocumentPath(doc.kind, doc.id, doc.version);
    let jws: string | undefined;
    let kid: string | undefined;
    if (doc.carried) {
      // Verified above; never re-signed.
      jws = doc.previous?.signature;
      kid = doc.previous?.entry.kid;
    } else if (signer && !("issues" in signer)) {
      jws = await assertDocumentSignature(doc.value, signer.jwk);
      kid = signer.kid;
      if (keyring && !("issues" in keyring)) {
        const check = await verifyDocument(doc.value, jws, keyring.keyring, { at });
        if (!check.valid) findings.push(...check.issues.map((issue) => ({ path: doc.file, issue })));
      }
    } else if (doc.previous?.signature !== undefined && same(doc.previous.entry.digests, doc)) {
      // Unchanged content keeps its signature: building without the key does not unsign anything.
      jws = doc.previous.signature;
      kid = doc.previous.entry.kid;
    }
    entries.push({
      kind: doc.kind,
      id: doc.id,
      version: doc.version,
      status: doc.status,
      path,
      digests: { sha256: doc.sha256, sha512: doc.sha512 },
      ...(jws !== undefined ? { signature: sidecarPaths(path).jws } : {}),
      ...(kid !== undefined ? { kid } : {}),
    });
    addFiles(path, doc.canonical, doc.sha256, doc.sha512, jws);
  }
  if (findings.some((f) => f.issue.severity === "error")) return fail();

  // The published keyring: the one given, else the one already published.
  const ringValue = keyring && !("issues" in keyring) ? keyring.value : existing?.documents.find((d) => d.entry.kind === "keyring")?.document;
  if (ringValue !== undefined) {
    const canonical = safeCanonicalBytes(ringValue);
    if (!canonical.ok) return { ok: false, issues: canonical.issues.map((issue) => ({ path: options.keyring ?? REGISTRY_KEYRING_FILE, issue })) };
    const [sha256, sha512] = await Promise.all([sha256Hex(canonical.bytes), sha512Hex(canonical.bytes)]);
    const ring = ringValue as Keyring;
    if (taken.has(`${ring.id}@${ring.version}`)) {
      findings.push({ path: options.keyring ?? REGISTRY_KEYRING_FILE, issue: fileIssue("registry_duplicate_version", { id: ring.id, version: ring.version, other: "a source document" }) });
      return fail();
    }
    entries.push({ kind: "keyring", id: ring.id, version: ring.version, status: "active", path: REGISTRY_KEYRING_FILE, digests: { sha256, sha512 } });
    addFiles(REGISTRY_KEYRING_FILE, canonical.bytes, sha256, sha512);
  }

  const withdrawn = withdrawals(entries, existing?.index, options, at);
  if ("issues" in withdrawn) {
    findings.push(...withdrawn.issues.map((issue) => ({ path: outDir, issue })));
    return fail();
  }
  const latest = latestDocumentInstant(docs.map((d) => d.value));
  const generated = options.now ?? (latest !== undefined ? new Date(latest) : new Date());
  const title = options.title ?? existing?.index.title;
  const meta = {
    id: options.id ?? existing?.index.id ?? "local/registry",
    version: options.version ?? existing?.index.version ?? "1.0.0",
    generated: instant(generated),
    // From the clock, or from `now` when it is later (a registry prepared for a future date).
    expires: instant(options.expires ?? expiryFrom(new Date(Math.max(Date.now(), generated.getTime())), options.expiresInMs ?? 30 * DAY)),
    ...(title !== undefined ? { title } : {}),
  };
  // The sequence grows only when the index changes: the same build twice publishes the same index.
  const previousSequence = existing?.index.sequence;
  const unchanged = existing !== undefined && previousSequence !== undefined && sameIndex(buildRegistryIndex(withdrawn.entries, { ...meta, sequence: previousSequence }), existing.index);
  const least = unchanged ? previousSequence : (previousSequence ?? 0) + 1;
  if (options.sequence !== undefined && (!Number.isSafeInteger(options.sequence) || options.sequence < least)) {
    findings.push({ path: outDir, issue: fileIssue("registry_argument_invalid", { option: "--sequence", value: String(options.sequence), expected: `an integer ≥ ${least}` }) });
    return fail();
  }
  const index = buildRegistryIndex(withdrawn.entries, { ...meta, sequence: options.sequence ?? least });

  let signIndex: ((index: RegistryIndex) => Promise<Uint8Array>) | undefined;
  if (signer && !("issues" in signer)) {
    // The index is signed like a document: the key must be allowed for the registry's namespace.
    if (keyring && !("issues" in keyring)) {
      const check = await verifyDocument(index, await assertDocumentSignature(index, signer.jwk), keyring.keyring, { at });
      if (!check.valid) {
        findings.push(...check.issues.map((issue) => ({ path: join(out, REGISTRY_INDEX_FILE), issue })));
        return fail();
      }
    }
    signIndex = async (value) => encoder.encode(`${await assertDocumentSignature(value, signer.jwk)}\n`);
  }
  const after = await discoveryFiles(out, existing?.index, index, options.publisher, { signature: signIndex !== undefined, keyring: ringValue !== undefined });

  try {
    const summary = await writeRegistry(out, files, existing?.index, index, options.onProgress, { ...(signIndex ? { signIndex } : {}), after });
    return { ok: true, index, ...summary, issues: findings };
  } catch (error) {
    if (!(error instanceof RegistryWriteError)) throw error;
    return { ok: false, issues: [{ path: join(out, error.path), issue: fileIssue("registry_write_failed", { path: join(out, error.path), reason: error.reason }) }] };
  }
}

const DAY = 24 * 60 * 60 * 1000;

/** `from` plus `ms`, rounded up to the next midnight UTC. */
function expiryFrom(from: Date, ms: number): Date {
  return new Date(Math.ceil((from.getTime() + ms) / DAY) * DAY);
}

/** True when two indexes have the same canonical form. */
function sameIndex(a: RegistryIndex, b: RegistryIndex): boolean {
  const x = safeCanonicalBytes(a);
  const y = safeCanonicalBytes(b);
  return x.ok && y.ok && Buffer.from(x.bytes).equals(Buffer.from(y.bytes));
}

/**
 * The entries with their withdrawals: those of the existing index (a withdrawal is never undone by
 * a build) and the new ones asked for, dated `at`. A withdrawal of a document the registry does not
 * list is refused (`registry_argument_invalid`).
 */
function withdrawals(entries: readonly RegistryEntry[], previous: RegistryIndex | undefined, options: BuildRegistryOptions, at: Date): { entries: RegistryEntry[] } | { issues: Issue[] } {
  const marks = new Map<string, NonNullable<RegistryEntry["withdrawn"]>>();
  for (const e of previous?.documents ?? []) if (e.withdrawn !== undefined) marks.set(`${e.id}@${e.version}`, e.withdrawn);
  const listed = new Set(entries.map((e) => `${e.id}@${e.version}`));
  const issues: Issue[] = [];
  for (const w of options.withdraw ?? []) {
    const ref = `${w.id}@${w.version}`;
    const reason = w.reason.trim();
    if (!listed.has(ref) || reason === "" || reason.length > 1000) {
      issues.push(fileIssue("registry_argument_invalid", { option: "--withdraw", value: clipText(`${ref}=${w.reason}`, 100), expected: "<id>@<version>=<reason> of a listed document, with a reason of 1 to 1000 characters" }));
    } else if (!marks.has(ref)) marks.set(ref, { date: instant(at), reason });
  }
  if (issues.length > 0) return { issues };
  return { entries: entries.map((e) => {
    const mark = marks.get(`${e.id}@${e.version}`);
    return mark === undefined ? e : { ...e, withdrawn: mark };
  }) };
}

/**
 * The files written after the index: the provider metadata (`.well-known/sevscale.json`) and the
 * change feed (`changes.json`, `changes.csv`), the new index's changes before the earlier ones.
 */
async function discoveryFiles(
  out: string,
  previous: RegistryIndex | undefined,
  index: RegistryIndex,
  publisher: ProviderPublisher | undefined,
  present: { readonly signature: boolean; readonly keyring: boolean },
): Promise<PlannedFile[]> {
  const oldMeta = await readDocumentFile(join(out, PROVIDER_METADATA_FILE));
  const known = oldMeta.ok ? ProviderMetadataSchema.safeParse(oldMeta.value) : undefined;
  const who = publisher ?? (known?.success ? known.data.publisher : { name: index.id });
  const oldFeed = await readDocumentFile(join(out, CHANGES_FILE));
  const feed = oldFeed.ok ? RegistryChangesSchema.safeParse(oldFeed.value) : undefined;
  const earlier: RegistryChange[] = feed?.success && feed.data.id === index.id ? feed.data.changes : [];
  // An index that did not move keeps its feed; a feed that cannot be read starts again from this index.
  const next =
    previous?.sequence === index.sequence && feed?.success ? feed.data : nextChangeFeed(earlier.length > 0 ? previous : undefined, index, earlier);
  return [
    { path: PROVIDER_METADATA_FILE, bytes: encoder.encode(`${JSON.stringify(providerMetadata(index, who, present), null, 2)}\n`) },
    { path: CHANGES_FILE, bytes: encoder.encode(`${JSON.stringify(next, null, 2)}\n`) },
    { path: CHANGES_CSV_FILE, bytes: encoder.encode(changesToCsv(next)) },
  ];
}
