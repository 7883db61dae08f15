/**
 * The shell commands shown in the documentation, extracted so a test can run them: fenced
 * `sh`/`bash`/`shell`/`console` blocks (every line of `sh`/`bash`/`shell`; in a `console`
 * transcript, the lines after a `$ ` prompt) and, in `text` blocks, transcript lines after `$ `.
 * A line continued with `\` is one command. A `sevscale` command written with placeholders
 * (`<file>`, `[--lang …]`, `text|json`) is a synopsis: it is checked against the command's
 * options, not run. A block whose info string names a file (```json title="national/x.json"```) is a
 * file the reader saves at that point: the test writes it before running the commands after it.
 */
import { readFileSync } from "node:fs";

/** A file the docs tell the reader to save, with its content (a fenced block with `title="path"`). */
export interface DocFile {
  readonly file: string;
  readonly line: number;
  readonly path: string;
  readonly content: string;
}

/** One shell command as the docs show it. */
export interface DocCommand {
  readonly file: string;
  /** 1-based line of the command's first line in the file. */
  readonly line: number;
  /** The command as written, without the prompt, continuations joined. */
  readonly text: string;
  /** The index of its fenced block in the file (commands of one block run in one folder, in order). */
  readonly block: number;
  /** True when it runs `sevscale` (directly, or through npx / pnpm exec). */
  readonly sevscale: boolean;
  /** True when it has placeholders, optional parts or alternatives, so it cannot be run as is. */
  readonly synopsis: boolean;
  /**
   * The output the docs show for it: the `text` block right after its block (only blank lines
   * between), when its block runs no other `sevscale` command. 1-based line of the block's first line.
   */
  readonly output?: { readonly line: number; readonly text: string };
}

const SHELL_FENCES = new Set(["sh", "bash", "shell"]);
const TRANSCRIPT_FENCES = new Set(["console", "shell-session", "text", ""]);

/** `sevscale …`, `npx sevscale …`, `pnpm exec sevscale …`: the CLI, however the docs invoke it. */
export const INVOCATION = /^(?:npx\s+|pnpm\s+(?:exec\s+)?|npm\s+exec\s+(?:--\s+)?)?sevscale(?:\s|$)/;

/** Placeholders (`<file>`), optional parts (`[--lang]`), alternatives (`text|json`), ellipses. */
export function isSynopsis(command: string): boolean {
  const code = command.replace(/\s#.*$/, "");
  return /<[^>\s]+>|\[[^\]]*\]|[\w"')]\|[\w"'(-]|\.\.\.|…/.test(code);
}

/** Every shell command and saved file of one Markdown file, in order. */
export function docCommands(file: string, markdown = readFileSync(file, "utf8")): (DocCommand | DocFile)[] {
  const lines = markdown.split("\n");
  const out: (DocCommand | DocFile)[] = [];
  let fence: string | undefined;
  let saved: { path: string; line: number; content: string[] } | undefined;
  let block = -1;
  // The last shell block and where it ended, and a `text` block being read right after it.
  let shell: { block: number; end: number } | undefined;
  let shown: { line: number; content: string[] } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const opening = /^\s*```(\S*)(?:\s+title="([^"]+)")?\s*$/.exec(raw);
    if (fence === undefined && opening) {
      fence = opening[1] ?? "";
      saved = opening[2] === undefined ? undefined : { path: opening[2], line: i + 1, content: [] };
      block++;
      const adjacent = shell !== undefined && shell.block === block - 1 && lines.slice(shell.end + 1, i).every((l) => l.trim() === "");
      shown = fence === "text" && saved === undefined && adjacent ? { line: i + 2, content: [] } : undefined;
      continue;
    }
    if (fence !== undefined && /^\s*```\s*$/.test(raw)) {
      if (saved !== undefined) out.push({ file, line: saved.line, path: saved.path, content: `${saved.content.join("\n")}\n` });
      if (SHELL_FENCES.has(fence)) shell = { block, end: i };
      if (shown !== undefined) attachOutput(out, block - 1, { line: shown.line, text: shown.content.join("\n") });
      shown = undefined;
      fence = undefined;
      saved = undefined;
      continue;
    }
    if (fence === undefined) continue;
    if (saved !== undefined) {
      saved.content.push(raw);
      continue;
    }
    // A `text` block with its own `$` commands is a transcript, not the output of the block before.
    if (shown !== undefined && /^\s*\$\s+/.test(raw)) shown = undefined;
    if (shown !== undefined) {
      shown.content.push(raw);
      continue;
    }
    const prompt = /^\s*\$\s+/.test(raw);
    if (!(SHELL_FENCES.has(fence) || (TRANSCRIPT_FENCES.has(fence) && prompt))) continue;
    if (raw.trim() === "" || raw.trim().startsWith("#")) continue;
    const start = i;
    let text = raw.replace(/^\s*\$\s+/, "").trim();
    while (text.endsWith("\\") && i + 1 < lines.length) text = `${text.slice(0, -1).trimEnd()} ${lines[++i]!.trim()}`;
    const sevscale = INVOCATION.test(text);
    // A text block's `$` line that is not sevscale is prose-like output; only shell blocks run it.
    if (!sevscale && !SHELL_FENCES.has(fence) && fence !== "console" && fence !== "shell-session") continue;
    out.push({ file, line: start + 1, text, block, sevscale, synopsis: sevscale && isSynopsis(text) });
  }
  return out;
}

/** Gives the one `sevscale` command of shell block `block` the output shown after it (several: none). */
function attachOutput(out: (DocCommand | DocFile)[], block: number, output: NonNullable<DocCommand["output"]>): void {
  const commands = out.flatMap((c, i) => ("text" in c && c.block === block && c.sevscale ? [i] : []));
  if (commands.length !== 1) return;
  const i = commands[0]!;
  out[i] = { ...(out[i] as DocCommand), output };
}
