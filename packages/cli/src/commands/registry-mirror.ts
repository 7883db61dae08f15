import { resolve } from "node:path";
import { directoryHttpCache, mirrorRegistries, readKeyringFile, readRegistryStateFile } from "@sevscale/node";
import type { Keyring } from "@sevscale/core";
import type { MirrorProgress } from "@sevscale/node";
import type { CommandRun } from "../context.js";
import { ExitCode, UsageError } from "../exit-codes.js";
import { displayPath, safeText } from "../format.js";
import { cliTexts } from "../i18n.js";
import { jsonText } from "../report.js";
import type { FiledIssue } from "../report.js";
import { issueJson, printInputProblems, printIssues } from "../report.js";
import { parseInstant } from "../options.js";
import { phaseLabel, progressLine, progressOption } from "./_progress.js";

/**
 * `sevscale registry mirror <provider-url...> --out <dir> [--keyring k] [--state f] [--cache d]
 * [--at instant] [--id id] [--sign key] [--format text|json]`: a regional aggregate of member
 * registries; exit 1 when a member is refused (the others are kept).
 */
export const run: CommandRun = async (ctx, args, options) => {
  const t = cliTexts(ctx.lang);
  const out = resolve(ctx.io.cwd, options["out"] as string);
  let at: Date | undefined;
  if (typeof options["at"] === "string") {
    at = parseInstant(options["at"]);
    if (!at) throw new UsageError(t.notAnInstant(options["at"]));
  }
  let keyring: Keyring | undefined;
  if (typeof options["keyring"] === "string") {
    const ring = await readKeyringFile(resolve(ctx.io.cwd, options["keyring"]));
    if (!ring.ok) {
      printInputProblems(ctx.io, ring.issues.map((issue) => ({ file: options["keyring"] as string, issue })), ctx.lang);
      return ExitCode.Usage;
    }
    keyring = ring.keyring;
  }
  const state = typeof options["state"] === "string" ? resolve(ctx.io.cwd, options["state"]) : undefined;
  if (state !== undefined) {
    const read = await readRegistryStateFile(state);
    if (!read.ok) {
      printInputProblems(ctx.io, read.issues.map((issue) => ({ file: options["state"] as string, issue })), ctx.lang);
      return ExitCode.Usage;
    }
  }
  for (const url of args) if (!/^https?:\/\//i.test(url)) throw new UsageError(t.notFound(safeText(url)));
  const sign = typeof options["sign"] === "string" ? resolve(ctx.io.cwd, options["sign"]) : undefined;

  // Each member's entries fetched, then verified: a progress line on a terminal, cleared before the report.
  const progress = progressLine(ctx.io);
  const result = await mirrorRegistries(args, out, {
    ...(keyring ? { keyring } : {}),
    ...(state !== undefined ? { state } : {}),
    ...(typeof options["cache"] === "string" ? { cache: directoryHttpCache(resolve(ctx.io.cwd, options["cache"])) } : {}),
    ...(at ? { at } : {}),
    ...(typeof options["id"] === "string" ? { id: options["id"] } : {}),
    ...(sign !== undefined ? { signWith: sign } : {}),
    ...progressOption(progress, (p: MirrorProgress) => t.progressMember(p.member + 1, p.members, phaseLabel(t, p.phase))),
  });
  progress?.clear();
  const findings: FiledIssue[] = result.issues.map((f) => ({ file: f.path, issue: f.issue }));
  const mirrored = result.members.filter((m) => m.status === "mirrored").length;
  const refused = result.members.length - mirrored;
  const fetched = result.members.reduce((n, m) => n + m.fetched, 0);
  const reused = result.members.reduce((n, m) => n + m.reused, 0);
  if (options["format"] === "json") {
    ctx.io.stdout.write(
      jsonText({
        ok: result.ok,
        out: displayPath(out, ctx.io.cwd),
        members: result.members,
        ...(result.index ? { index: { id: result.index.id, sequence: result.index.sequence, providers: result.index.providers ?? [] } } : {}),
        issues: findings.map((f) => issueJson(f, ctx.lang)),
      }),
    );
  } else {
    printIssues(ctx.io, findings, ctx.lang);
    ctx.io.stdout.write(`${t.mirrorDone(safeText(displayPath(out, ctx.io.cwd)), mirrored, refused, fetched, reused)}\n`);
  }
  if (result.members.length === 0 && result.issues.length > 0) return ExitCode.Usage;
  return result.ok ? ExitCode.Ok : ExitCode.Findings;
};
