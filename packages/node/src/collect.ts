import { readdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";

/** The files found for a list of paths, and the paths that do not exist. */
export interface CollectedFiles {
  /** Absolute paths of documents, in a stable order (arguments first, then sorted walk). */
  readonly files: string[];
  /** Arguments that named nothing on disk, as given. */
  readonly missing: string[];
}

const SKIPPED_DIRECTORIES = new Set(["node_modules", ".git"]);

/**
 * Expands files and directories into the JSON documents they hold: a file is taken as it is
 * (whatever its extension); a directory is searched recursively for `*.json`, skipping hidden
 * folders and node_modules. Duplicates are dropped; symbolic links to directories are not
 * followed (a registry must not escape its root).
 */
export async function collectJsonFiles(paths: readonly string[], cwd: string = process.cwd()): Promise<CollectedFiles> {
  const files: string[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    if (!seen.has(file)) {
      seen.add(file);
      files.push(file);
    }
  };
  for (const given of paths) {
    const abs = resolve(cwd, given);
    let info;
    try {
      info = await stat(abs);
    } catch {
      missing.push(given);
      continue;
    }
    if (info.isDirectory()) for (const f of await walk(abs)) add(f);
    else add(abs);
  }
  return { files, missing };
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const p = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry.name)) out.push(...(await walk(p)));
    } else if (entry.isFile() && entry.name.endsWith(".json")) {
      out.push(p);
    }
  }
  return out;
}
