import { randomBytes } from "node:crypto";
import { link, mkdir, open, rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** Options of {@link writeFileAtomic}. */
export interface WriteFileAtomicOptions {
  /** Exact permission bits of the file (applied with chmod, so the umask cannot widen or narrow them). */
  readonly mode?: number;
  /** Replace an existing file (default true). When false, an existing file makes the write fail with EEXIST. */
  readonly overwrite?: boolean;
}

/**
 * Writes a file so that readers see either the old content or the complete new one, never a
 * partial file: the data goes to a temporary file in the same directory (created exclusively,
 * already with its final mode, flushed to disk), which is then renamed over the target — or
 * hard-linked to it when `overwrite` is false, which fails atomically if the target exists.
 * A failure (a missing folder, no permission, an existing file when `overwrite` is false, a full
 * disk) throws a {@link FileWriteError} naming `path` and the system's code; nothing is left behind.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, options: number | WriteFileAtomicOptions = {}): Promise<void> {
  const { mode, overwrite = true } = typeof options === "number" ? { mode: options } : options;
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(8).toString("hex")}.tmp`);
  // "wx": never follow or reuse an existing file; the mode is set at creation, so a private key
  // is never readable by others, not even for an instant.
  const handle = await open(temp, "wx", mode ?? 0o666).catch((error: unknown) => {
    throw new FileWriteError(path, error);
  });
  try {
    try {
      await handle.writeFile(data);
      if (mode !== undefined) await handle.chmod(mode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (overwrite) {
      await rename(temp, path);
    } else {
      await link(temp, path);
      await unlink(temp);
    }
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw new FileWriteError(path, error);
  }
  await syncDirectory(dirname(path));
}

/**
 * Creates a folder and its missing parents (nothing when it exists); a failure throws a
 * {@link FileWriteError} naming the folder.
 */
export async function makeFolder(path: string, mode?: number): Promise<void> {
  await mkdir(path, { recursive: true, ...(mode !== undefined ? { mode } : {}) }).catch((error: unknown) => {
    throw new FileWriteError(path, error);
  });
}

/**
 * A file or folder that could not be written: `path` is the one asked for (not a temporary
 * file), `code` the system's error code (`ENOENT`, `EACCES`, `EEXIST`, `ENOSPC`, … or `EIO`).
 * Its `name` is "FileWriteError", which callers that do not import this module (the CLI's entry
 * point, kept small) can test.
 */
export class FileWriteError extends Error {
  override readonly name = "FileWriteError";
  readonly code: string;

  constructor(
    readonly path: string,
    cause: unknown,
  ) {
    const code = typeof (cause as { code?: unknown } | null)?.code === "string" ? (cause as { code: string }).code : "EIO";
    super(`cannot write ${path} (${code})`, { cause });
    this.code = code;
  }
}

/** Persists the rename itself; best effort, as some platforms cannot open a directory. */
async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Not supported here (e.g. Windows): the data is written, only its durability after a crash is weaker.
  }
}
