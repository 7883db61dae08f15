import { resolve } from "node:path";
import { STDIN_PATH, verifyFile } from "@sevscale/node";
import type { CommandRun } from "../context.js";
import { ExitCode, UsageError } from "../exit-codes.js";
import { colors, safeText } from "../format.js";
import { cliTexts } from "../i18n.js";
import { isIoIssue, issueJson, jsonText, printInputProblems, printIssues } from "../report.js";
import { useColor } from "../io.js";

/**
 * `sevscale verify <file> [--keyring <keyring.json> | --key <public.jwk>] [--format text|json]`:
 * exit 0 when `<file>.jws` verifies, 1 with coded reasons when it does not, 2 on usage or I/O.
 */
export const run: CommandRun = async (ctx, args, options) => {
  const t = cliTexts(ctx.lang);
  const file = args[0]!;
  const keyringOpt = options["keyring"] as string | undefined;
  const keyOpt = options["key"] as string | undefined;
  if (keyringOpt !== undefined && keyOpt !== undefined) throw new UsageError(t.keyConflict);
  // The signature is read from `<file>.jws` beside the document: standard input has no such place.
  if (file === STDIN_PATH) throw new UsageError(t.signNeedsFile);

  // node's verifyFile reads the keys too; problems with them are usage errors, not findings.
  const keys = keyringOpt !== undefined ? { keyring: resolve(ctx.io.cwd, keyringOpt) } : keyOpt !== undefined ? { publicKey: resolve(ctx.io.cwd, keyOpt) } : {};
  const result = await verifyFile(resolve(ctx.io.cwd, file), keys);
  if (!result.valid && result.keyIssues !== undefined) {
    printInputProblems(ctx.io, result.keyIssues.map((issue) => ({ file: keyringOpt ?? keyOpt ?? file, issue })), ctx.lang);
    return ExitCode.Usage;
  }
  const issues = result.valid ? [] : result.issues;
  if (issues.some(isIoIssue)) {
    printInputProblems(ctx.io, issues.map((issue) => ({ file, issue })), ctx.lang);
    return ExitCode.Usage;
  }
  if (options["format"] === "json") {
    const out = {
      file,
      valid: result.valid,
      ...(result.kid !== undefined ? { kid: result.kid } : {}),
      ...(result.valid && result.publisher !== undefined ? { publisher: result.publisher } : {}),
      issues: issues.map((issue) => issueJson({ file: `${file}.jws`, issue }, ctx.lang)),
    };
    ctx.io.stdout.write(jsonText(out));
  } else if (result.valid) {
    const c = colors(useColor(ctx.io.stdout, ctx.io.env));
    const publisher = result.publisher !== undefined ? t.verifyPublisher(safeText(result.publisher)) : "";
    ctx.io.stdout.write(`${c.green(t.verifyValid(safeText(file), safeText(result.kid)))}${publisher}\n`);
  } else {
    const c = colors(useColor(ctx.io.stdout, ctx.io.env));
    ctx.io.stdout.write(`${c.red(t.verifyInvalid(safeText(file)))}\n`);
    printIssues(ctx.io, issues.map((issue) => ({ file: `${file}.jws`, issue })), ctx.lang);
  }
  return result.valid ? ExitCode.Ok : ExitCode.Findings;
};
