import { lstat, mkdir, readFile, readdir, rmdir, unlink } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { RegistryEntry, RegistryIndex } from "@sevscale/core";
import { INDEX_SIGNATURE_FILE, REGISTRY_INDEX_FILE, sidecarPaths } from "@sevscale/core";
import { writeFileAtomic } from "../atomic-write.js";
import type { RegistryProgress } from "./source.js";

/** One file of the registry being built. */
export interface PlannedFile {
  /** Registry path, relative to the root. */
  readonly path: string;
  readonly bytes: Uint8Array;
}

/** What goes with the index: its detached signature, and files derived from it (discovery, change feed). */
export interface IndexExtras {
  /** Signs an index (the new one, and an interim one); without it, a stale `index.json.jws` is removed. */
  readonly signIndex?: (index: RegistryIndex) => Promise<Uint8Array>;
  /** Written after the index. */
  readonly after?: readonly PlannedFile[];
}

/** What a write did. */
export interface WriteSummary {
  readonly written: string[];
  readonly unchanged: number;
  readonly removed: string[];
}

/** A write that failed, with the registry path it was writing. */
export class RegistryWriteError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`cannot write ${path}: ${reason}`);
    this.name = "RegistryWriteError";
  }
}

/** The files an entry accounts for: document, digests and signature. */
export function entryFiles(entry: RegistryEntry): string[] {
  const s = sidecarPaths(entry.path);
  return [entry.path, s.sha256, s.sha512, ...(entry.signature !== undefined ? [entry.signature] : [])];
}

