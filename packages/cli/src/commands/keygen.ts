import { resolve } from "node:path";
import { KID_PATTERN, SevscaleError, generateKeyPair } from "@sevscale/core";
import { defaultKeyFolder, enclosingGitWorkTree, makeFolder, writeKeyPair } from "@sevscale/node";
import type { CommandRun } from "../context.js";
import { ExitCode, UsageError } from "../exit-codes.js";
import { displayPath, safeText } from "../format.js";
import { cliTexts } from "../i18n.js";
import { issueJson, printInputProblems, writeJson } from "../report.js";

/**
 * The JSON `sevscale keygen --format json` prints (documented in docs/cli.md): the key id and the
 * two files written (relative to the working directory when inside it). The warning to keep the
 * private key secret still goes to standard error.
 */
export interface KeygenJson {
  readonly kid: string | null;
  readonly privateKey: string | null;
  readonly publicKey: string | null;
  readonly issues: ReturnType<typeof issueJson>[];
}

/**
 * `sevscale keygen [--out <dir>] [--kid <id>] [--force]`: an Ed25519 key pair, private half mode
 * 0600, by default in a folder outside any repository; inside a git work tree only with --force.
 */
export const run: CommandRun = async (ctx, _args, options) => {
  const t = cliTexts(ctx.lang);
  const kid = options["kid"] as string | undefined;
  if (kid !== undefined && !KID_PATTERN.test(kid)) throw new UsageError(t.kidInvalid(String(KID_PATTERN), safeText(kid)));
  const out = options["out"] as string | undefined;
  const dir = out === undefined ? defaultKeyFolder(ctx.io.env) : resolve(ctx.io.cwd, out);
  const repository = enclosingGitWorkTree(dir);
  if (repository !== undefined && options["force"] !== true) {
    throw new UsageError(t.keygenInsideRepository(safeText(displayPath(dir, ctx.io.cwd)), safeText(repository)));
  }
  // 0700 when created: the folder holds a private key.
  await makeFolder(dir, 0o700);
  let paths;
  let pair;
  try {
    pair = await generateKeyPair(kid);
    paths = await writeKeyPair(dir, pair);
  } catch (error) {
    if (error instanceof SevscaleError) {
      const filed = error.issues.map((issue) => ({ file: displayPath(String(issue.params["path"] ?? dir), ctx.io.cwd), issue }));
      if (options["format"] === "json") writeJson(ctx, { kid: null, privateKey: null, publicKey: null, issues: filed.map((f) => issueJson(f, ctx.lang)) } satisfies KeygenJson);
      else printInputProblems(ctx.io, filed, ctx.lang);
      return ExitCode.Usage;
    }
    const code = (error as { code?: unknown }).code;
    if (typeof code === "string") throw new UsageError(`${safeText(dir)}: ${code}`);
    throw error;
  }
  const privateKey = displayPath(paths.privatePath, ctx.io.cwd);
  const publicKey = displayPath(paths.publicPath, ctx.io.cwd);
  if (options["format"] === "json") {
    writeJson(ctx, { kid: pair.privateJwk.kid, privateKey, publicKey, issues: [] } satisfies KeygenJson);
    ctx.io.stderr.write(`${t.keygenWarning}\n`);
    return ExitCode.Ok;
  }
  ctx.io.stdout.write(`${t.keygenPrivate(safeText(privateKey))}\n`);
  ctx.io.stdout.write(`${t.keygenPublic(safeText(publicKey))}\n`);
  ctx.io.stderr.write(`${t.keygenWarning}\n`);
  return ExitCode.Ok;
};
