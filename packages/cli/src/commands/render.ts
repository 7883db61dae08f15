/**
 * `sevscale render <scale|mapping> --format html|markdown`: a document as a page people can read.
 * A scale shows the reference interval of each level through its mapping (found beside it, or
 * `--mapping`) and the scales it names as related; those given with `--with` have their levels
 * shown too. A mapping shows its subject scale's labels and colours when that scale is found.
 */
import { basename, dirname, join, resolve } from "node:path";
import { refNames } from "@sevscale/core";
import type { Mapping, Scale } from "@sevscale/core";
import type { GivenRelatedScale } from "@sevscale/core/render";
import { mappingToHtml, mappingToMarkdown, scaleToHtml, scaleToMarkdown } from "@sevscale/core/render";
import { loadDocument, loadMappingFor, resolverFor, writeFileAtomic } from "@sevscale/node";
import type { CommandRun } from "../context.js";
import { ExitCode, UsageError } from "../exit-codes.js";
import { colors } from "../format.js";
import { cliTexts, coreLocale } from "../i18n.js";
import { useColor } from "../io.js";
import { readOptions } from "../options.js";
import { issueLine, noteworthy, oneLine, reportLoadFailures, shownPath } from "../report.js";

export const run: CommandRun = async (ctx, [arg], options) => {
  const { io, lang } = ctx;
  const t = cliTexts(lang);
  const c = colors(useColor(io.stderr, io.env));
  const locale = coreLocale(lang);
  const limits = readOptions(io, options);
  const format = options["format"] as "html" | "markdown";
  const paper = options["paper"] as "A4" | "Letter" | undefined;

  let page: string;
  let notes = [] as ReturnType<typeof noteworthy>;
  const loaded = await loadDocument(arg!, "scale-or-mapping", limits);
  if (!loaded.ok) return reportLoadFailures(ctx, c, "text", [loaded], {});
  if (loaded.document.kind === "scale") {
    const scale: Scale = loaded.document;
    const mappingArg = options["mapping"] as string | undefined;
    const m = mappingArg !== undefined ? await loadDocument(mappingArg, "mapping", { ...limits, resolveScale: resolverFor(scale) }) : await loadMappingFor(arg!, scale, limits);
    if (!m.ok) return reportLoadFailures(ctx, c, "text", [m], {});
    notes = [...noteworthy(loaded.issues, shownPath(loaded.path, io.cwd)), ...noteworthy(m.issues, shownPath(m.path, io.cwd))];
    // Related scales given with --with: each must be one the scale names; its mapping, when found beside it, adds its bands.
    const related: GivenRelatedScale[] = [];
    for (const file of (options["with"] as string[] | undefined) ?? []) {
      const r = await loadDocument(file, "scale", limits);
      if (!r.ok) return reportLoadFailures(ctx, c, "text", [r], {});
      if (!(scale.related ?? []).some((x) => refNames(x.ref, r.document.id, r.document.version))) {
        throw new UsageError(t.renderWithUnrelated(oneLine(file), oneLine(`${r.document.id}@${r.document.version}`), oneLine(scale.id)));
      }
      const rm = await loadMappingFor(file, r.document, limits);
      notes.push(...noteworthy(r.issues, shownPath(r.path, io.cwd)));
      if (rm.ok) notes.push(...noteworthy(rm.issues, shownPath(rm.path, io.cwd)));
      related.push({ scale: r.document, mapping: rm.ok ? rm.document : undefined });
    }
    page = format === "html" ? scaleToHtml(scale, m.document, locale, { paper, related }) : scaleToMarkdown(scale, m.document, locale, { paper, related });
  } else {
    const mapping: Mapping = loaded.document;
    const asMapping = loaded;
    // The subject scale by the examples' naming (<name>-to-crs.json ↔ ../scales/<name>.json), when present.
    const name = basename(asMapping.path).replace(/-to-[^/]*\.json$/, ".json");
    const candidate = await loadDocument(join(dirname(asMapping.path), "..", "scales", name), "scale", limits);
    const scale = candidate.ok && candidate.document.id === mapping.subject.id ? candidate.document : undefined;
    notes = noteworthy(asMapping.issues, shownPath(asMapping.path, io.cwd));
    page = format === "html" ? mappingToHtml(mapping, locale, { scale, paper }) : mappingToMarkdown(mapping, locale, { scale, paper });
  }
  for (const n of notes) io.stderr.write(`sevscale: ${issueLine(c, n, lang)}\n`);

  const outArg = options["out"] as string | undefined;
  if (outArg === undefined) {
    io.stdout.write(page);
    return ExitCode.Ok;
  }
  const out = resolve(io.cwd, outArg);
  await writeFileAtomic(out, page);
  io.stderr.write(`${t.renderWrote(shownPath(out, io.cwd))}\n`);
  return ExitCode.Ok;
};
