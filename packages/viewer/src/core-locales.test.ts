/**
 * The viewer loads only the core messages of the areas it shows (./core-locales): this checks the
 * cut is complete for what the viewer calls. Every code of the core's catalogue has a template in
 * every language, in the first view's messages or in those of the view that reports it (classify,
 * edit), except the diff, audit and export codes; the viewer calls no core function outside the
 * list below, and only those views call the functions that report their codes, so a new call that
 * could report other codes (or a new area) fails here until its messages are added to ./core-locales.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { MESSAGE_CATALOG } from "@sevscale/core";
import { assessmentMessages, auditMessages, classifyMessages, diffMessages, exportMessages, translateMessages } from "@sevscale/core/locales/en/parts";
import { describe, expect, it } from "vitest";
import type { ViewArea } from "./i18n.js";
import { LANGS, loadAreaMessages, loadCoreLocale } from "./i18n.js";

/** The core values the viewer uses; none of them reports a diff, audit or export code or needs the pages' words. */
const CORE_VALUES_USED = new Set([
  ...["DEFAULT_MAX_BYTES", "LANGUAGES", "REFERENCE_SCALE", "REFERENCE_SCALE_ID", "REGISTRY_INDEX_FILE"],
  ...["checkEntryFiles", "checkRegistryIndex", "checkSourceDocument", "registryPathProblem", "scaleResolverFor", "detectKind"],
  ...["safeParseJsonDocument", "validateText", "safeCanonicalBytes", "sha256Hex", "sha512Hex", "parseKeyring", "validateKeyring"],
  ...["classify", "lowerDimension", "compare", "translate", "intervalText", "compareVersionsDescending", "relatedWords"],
  ...["formatNumber", "languageOfTag", "renderExplanation", "renderMessage", "renderSeverity", "renderTraceStep"],
]);

const LEFT_OUT = new Set([...Object.keys(diffMessages), ...Object.keys(auditMessages), ...Object.keys(exportMessages)]);
/** Per view loaded on demand: the codes whose messages come with it, the core functions only its modules call, and those modules. */
const VIEWS: Record<ViewArea, { codes: Set<string>; calls: readonly string[]; modules: ReadonlySet<string> }> = {
  classify: { codes: new Set(Object.keys(classifyMessages)), calls: ["classify", "lowerDimension"], modules: new Set(["views/classify.ts", "classify-open.ts"]) },
  // The compare view's details translate too, for a level's overlaps: they show candidates, never issues.
  translate: { codes: new Set(Object.keys(translateMessages)), calls: ["translate"], modules: new Set(["views/translate.ts", "views/compare-detail.ts"]) },
  edit: { codes: new Set(Object.keys(assessmentMessages)), calls: ["validateText"], modules: new Set(["views/edit.ts"]) },
};
const inAView = (code: string) => Object.values(VIEWS).some((v) => v.codes.has(code));

/** The names a TypeScript file imports or re-exports as values from `@sevscale/core` (type-only ones excluded). */
function coreValueImports(source: string): string[] {
  return [...source.matchAll(/(?:import|export)\s+(type\s+)?\{([^}]*)\}\s+from\s+"@sevscale\/core"/g)].flatMap((m) =>
    m[1]
      ? []
      : m[2]!
          .split(",")
          .map((s) => s.trim())
          .filter((s) => s !== "" && !s.startsWith("type ")),
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") ? [path] : [];
  });
}

describe("the core messages the viewer loads", () => {
  it("cover every code of the catalogue but the diff, audit and export ones, in every language: some with the view that reports them", async () => {
    const firstView = Object.keys(MESSAGE_CATALOG).filter((code) => !LEFT_OUT.has(code) && !inAView(code));
    expect(LEFT_OUT.size).toBeGreaterThan(20);
    expect(VIEWS.classify.codes.size).toBeGreaterThan(40);
    expect(VIEWS.edit.codes.size).toBeGreaterThan(10);
    expect(firstView.length).toBeGreaterThan(150);
    for (const lang of LANGS) {
      const locale = await loadCoreLocale(lang);
      expect(locale.language).toBe(lang);
      const codes = Object.keys(locale.messages);
      expect(firstView.filter((code) => !codes.includes(code)), lang).toEqual([]);
      expect(codes.filter((code) => LEFT_OUT.has(code) || inAView(code)), `${lang}: codes loaded with the first view that it never shows`).toEqual([]);
      expect(locale.terms.relation.equivalent.length, lang).toBeGreaterThan(0);
      for (const [area, view] of Object.entries(VIEWS)) {
        expect(Object.keys(await loadAreaMessages(area as ViewArea, lang)).sort(), `${lang}: the ${area} view's messages`).toEqual([...view.codes].sort());
      }
    }
  });

  it("are enough for what the viewer calls: no core value outside the known list, and a view's own calls only in its modules", () => {
    const used = sourceFiles(import.meta.dirname).flatMap((file) =>
      coreValueImports(readFileSync(file, "utf8")).map((name) => ({ file: relative(import.meta.dirname, file), name })),
    );
    expect(used.length).toBeGreaterThan(20);
    expect(used.filter((u) => !CORE_VALUES_USED.has(u.name))).toEqual([]);
    for (const [area, view] of Object.entries(VIEWS)) {
      const calls = used.filter((u) => view.calls.includes(u.name));
      expect(calls.length, area).toBeGreaterThan(0);
      expect(calls.filter((u) => !view.modules.has(u.file)), area).toEqual([]);
    }
  });

  it("read the imports and re-exports it checks (type-only ones are not values)", () => {
    const source = 'import { a, type B, c } from "@sevscale/core";\nimport type { D } from "@sevscale/core";\nimport { e } from "./x.js";\nexport { f } from "@sevscale/core";';
    expect(coreValueImports(source)).toEqual(["a", "c", "f"]);
  });
});
