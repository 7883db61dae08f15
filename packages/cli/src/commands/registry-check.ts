import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { checkRegistry, readRegistryStateFile } from "@sevscale/node";
import { readKeyringOption } from "../read-input.js";
import type { CommandRun } from "../context.js";
import { ExitCode, UsageError } from "../exit-codes.js";
import { safeText } from "../format.js";
import { cliTexts } from "../i18n.js";
import { issueJson, jsonText, printInputProblems, printIssues, tally } from "../report.js";
import { phaseLabel, progressLine, progressOption } from "./_progress.js";
import type { FiledIssue } from "../report.js";
import { parseInstant } from "../options.js";

/** Joins the registry root and a registry path for display. */
function located(root: string, path: string, cwd: string): string {
  if (/^https?:\/\//i.test(root)) return root.endsWith("/") ? `${root}${path}` : `${root}/${path}`;
  const prefix = cwd.endsWith("/") ? cwd : `${cwd}/`;
  const shownRoot = root.startsWith(prefix) ? root.slice(prefix.length) : root === cwd ? "." : root;
  return `${shownRoot}/${path}`;
}

/**
 * `sevscale registry check <dir|url> [--keyring <keyring.json>] [--at <instant>] [--format text|json]`:
 * every listed document, digest and (with a keyring) signature; exit 1 on any failure.
 */
export const run: CommandRun = async (ctx, args, options) => {
  const t = cliTexts(ctx.lang);
  const given = args[0]!;
  const isUrl = /^https?:\/\//i.test(given);
  if (!isUrl && /^[A-Za-z][A-Za-z0-9+.-]+:\/\//.test(given)) {
    printInputProblems(ctx.io, [{ file: given, issue: { code: "registry_source_unsupported", severity: "error", pointer: "", params: { source: given } } }], ctx.lang);
    return ExitCode.Usage;
  }
  const source = isUrl ? given : resolve(ctx.io.cwd, given);
  if (!isUrl && !(await stat(source).catch(() => undefined))?.isDirectory()) throw new UsageError(t.notFound(safeText(given)));
  let at: Date | undefined;
  if (typeof options["at"] === "string") {
    at = parseInstant(options["at"]);
    if (!at) throw new UsageError(t.notAnInstant(options["at"]));
  }
  const keyring = await readKeyringOption(ctx, options["keyring"]);
  if (keyring === null) return ExitCode.Usage;

  let state: string | undefined;
  if (typeof options["state"] === "string") {
    state = resolve(ctx.io.cwd, options["state"]);
    // A state file that is not one is the user's input problem: it is not overwritten.
    const read = await readRegistryStateFile(state);
    if (!read.ok) {
      printInputProblems(ctx.io, read.issues.map((issue) => ({ file: options["state"] as string, issue })), ctx.lang);
      return ExitCode.Usage;
    }
  }

  const progress = progressLine(ctx.io);
  // Streams: each document is checked and dropped, so memory does not grow with the number of entries.
  const loaded = await checkRegistry(source, {
    ...(keyring ? { keyring } : {}),
    ...(at ? { at } : {}),
    ...(state !== undefined ? { state } : {}),
    ...(typeof options["deadline"] === "number" ? { deadlineMs: options["deadline"] * 1000 } : {}),
    ...progressOption(progress, (p) => phaseLabel(t, p.phase)),
  });
  progress?.clear();

  const findings: FiledIssue[] = loaded.issues.map((f) => ({ file: located(loaded.root, f.path, ctx.io.cwd), issue: f.issue }));
  const { errors, warnings } = tally(findings);
  // Every entry checked, those of an aggregate's members included.
  const listed = loaded.passed.length + loaded.rejected.length;
  if (options["format"] === "json") {
    const body = {
      ok: loaded.ok,
      root: loaded.root,
      ...(loaded.index
        ? {
            index: {
              id: loaded.index.id,
              ...(loaded.index.sequence !== undefined ? { sequence: loaded.index.sequence } : {}),
              ...(loaded.index.expires !== undefined ? { expires: loaded.index.expires } : {}),
              signature: loaded.indexSignature ?? "absent",
            },
          }
        : {}),
      documents: loaded.passed.map((d) => ({ kind: d.entry.kind, id: d.entry.id, version: d.entry.version, path: d.entry.path, signed: d.signed })),
      issues: findings.map((f) => issueJson(f, ctx.lang)),
    };
    ctx.io.stdout.write(jsonText(body));
  } else {
    printIssues(ctx.io, findings, ctx.lang);
    ctx.io.stdout.write(`${t.checkSummary(loaded.passed.length, listed, errors, warnings)}\n`);
  }
  return loaded.ok ? ExitCode.Ok : ExitCode.Findings;
};
