import { stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { serveStatic } from "@sevscale/node";
import type { StaticServer } from "@sevscale/node";
import type { CommandRun } from "../context.js";
import { ExitCode, UsageError } from "../exit-codes.js";
import { safeText } from "../format.js";
import { cliTexts } from "../i18n.js";
import { writeJson } from "../report.js";
import { EXAMPLE_REGISTRY_FOLDER, viewerDir } from "../viewer-files.js";

const LOCAL_HOSTS = new Set(["127.0.0.1", "::1", "localhost"]);

/** Resolves when the command should stop: the io's signal, else SIGINT or SIGTERM. */
function stopped(signal: AbortSignal | undefined): Promise<void> {
  if (signal) return signal.aborted ? Promise.resolve() : new Promise((done) => signal.addEventListener("abort", () => done(), { once: true }));
  return new Promise((done) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      done();
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
}

function parsePort(value: unknown, t: ReturnType<typeof cliTexts>): number {
  if (value === undefined) return 0;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0 || n > 65535) throw new UsageError(`${t.optPort}${t.colon} ${safeText(String(value))}`);
  return n;
}

/**
 * `sevscale view [registry-dir|url] [--port N] [--host H]`: serves the built viewer with a registry
 * folder beside it (default: the bundled example registry), or the viewer alone pointed at an
 * http(s) registry, on 127.0.0.1 unless --host says otherwise; prints the URL (with --format json,
 * `{"url", "issues"}`) and runs until stopped.
 */
export const run: CommandRun = async (ctx, [source], options) => {
  const { io } = ctx;
  const t = cliTexts(ctx.lang);
  const viewer = viewerDir();
  if (!viewer.found) throw new UsageError(t.viewNotBuilt(viewer.dir));
  const port = parsePort(options["port"], t);
  const host = typeof options["host"] === "string" ? options["host"] : "127.0.0.1";

  let roots: string[];
  let query = "";
  if (source !== undefined && /^https?:\/\//i.test(source)) {
    roots = [viewer.dir];
    query = `?registry=${encodeURIComponent(source)}`;
  } else if (source !== undefined) {
    const dir = resolve(io.cwd, source);
    if (!(await stat(dir).catch(() => undefined))?.isDirectory()) throw new UsageError(t.notFound(safeText(source)));
    if (!(await stat(join(dir, "index.json")).catch(() => undefined))?.isFile()) throw new UsageError(t.viewNoIndex(safeText(source)));
    roots = [dir, viewer.dir];
  } else roots = [join(viewer.dir, EXAMPLE_REGISTRY_FOLDER), viewer.dir];

  let server: StaticServer;
  try {
    server = await serveStatic({ roots, host, port });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(t.viewListenFailed(safeText(`${host}:${port}`), safeText(reason)));
  }
  if (!LOCAL_HOSTS.has(host)) io.stderr.write(`sevscale: ${t.viewExposed(safeText(host))}\n`);
  // In JSON, one object a script can read the address from (useful with --port 0), then it serves on.
  if (options["format"] === "json") writeJson(ctx, { url: `${server.url}${query}`, issues: [] });
  else io.stdout.write(`${t.viewServing(`${server.url}${query}`)}\n${t.viewStop}\n`);
  await stopped(io.signal);
  await server.close();
  return ExitCode.Ok;
};
