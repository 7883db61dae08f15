import { resolve } from "node:path";
import { safeDocumentDigest } from "@sevscale/core";
import type { Issue } from "@sevscale/core";
import { STDIN_PATH, writeDigestFiles } from "@sevscale/node";
import type { CommandContext, CommandRun } from "../context.js";
import { ExitCode, UsageError } from "../exit-codes.js";
import { displayPath, safeText } from "../format.js";
import { cliTexts } from "../i18n.js";
import { readJsonInput } from "../read-input.js";
import { issueJson, printInputProblems, printIssues, writeJson } from "../report.js";

/**
 * The JSON `sevscale digest --format json` prints (documented in docs/cli.md): the file as given
 * (`-` for standard input), its digests (null when it has no canonical form), the digest files
 * written with `--write`, and the issues.
 */
export interface DigestJson {
  readonly file: string;
  readonly sha256: string | null;
  readonly sha512: string | null;
  readonly written: readonly string[];
  readonly issues: ReturnType<typeof issueJson>[];
}

/** Reports issues in the chosen format and returns `code`. */
function failed(ctx: CommandContext, file: string, issues: readonly Issue[], json: boolean, input: boolean, code: ExitCode): ExitCode {
  const filed = issues.map((issue) => ({ file, issue }));
  if (json) writeJson(ctx, { file, sha256: null, sha512: null, written: [], issues: filed.map((f) => issueJson(f, ctx.lang)) } satisfies DigestJson);
  else if (input) printInputProblems(ctx.io, filed, ctx.lang);
  else printIssues(ctx.io, filed, ctx.lang);
  return code;
}

/**
 * `sevscale digest <file|-> [--write] [--format text|json]`: the SHA-256 of the canonical form, as
 * sha256sum prints it; `-` reads the document from standard input (not with `--write`: there is no
 * file to write the digest files beside).
 */
export const run: CommandRun = async (ctx, args, options) => {
  const t = cliTexts(ctx.lang);
  const json = options["format"] === "json";
  const file = args[0]!;
  const write = options["write"] === true;
  if (write && file === STDIN_PATH) throw new UsageError(t.digestWriteStdin);
  const read = await readJsonInput(file, ctx.io);
  if (!read.ok && read.bytes === undefined) return failed(ctx, file, read.issues, json, true, ExitCode.Usage);
  if (!read.ok) return failed(ctx, file, read.issues, json, false, ExitCode.Findings);
  // Digested once: with --write, by writeDigestFiles on the value read here (the file is not read again).
  const written: string[] = [];
  const digest = write ? await writeDigestFiles(resolve(ctx.io.cwd, file), { document: read.value }) : await safeDocumentDigest(read.value);
  if (!digest.ok) return failed(ctx, file, digest.issues, json, false, ExitCode.Findings);
  const { sha256, sha512 } = digest;
  if ("sha256Path" in digest) written.push(displayPath(digest.sha256Path, ctx.io.cwd), displayPath(digest.sha512Path, ctx.io.cwd));
  if (json) {
    writeJson(ctx, { file, sha256, sha512, written, issues: [] } satisfies DigestJson);
    return ExitCode.Ok;
  }
  ctx.io.stdout.write(`${sha256}  ${safeText(file)}\n`);
  if (write) ctx.io.stderr.write(`${t.digestWrote(safeText(`${file}.sha256`), safeText(`${file}.sha512`))}\n`);
  return ExitCode.Ok;
};
