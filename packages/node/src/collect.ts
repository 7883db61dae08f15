import { readdirSync, realpathSync, statSync } from "node:fs";
import type { Stats } from "node:fs";
import { join, resolve, sep } from "node:path";
import type { Issue } from "@sevscale/core";

/** The files found for a list of paths, and the paths that do not exist. */
export interface CollectedFiles {
  /** Absolute paths of documents, in a stable order (arguments first, then sorted walk). */
  readonly files: string[];
  /** Arguments that named nothing on disk, as given. */
  readonly missing: string[];
  /**
   * What the walk could not take, each a coded finding about a path: a folder that cannot be read
   * (`folder_unreadable`), a symbolic link leading outside the folder given (`link_outside_tree`).
   */
  readonly problems: { readonly path: string; readonly issue: Issue }[];
}

const SKIPPED_DIRECTORIES = new Set(["node_modules", ".git"]);

/**
 * Expands files and directories into the JSON documents they hold: a file is taken as it is
 * (whatever its extension); a directory is searched recursively for `*.json`, skipping hidden
 * folders and node_modules. Duplicates are dropped. A symbolic link to a `*.json` file is followed
 * when its target stays inside the folder given; symbolic links to directories are not followed
 * (the tree they lead into is walked where it really is, when it is inside). A link leading
 * outside, and a folder that cannot be read, are reported in `problems`, never skipped silently.
 * The file system is read with synchronous calls (a CLI's start-up does not wait for the thread
 * pool of asynchronous fs); nothing but names and file types is read.
 */
export async function collectJsonFiles(paths: readonly string[], cwd: string = process.cwd()): Promise<CollectedFiles> {
  const files: string[] = [];
  const missing: string[] = [];
  const problems: { path: string; issue: Issue }[] = [];
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
      info = statSync(abs);
    } catch {
      missing.push(given);
      continue;
    }
    if (info.isDirectory()) {
      const root = realpathOr(abs, abs);
      for (const f of walk(abs, root, problems)) add(f);
    } else add(abs);
  }
  return { files, missing, problems };
}

function problem(path: string, code: string, params: Issue["params"]): { path: string; issue: Issue } {
  return { path, issue: { code, severity: "error", pointer: "", params } };
}

/** The canonical path (the system's realpath, as `fs.promises.realpath` gives it), else `fallback`. */
function realpathOr<T>(path: string, fallback: T): string | T {
  try {
    return realpathSync.native(path);
  } catch {
    return fallback;
  }
}

function walk(dir: string, root: string, problems: { path: string; issue: Issue }[]): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    problems.push(problem(dir, "folder_unreadable", { path: dir, reason: typeof code === "string" ? code : "EIO" }));
    return [];
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const p = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry.name)) out.push(...walk(p, root, problems));
    } else if (entry.isFile() && entry.name.endsWith(".json")) {
      out.push(p);
    } else if (entry.isSymbolicLink()) {
      const target = realpathOr(p, undefined);
      const inside = target !== undefined && (target === root || target.startsWith(root.endsWith(sep) ? root : root + sep));
      if (!inside) {
        if (entry.name.endsWith(".json") || target !== undefined) problems.push(problem(p, "link_outside_tree", { path: p, target: target ?? "?" }));
        continue;
      }
      // Inside the tree: a linked document is read; a linked folder is walked where it really is.
      if (entry.name.endsWith(".json") && statOrUndefined(target)?.isFile()) out.push(p);
    }
  }
  return out;
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
