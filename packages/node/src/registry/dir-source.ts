import { readdir, realpath } from "node:fs/promises";
import { join, resolve, sep } from "node:path";
import { registryPathProblem } from "@sevscale/core";
import { readBoundedFile } from "../read-document-file.js";
import type { RegistrySource, SourceRead } from "./source.js";
import { fileIssue } from "./source.js";

function inside(root: string, abs: string): boolean {
  return abs.startsWith(root.endsWith(sep) ? root : root + sep);
}

/**
 * A registry in a directory. Paths are checked as text (no `..`, no absolute path, ...), then
 * after resolving, and again after following symbolic links: a link that points outside the
 * registry (to /etc/passwd, say) is refused as `registry_path_unsafe`, not read.
 */
export async function directorySource(dir: string): Promise<RegistrySource> {
  const given = resolve(dir);
  // The root's own real path, so a registry reached through a symbolic link still works.
  const root = await realpath(given).catch(() => given);
  const unsafe = (path: string, reason: string): SourceRead => ({ ok: false, issues: [fileIssue("registry_path_unsafe", { path, reason })] });
  return {
    root: given,
    async read(path, maxBytes) {
      const problem = registryPathProblem(path);
      if (problem) return unsafe(path, problem);
      const abs = resolve(root, path);
      if (!inside(root, abs)) return unsafe(path, "outside_root");
      let real: string;
      try {
        real = await realpath(abs);
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        if (code === "ENOENT" || code === "ENOTDIR") return { ok: false, issues: [fileIssue("file_not_found", { path: join(given, path) })] };
        return { ok: false, issues: [fileIssue("file_unreadable", { path: join(given, path), reason: typeof code === "string" ? code : "EIO" })] };
      }
      if (!inside(root, real)) return unsafe(path, "link_outside_root");
      const file = await readBoundedFile(real, maxBytes);
      return file.ok ? { ok: true, bytes: file.bytes } : { ok: false, issues: file.issues };
    },
    async list() {
      const out: string[] = [];
      const walk = async (abs: string, rel: string) => {
        let entries;
        try {
          entries = await readdir(abs, { withFileTypes: true });
        } catch {
          return;
        }
        for (const entry of entries) {
          const childRel = rel === "" ? entry.name : `${rel}/${entry.name}`;
          // Links are listed, not followed: a link to a directory must not pull its tree in.
          if (entry.isDirectory()) {
            if (entry.name !== ".git") await walk(join(abs, entry.name), childRel);
          } else out.push(childRel);
        }
      };
      await walk(root, "");
      return out.sort();
    },
  };
}