/** The index as written: pretty JSON, since people read it first. */
export function indexBytes(index: RegistryIndex): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(index, null, 2)}\n`);
}

/**
 * The entries an interim index keeps while listed files change: an entry whose document or digest
 * files change is left out; one whose signature alone changes (re-signed with a new key) stays,
 * listing its signature file without a `kid` for the moment: the content does not change, so that
 * file holds the old or the new signature of the same bytes, and either verifies. A released
 * version never drops out of the index (the next build would no longer know it was released), and
 * never shows as unsigned (which a keyring covering it refuses).
 */
function interimEntries(entries: readonly RegistryEntry[], dirty: ReadonlySet<string>): RegistryEntry[] {
  const out: RegistryEntry[] = [];
  for (const e of entries) {
    const [doc, sha256, sha512] = entryFiles(e);
    if (dirty.has(doc!) || dirty.has(sha256!) || dirty.has(sha512!)) continue;
    if (e.signature !== undefined && dirty.has(e.signature)) {
      const { kid: _kid, ...withoutKid } = e;
      out.push(withoutKid);
    } else out.push(e);
  }
  return out;
}

/** The bytes of a regular file already in the registry; undefined for anything else (a link, a FIFO). */
async function current(path: string): Promise<Uint8Array | undefined> {
  try {
    if (!(await lstat(path)).isFile()) return undefined;
    return new Uint8Array(await readFile(path));
  } catch {
    return undefined;
  }
}

/**
 * Refuses to write through a symbolic link planted in the output folder: every folder between the
 * root and the file must be a real folder (or not exist yet), so nothing is written outside the
 * registry. The file itself is replaced by rename, which replaces a link, never its target.
 */
async function refuseLinks(root: string, path: string): Promise<void> {
  const parts = path.split("/").slice(0, -1);
  let dir = root;
  for (const part of parts) {
    dir = join(dir, part);
    let info;
    try {
      info = await lstat(dir);
    } catch {
      return; // does not exist yet: created below, as a real folder
    }
    if (info.isSymbolicLink()) throw new RegistryWriteError(path, "symbolic_link");
    if (!info.isDirectory()) throw new RegistryWriteError(path, "ENOTDIR");
  }
}

function same(a: Uint8Array | undefined, b: Uint8Array): boolean {
  return a !== undefined && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}

// writeFileAtomic's temporary files: ".<name>.<16 hex>.tmp".
const TEMP_FILE = /^\..+\.[0-9a-f]{16}\.tmp$/;

async function write(root: string, file: PlannedFile): Promise<void> {
  const abs = join(root, file.path);
  await refuseLinks(root, file.path);
  try {
    await mkdir(dirname(abs), { recursive: true });
    await writeFileAtomic(abs, file.bytes);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new RegistryWriteError(file.path, typeof code === "string" ? code : error instanceof Error ? error.message : String(error));
  }
}

/** Removes temporary files a killed build left behind (single writer assumed), and empty folders. */
async function sweep(dir: string, isRoot: boolean): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory() && e.name !== ".git") await sweep(p, false);
    else if (e.isFile() && TEMP_FILE.test(e.name)) await unlink(p).catch(() => undefined);
  }
  if (!isRoot) await rmdir(dir).catch(() => undefined); // fails, as intended, unless empty
}

/**
 * Writes a registry so that at every instant `index.json` lists only files that verify, whatever
 * moment the process is killed at. Every file is written atomically (temporary file + rename).
 * Order: (1) files the current index does not list — new documents, new signatures; (2) when a
 * listed file must change (a draft revised, a document re-signed, the keyring updated), first an
 * interim index without the entries concerned, then those files; (3) the new index, last;
 * (4) only then, files that no index lists any more are removed.
 */
export async function writeRegistry(
  root: string,
  files: readonly PlannedFile[],
  previous: RegistryIndex | undefined,
  next: RegistryIndex,
  onProgress?: (p: RegistryProgress) => void,
  extras: IndexExtras = {},
): Promise<WriteSummary> {
  await mkdir(root, { recursive: true }).catch((error: { code?: string }) => {
    throw new RegistryWriteError(".", error.code ?? "EIO");
  });
  const listedBefore = new Map<string, RegistryEntry>();
  for (const e of previous?.documents ?? []) for (const f of entryFiles(e)) listedBefore.set(f, e);

  const changed: PlannedFile[] = [];
  for (const f of files) if (!same(await current(join(root, f.path)), f.bytes)) changed.push(f);
  const dirty = changed.filter((f) => listedBefore.has(f.path));
  const fresh = changed.filter((f) => !listedBefore.has(f.path));
  const nextIndex = indexBytes(next);
  const indexChanged = !same(await current(join(root, REGISTRY_INDEX_FILE)), nextIndex);
  const total = changed.length + (indexChanged ? 1 : 0) + (dirty.length > 0 ? 1 : 0);
  let done = 0;
  const step = () => onProgress?.({ phase: "write", done: ++done, total });

  for (const f of fresh) {
    await write(root, f);
    step();
  }
  const written: string[] = [];
  /** The index, then its signature (or, unsigned, the removal of a signature of another index). */
  const writeIndex = async (index: RegistryIndex, bytes: Uint8Array | undefined) => {
    // Signed before either file is written, so the index and its signature disagree only for
    // the time between two renames (a reader that checks the signature then refuses the index,
    // and the next read sees both).
    const jws = extras.signIndex ? await extras.signIndex(index) : undefined;
    if (bytes !== undefined) await write(root, { path: REGISTRY_INDEX_FILE, bytes });
    const signature = join(root, INDEX_SIGNATURE_FILE);
    if (jws !== undefined) {
      if (!same(await current(signature), jws)) {
        await write(root, { path: INDEX_SIGNATURE_FILE, bytes: jws });
        written.push(INDEX_SIGNATURE_FILE);
      }
    } else if (bytes !== undefined && (await current(signature)) !== undefined) {
      // An unsigned index replaces a signed one: the old signature would fail against it.
      await refuseLinks(root, INDEX_SIGNATURE_FILE);
      await unlink(signature).catch(() => undefined);
    }
  };
  if (dirty.length > 0 && previous) {
    const interim: RegistryIndex = { ...previous, documents: interimEntries(previous.documents, new Set(dirty.map((f) => f.path))) };
    await writeIndex(interim, indexBytes(interim));
    step();
    for (const f of dirty) {
      await write(root, f);
      step();
    }
  }
  if (indexChanged) {
    await writeIndex(next, nextIndex);
    step();
  } else await writeIndex(next, undefined); // the same index: (re)sign it when a key is given, else keep its signature
  for (const f of extras.after ?? []) {
    if (same(await current(join(root, f.path)), f.bytes)) continue;
    await write(root, f);
    written.push(f.path);
  }

  const keep = new Set(files.map((f) => f.path));
  const removed: string[] = [];
  for (const path of listedBefore.keys()) {
    if (keep.has(path)) continue;
    // Never through a link planted in the registry: what it leads to is not the registry's to remove.
    if (await refuseLinks(root, path).then(() => false, () => true)) continue;
    await unlink(join(root, path)).then(
      () => removed.push(path),
      () => undefined,
    );
  }
  await sweep(root, true);
  return { written: [...changed.map((f) => f.path), ...(indexChanged ? [REGISTRY_INDEX_FILE] : []), ...written.filter((p, i) => written.indexOf(p) === i)], unchanged: files.length - changed.length, removed: removed.sort() };
}
