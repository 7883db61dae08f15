import { resolve } from "node:path";
import { signFile } from "@sevscale/node";
import type { CommandRun } from "../context.js";
import { ExitCode } from "../exit-codes.js";
import { displayPath, safeText } from "../format.js";
import { cliTexts } from "../i18n.js";
import { isIoIssue, printInputProblems, printIssues } from "../report.js";

/** `sevscale sign <file> --key <private.jwk>`: writes the detached JWS to `<file>.jws`. */
export const run: CommandRun = async (ctx, args, options) => {
  const t = cliTexts(ctx.lang);
  const file = args[0]!;
  const keyPath = resolve(ctx.io.cwd, options["key"] as string);
  const result = await signFile(resolve(ctx.io.cwd, file), keyPath);
  if (!result.ok) {
    // Anything about the key file (reported against it), or a file that cannot be read, is a usage problem.
    const input = result.issues.filter((i) => result.keyIssues.includes(i) || isIoIssue(i));
    const document = result.issues.filter((i) => !input.includes(i));
    const keyFile = options["key"] as string;
    printInputProblems(ctx.io, input.map((issue) => ({ file: result.keyIssues.includes(issue) ? keyFile : String(issue.params["path"] ?? file), issue })), ctx.lang);
    printIssues(ctx.io, document.map((issue) => ({ file, issue })), ctx.lang);
    return input.length > 0 ? ExitCode.Usage : ExitCode.Findings;
  }
  ctx.io.stdout.write(`${t.signWrote(safeText(displayPath(result.jwsPath, ctx.io.cwd)), safeText(result.kid))}\n`);
  return ExitCode.Ok;
};
