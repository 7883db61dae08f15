import { resolve } from "node:path";
import { assertDocumentDigest, safeCanonicalBytes } from "@sevscale/core";
import { readDocumentFile, writeDigestFiles } from "@sevscale/node";
import type { CommandRun } from "../context.js";
import { ExitCode } from "../exit-codes.js";
import { safeText } from "../format.js";
import { cliTexts } from "../i18n.js";
import { printInputProblems, printIssues } from "../report.js";

/** `sevscale digest <file> [--write]`: the SHA-256 of the canonical form, as sha256sum prints it. */
export const run: CommandRun = async (ctx, args, options) => {
  const t = cliTexts(ctx.lang);
  const file = args[0]!;
  const abs = resolve(ctx.io.cwd, file);
  const read = await readDocumentFile(abs);
  if (!read.ok && read.bytes === undefined) {
    printInputProblems(ctx.io, read.issues.map((issue) => ({ file, issue })), ctx.lang);
    return ExitCode.Usage;
  }
  const canonical = read.ok ? safeCanonicalBytes(read.value) : undefined;
  if (!read.ok || !canonical?.ok) {
    const issues = !read.ok ? read.issues : canonical && !canonical.ok ? canonical.issues : [];
    printIssues(ctx.io, issues.map((issue) => ({ file, issue })), ctx.lang);
    return ExitCode.Findings;
  }
  const { sha256 } = await assertDocumentDigest(read.value);
  ctx.io.stdout.write(`${sha256}  ${safeText(file)}\n`);
  if (options["write"] === true) {
    const written = await writeDigestFiles(abs);
    if (!written.ok) {
      printIssues(ctx.io, written.issues.map((issue) => ({ file, issue })), ctx.lang);
      return ExitCode.Findings;
    }
    ctx.io.stderr.write(`${t.digestWrote(safeText(`${file}.sha256`), safeText(`${file}.sha512`))}\n`);
  }
  return ExitCode.Ok;
};
