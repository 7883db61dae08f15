/**
 * How a classification is shown, the same way for one incident, a batch and the questions of
 * `--interactive`: the level with its label and colour, and the result's issues filed in the facts
 * or the scale.
 */
import { MESSAGE_CATALOG } from "@sevscale/core";
import type { ClassifyResult, Issue, LocatedIssue, Locate, Scale } from "@sevscale/core";
import { closestFirst } from "../closest.js";
import type { Colors } from "../format.js";
import type { CliTexts } from "../i18n.js";
import type { FiledIssue } from "../report.js";
import { locateIn, oneLine, textIn } from "../report.js";
import { swatch } from "../terminal.js";

/** Statuses that are an answer: a level, a score, or "an analyst decides". */
export const ANSWERED: ReadonlySet<ClassifyResult["status"]> = new Set<ClassifyResult["status"]>(["determined", "score-only", "analyst-decides", "sentinel"]);

/** `C5 — Category 5` (label in the chosen language, else the scale's default), or why there is no level. */
export function levelText(scale: Scale, result: ClassifyResult, t: CliTexts, lang: string, c: Colors, colour: boolean): string {
  if (result.sentinel !== undefined) {
    const sentinel = scale.sentinels?.find((x) => x.code === result.sentinel!.code);
    const label = oneLine(textIn(sentinel?.label, lang, scale.defaultLanguage));
    const code = oneLine(result.sentinel.code);
    return `${c.bold(code)}${label === "" || label === code ? "" : ` — ${label}`} ${t.noLevel.sentinel}`;
  }
  if (result.level === null) return t.noLevel[result.status];
  const level = scale.levels[result.level.rank];
  const label = oneLine(textIn(level?.label, lang, scale.defaultLanguage));
  const code = oneLine(result.level.code);
  const block = swatch(level?.color?.hex, colour);
  const head = `${block ? `${block.paint!(block.text)} ` : ""}${c.bold(code)}`;
  return label === "" || label === code ? head : `${head} — ${label}`;
}

/** An unknown option's issue with the dimension's options listed closest first to what was given. */
export function withClosestOptions<T extends Issue>(issue: T): T {
  if (issue.code !== "fact_unknown_option") return issue;
  const { option, options } = issue.params;
  if (typeof option !== "string" || !Array.isArray(options)) return issue;
  return { ...issue, params: { ...issue.params, options: closestFirst(option, options.map(String)) } };
}

/** Where a result's issues go: facts issues into the facts (under `factsPointer` in its record), the others into the scale. */
export interface IssuePlaces {
  readonly factsFile?: string;
  readonly factsLocate?: Locate;
  /** The pointer of the facts inside what `factsLocate` reads ("" when the facts are the whole document). */
  readonly factsPointer?: string;
  readonly scaleFile: string;
  readonly scaleLocate?: Locate;
}

/** A classification's issues, each placed in the facts or the scale. */
export function fileResultIssues(result: ClassifyResult, places: IssuePlaces): FiledIssue[] {
  const prefix = places.factsPointer ?? "";
  return result.issues.map((raw) => {
    const issue = withClosestOptions(raw);
    if (MESSAGE_CATALOG[issue.code]?.stage !== "facts") return { issue: locateIn(issue, places.scaleLocate), file: places.scaleFile };
    const inRecord: LocatedIssue = { ...issue, pointer: `${prefix}${issue.pointer}` };
    return { issue: locateIn(inRecord, places.factsLocate), ...(places.factsFile === undefined ? {} : { file: places.factsFile }) };
  });
}
