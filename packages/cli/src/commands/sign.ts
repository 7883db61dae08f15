import { resolve } from "node:path";
import { STDIN_PATH, signFile } from "@sevscale/node";
import type { CommandRun } from "../context.js";
import { ExitCode, UsageError } from "../exit-codes.js";
import { displayPath, safeText } from "../format.js";
import { cliTexts } from "../i18n.js";
import type { FiledIssue } from "../report.js";
import { isIoIssue, issueJson, printInputProblems, printIssues, writeJson } from "../report.js";

/**
 * The JSON `sevscale sign --format json` prints (documented in docs/cli.md): the document, the
 * signature file written beside it and the key id (both null when nothing was signed), and the
 * issues (about the document, or about the key file).
 */
export interface SignJson {
  readonly file: string;
  readonly signature: string | null;
  readonly kid: string | null;
  readonly issues: ReturnType<typeof issueJson>[];
}

/**
 * `sevscale sign <file> --key <private.jwk> [--format text|json]`: writes the detached JWS to
 * `<file>.jws`. The document must be a file (the signature is written beside it), not `-`.
 */
export const run: CommandRun = async (ctx, args, options) => {
  const t = cliTexts(ctx.lang);
  const json = options["format"] === "json";
  const file = args[0]!;
  if (file === STDIN_PATH) throw new UsageError(t.signNeedsFile);
  const keyPath = resolve(ctx.io.cwd, options["key"] as string);
  const result = await signFile(resolve(ctx.io.cwd, file), keyPath);
  if (!result.ok) {
    // Anything about the key file (reported against it), or a file that cannot be read, is a usage problem.
    const input = result.issues.filter((i) => result.keyIssues.includes(i) || isIoIssue(i));
    const document = result.issues.filter((i) => !input.includes(i));
    const keyFile = options["key"] as string;
    const inputFiled: FiledIssue[] = input.map((issue) => ({ file: result.keyIssues.includes(issue) ? keyFile : displayPath(String(issue.params["path"] ?? file), ctx.io.cwd), issue }));
    const documentFiled: FiledIssue[] = document.map((issue) => ({ file, issue }));
    if (json) {
      writeJson(ctx, { file, signature: null, kid: null, issues: [...inputFiled, ...documentFiled].map((f) => issueJson(f, ctx.lang)) } satisfies SignJson);
    } else {
      printInputProblems(ctx.io, inputFiled, ctx.lang);
      printIssues(ctx.io, documentFiled, ctx.lang);
    }
    return input.length > 0 ? ExitCode.Usage : ExitCode.Findings;
  }
  const signature = displayPath(result.jwsPath, ctx.io.cwd);
  if (json) writeJson(ctx, { file, signature, kid: result.kid, issues: [] } satisfies SignJson);
  else ctx.io.stdout.write(`${t.signWrote(safeText(signature), safeText(result.kid))}\n`);
  return ExitCode.Ok;
};
