/** Test helpers shared by the command tests: the repository root, example documents, temporary folders. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

/** The repository root (this file is packages/cli/src/_test-files.ts). */
export const ROOT = resolve(import.meta.dirname, "../../..");

/** An example document, parsed, as a fresh mutable copy. */
export function example(relative: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(ROOT, relative), "utf8")) as Record<string, unknown>;
}

/** A temporary folder and a function that writes JSON (or text) into it and returns the path. */
export function tempFolder(prefix: string): { dir: string; write: (name: string, content: unknown) => string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `sevscale-${prefix}-`));
  return {
    dir,
    write: (name, content) => {
      const path = join(dir, name);
      writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content, null, 2));
      return path;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** True when text holds an ANSI escape sequence. */
export function hasAnsi(text: string): boolean {
  return text.includes("\u001b[");
}
