/**
 * The `sevscale init` wizard on a real pseudo-terminal: util-linux `script` gives the process a
 * TTY (raw mode, key presses, cursor movement), and the test types as a user would, waiting for
 * each question before answering. Runs the CLI from its source through tsx, so no build is needed.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { validateDocument } from "@sevscale/core";
import type { Scale } from "@sevscale/core";
import { describe, expect, it } from "vitest";
import { runCli } from "../_fake-io.js";
import { ROOT, tempFolder } from "../_test-files.js";
import { CLI_LANGUAGES, cliTexts, loadLanguage } from "../i18n.js";

// cliTexts() reads a loaded language: the CLI loads the run's language in main(); these tests read all four, before the module reads any text.
for (const lang of CLI_LANGUAGES) await loadLanguage(lang);

const hasScript = spawnSync("script", ["--version"], { encoding: "utf8" }).status === 0;

/** Terminal output without escape sequences (colours, cursor moves). */
const plain = (s: string): string => s.replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, "").replace(/\u001b[78=>]/g, "");

/** A CLI run on a pseudo-terminal: wait for a question (shown as active, `◆`), then type. */
function onTerminal(args: string[]) {
  const command = `stty cols 120 rows 50; exec "${process.execPath}" --conditions=@sevscale/source --import tsx packages/cli/src/bin.ts ${args.join(" ")}`;
  const child = spawn("script", ["-qfec", command, "/dev/null"], { cwd: ROOT, env: { ...process.env, TERM: "xterm-256color", NO_COLOR: "1", FORCE_COLOR: undefined, LANG: "C.UTF-8" } });
  let output = "";
  let from = 0;
  child.stdout.on("data", (d: Buffer) => (output += d.toString("utf8")));
  const exited = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
  return {
    output: () => plain(output),
    exited,
    /** Waits until `question` is asked (after everything answered so far), then types `keys`. */
    answer(question: string, keys: string): Promise<void> {
      return this.when(`◆  ${question}`, keys);
    },
    /** Waits until `text` is on the screen (after everything seen so far), then types `keys`. */
    async when(text: string, keys: string): Promise<void> {
      const started = Date.now();
      for (;;) {
        const screen = plain(output);
        const at = screen.indexOf(text, from);
        if (at >= 0) {
          from = at + text.length;
          break;
        }
        if (Date.now() - started > 30_000) throw new Error(`not shown: ${text}\n--- screen ---\n${screen.slice(-2000)}`);
        await new Promise((r) => setTimeout(r, 40));
      }
      child.stdin.write(keys);
    },
  };
}

const ENTER = "\r";
const BACKSPACE = "\u007f";
const DOWN = "\u001b[B";
const UP = "\u001b[A";
const CTRL_C = "\u0003";

describe.skipIf(!hasScript)("sevscale init on a terminal", () => {
  it("asks in Spanish, takes the defaults where Enter is pressed, and writes a draft that validates", async () => {
    const tmp = tempFolder("init-pty");
    try {
      const t = cliTexts("es");
      const run = onTerminal(["init", "--out", tmp.dir, "--lang", "es"]);
      await run.answer(t.initPublisherType, ENTER); // a state
      await run.answer(t.initPublisherName, `Ejemplia${ENTER}`);
      await run.answer(t.initCountry, `xe${ENTER}`);
      await run.answer(t.initScaleId, ENTER); // xe/national
      await run.answer(t.initCsirt, `CSIRT-XE${ENTER}`);
      await run.answer(t.initCsirtAcronym, ENTER);
      await run.answer(t.initEmail, `csirt@example.org${ENTER}`);
      await run.answer(t.initUrl, ENTER);
      await run.answer(t.initLanguages, ` ${ENTER}`); // Español is chosen; the cursor is on English: add it
      await run.answer(t.initDefaultLanguage, ENTER); // Español, the run's language
      await run.answer(t.initDirection, `${DOWN}${ENTER}`); // descending
      await run.answer(t.initLevelCount, `${BACKSPACE}2${ENTER}`);
      await run.answer(t.initLevelCode, ENTER); // "2", the least severe of a descending scale
      await run.answer(t.initLabel("Español"), `Menor${ENTER}`);
      await run.answer(t.initLabel("English"), `Minor${ENTER}`);
      await run.answer(t.initDefinition("Español"), `Sin interrupción.${ENTER}`);
      await run.answer(t.initDefinition("English"), `No disruption.${ENTER}`);
      await run.answer(t.initLevelCode, ENTER); // "1"
      await run.answer(t.initLabel("Español"), `Mayor${ENTER}`);
      await run.answer(t.initLabel("English"), `Major${ENTER}`);
      await run.answer(t.initDefinition("Español"), `Servicios esenciales interrumpidos.${ENTER}`);
      await run.answer(t.initDefinition("English"), `Essential services disrupted.${ENTER}`);
      await run.answer(t.initColoursKeep, ENTER);
      await run.answer(t.initMethod, ENTER); // worst dimension
      await run.answer(t.initDimensionCount(1, 12), `${BACKSPACE}1${ENTER}`);
      await run.answer(t.initDimensionCode, `servicios${ENTER}`);
      await run.answer(t.initLabel("Español"), ENTER);
      await run.answer(t.initLabel("English"), `${"\u007f".repeat(9)}services${ENTER}`);
      await run.answer(t.initOptionCount, `${BACKSPACE}2${ENTER}`);
      await run.answer(t.initOptionCode(1, 2), `normal${ENTER}`);
      await run.answer(t.initLabel("Español"), ENTER);
      await run.answer(t.initLabel("English"), ENTER);
      await run.answer(t.initOptionCode(2, 2), `caidos${ENTER}`);
      await run.answer(t.initLabel("Español"), ENTER);
      await run.answer(t.initLabel("English"), ENTER);
      await run.answer(t.initRating("servicios", "normal"), ENTER);
      await run.answer(t.initRating("servicios", "caidos"), ENTER);
      await run.answer(t.initMappingKeep, ENTER);
      expect(await run.exited, run.output()).toBe(0);

      const scalePath = join(tmp.dir, "scales", "national.json");
      const mappingPath = join(tmp.dir, "mappings", "national-to-crs.json");
      expect(run.output()).toContain(t.initWrote(scalePath));
      expect(run.output()).toContain(t.initNext);
      const scale = JSON.parse(readFileSync(scalePath, "utf8")) as Scale;
      const mapping = JSON.parse(readFileSync(mappingPath, "utf8")) as Record<string, unknown>;
      expect(scale.direction).toBe("descending");
      expect(scale.defaultLanguage).toBe("es");
      expect(scale.levels.map((l) => [l.code, l.label])).toEqual([
        ["2", { es: "Menor", en: "Minor" }],
        ["1", { es: "Mayor", en: "Major" }],
      ]);
      expect(scale.dimensions[0]!.label).toEqual({ es: "servicios", en: "services" });
      expect(scale.method).toEqual({ kind: "max", ratings: [{ dimension: "servicios", levels: { normal: "2", caidos: "1" } }] });
      const checked = validateDocument(scale, { kind: "scale" });
      expect(checked.issues.filter((i) => i.severity !== "info")).toEqual([]);
      const mapped = validateDocument(mapping, { kind: "mapping", resolveScale: (id) => (id === scale.id ? scale : undefined) });
      expect(mapped.issues.filter((i) => i.severity !== "info")).toEqual([]);
    } finally {
      tmp.remove();
    }
  });

  it("an organisation's matrix scale in Portuguese: invalid answers are asked again, colours and mapping changed by hand", async () => {
    const tmp = tempFolder("init-pty");
    try {
      const t = cliTexts("pt");
      const run = onTerminal(["init", "--out", tmp.dir, "--lang", "pt"]);
      await run.answer(t.initPublisherType, `${DOWN.repeat(3)}${ENTER}`); // an organisation
      await run.answer(t.initPublisherName, `Exemplo SA${ENTER}`);
      await run.answer(t.initScaleId, `Interna${ENTER}`);
      await run.when(t.initScaleIdInvalid, `${BACKSPACE.repeat(7)}x-org.example/interna${ENTER}`);
      await run.answer(t.initCsirt, `CSIRT Exemplo${ENTER}`);
      await run.answer(t.initCsirtAcronym, ENTER);
      await run.answer(t.initEmail, ENTER); // no email: then the web address is required
      await run.answer(t.initUrl, ENTER);
      await run.when(t.initRequired, `https://csirt.example.org/${ENTER}`);
      await run.answer(t.initLanguages, ENTER); // Português only
      await run.answer(t.initDirection, ENTER);
      await run.answer(t.initLevelCount, `${BACKSPACE}3${ENTER}`);
      for (const [label, definition] of [["Baixo", "Pouco impacto."], ["Médio", "Impacto limitado."], ["Alto", "Impacto grave."]]) {
        await run.answer(t.initLevelCode, ENTER);
        await run.answer(t.initLabel("Português"), `${label}${ENTER}`);
        await run.answer(t.initDefinition("Português"), `${definition}${ENTER}`);
      }
      await run.answer(t.initColoursKeep, "n");
      await run.answer(t.initColour("1"), ENTER);
      await run.answer(t.initColour("2"), `${BACKSPACE.repeat(7)}#zzz${ENTER}`);
      await run.when(t.initColourInvalid, `${BACKSPACE.repeat(4)}#1f77b4${ENTER}`);
      await run.answer(t.initColour("3"), ENTER);
      await run.answer(t.initMethod, `${DOWN.repeat(3)}${ENTER}`); // matrix: two dimensions
      await run.answer(t.initDimensionCode, `impacto${ENTER}`);
      await run.answer(t.initLabel("Português"), ENTER);
      await run.answer(t.initOptionCount, `${BACKSPACE}2${ENTER}`);
      for (const option of ["baixo", "alto"]) {
        await run.answer(t.initOptionCode(option === "baixo" ? 1 : 2, 2), `${option}${ENTER}`);
        await run.answer(t.initLabel("Português"), ENTER);
      }
      await run.answer(t.initDimensionCode, `alcance${ENTER}`);
      await run.answer(t.initLabel("Português"), ENTER);
      await run.answer(t.initOptionCount, ENTER);
      for (const [i, option] of ["um", "varios", "todos"].entries()) {
        await run.answer(t.initOptionCode(i + 1, 3), `${option}${ENTER}`);
        await run.answer(t.initLabel("Português"), ENTER);
      }
      await run.answer(t.initCell("baixo", "um"), `${DOWN}${ENTER}`); // 2 rather than the proposed 1
      for (const [row, column] of [["baixo", "varios"], ["baixo", "todos"], ["alto", "um"], ["alto", "varios"], ["alto", "todos"]]) {
        await run.answer(t.initCell(row!, column!), ENTER);
      }
      await run.answer(t.initMappingKeep, "n");
      await run.answer(t.initMappingMin("1"), ENTER);
      await run.answer(t.initMappingMax("1"), `${UP}${ENTER}`); // R0 only
      for (const level of ["2", "3"]) {
        await run.answer(t.initMappingMin(level), ENTER);
        await run.answer(t.initMappingMax(level), ENTER);
      }
      expect(await run.exited, run.output()).toBe(0);

      const scale = JSON.parse(readFileSync(join(tmp.dir, "scales", "interna.json"), "utf8")) as Scale;
      const mapping = JSON.parse(readFileSync(join(tmp.dir, "mappings", "interna-to-crs.json"), "utf8")) as { records: { subject: string; object: unknown }[] };
      expect(scale.id).toBe("x-org.example/interna");
      expect(scale.publisher).toMatchObject({ type: "organisation", contact: { url: "https://csirt.example.org/" } });
      expect(scale.languages).toEqual([{ tag: "pt", authoritative: true }]);
      expect(scale.levels.map((l) => l.color?.hex)).toEqual(["#1A9850", "#1F77B4", "#A50026"]);
      const method = scale.method as { kind: string; cells: { at: string[]; level: string }[] };
      expect(method.kind).toBe("matrix");
      expect(method.cells.map((c) => [...c.at, c.level])).toEqual([
        ["baixo", "um", "2"], ["baixo", "varios", "2"], ["baixo", "todos", "2"],
        ["alto", "um", "2"], ["alto", "varios", "3"], ["alto", "todos", "3"],
      ]);
      expect(mapping.records.map((r) => [r.subject, r.object])).toEqual([
        ["1", { min: "R0", max: "R0" }],
        ["2", { min: "R2", max: "R3" }],
        ["3", { min: "R4", max: "R5" }],
      ]);
      expect(validateDocument(scale, { kind: "scale" }).issues.filter((i) => i.severity === "error")).toEqual([]);
      expect(validateDocument(mapping, { kind: "mapping", resolveScale: (id) => (id === scale.id ? scale : undefined) }).issues.filter((i) => i.severity === "error")).toEqual([]);
    } finally {
      tmp.remove();
    }
  });

  it("rules in French: a level without a rule is skipped, the least severe is the default; Oui/Non are French", async () => {
    const tmp = tempFolder("init-pty");
    try {
      const t = cliTexts("fr");
      const run = onTerminal(["init", "--out", tmp.dir, "--lang", "fr"]);
      await run.answer(t.initPublisherType, ENTER);
      await run.answer(t.initPublisherName, `Exemplie${ENTER}`);
      await run.answer(t.initCountry, `xf${ENTER}`);
      await run.answer(t.initScaleId, ENTER);
      await run.answer(t.initCsirt, `CERT-XF${ENTER}`);
      await run.answer(t.initCsirtAcronym, ENTER);
      await run.answer(t.initEmail, `cert@example.org${ENTER}`);
      await run.answer(t.initUrl, ENTER);
      await run.answer(t.initLanguages, ENTER); // Français only
      await run.answer(t.initDirection, `${DOWN}${ENTER}`); // descending: codes 3, 2, 1
      await run.answer(t.initLevelCount, `${BACKSPACE}3${ENTER}`);
      for (const label of ["Mineur", "Notable", "Majeur"]) {
        await run.answer(t.initLevelCode, ENTER);
        await run.answer(t.initLabel("Français"), `${label}${ENTER}`);
        await run.answer(t.initDefinition("Français"), `Incident ${label.toLowerCase()}.${ENTER}`);
      }
      await run.answer(t.initColoursKeep, "");
      await run.when(t.initYes, ENTER);
      await run.answer(t.initMethod, `${DOWN}${ENTER}`); // rules
      await run.answer(t.initDimensionCount(1, 12), `${BACKSPACE}1${ENTER}`);
      await run.answer(t.initDimensionCode, `effet${ENTER}`);
      await run.answer(t.initLabel("Français"), ENTER);
      await run.answer(t.initOptionCount, `${BACKSPACE}2${ENTER}`);
      await run.answer(t.initOptionCode(1, 2), `aucun${ENTER}`);
      await run.answer(t.initLabel("Français"), ENTER);
      await run.answer(t.initOptionCode(2, 2), `arret${ENTER}`);
      await run.answer(t.initLabel("Français"), ENTER);
      await run.answer(t.initRuleDimension("1"), ENTER);
      await run.answer(t.initRuleOption("1", "effet"), ENTER); // arret, proposed for the most severe level
      await run.answer(t.initRuleDimension("2"), `${DOWN}${ENTER}`); // no rule for this level
      await run.answer(t.initMappingKeep, ENTER);
      expect(await run.exited, run.output()).toBe(0);
      const scale = JSON.parse(readFileSync(join(tmp.dir, "scales", "national.json"), "utf8")) as Scale;
      expect(scale.levels.map((l) => l.code)).toEqual(["3", "2", "1"]);
      expect(scale.method).toEqual({
        kind: "rules",
        strategy: "most-severe",
        rules: [{ id: "rule-1", level: "1", when: { dimension: "effet", atLeast: "arret" } }],
        otherwise: "3",
      });
      expect(validateDocument(scale, { kind: "scale" }).issues.filter((i) => i.severity === "error")).toEqual([]);
    } finally {
      tmp.remove();
    }
  });

  it("a score in English: weights and a cut point typed in, and the scale classifies by them", async () => {
    const tmp = tempFolder("init-pty");
    try {
      const t = cliTexts("en");
      const run = onTerminal(["init", "--out", tmp.dir, "--lang", "en"]);
      await run.answer(t.initPublisherType, ENTER);
      await run.answer(t.initPublisherName, `Examplestan${ENTER}`);
      await run.answer(t.initCountry, `xs${ENTER}`);
      await run.answer(t.initScaleId, ENTER);
      await run.answer(t.initCsirt, `CSIRT-XS${ENTER}`);
      await run.answer(t.initCsirtAcronym, ENTER);
      await run.answer(t.initEmail, `csirt@example.org${ENTER}`);
      await run.answer(t.initUrl, ENTER);
      await run.answer(t.initLanguages, ENTER); // English only
      await run.answer(t.initDirection, ENTER);
      await run.answer(t.initLevelCount, `${BACKSPACE}2${ENTER}`);
      for (const label of ["Low", "High"]) {
        await run.answer(t.initLevelCode, ENTER);
        await run.answer(t.initLabel("English"), `${label}${ENTER}`);
        await run.answer(t.initDefinition("English"), `${label} impact.${ENTER}`);
      }
      await run.answer(t.initColoursKeep, ENTER);
      await run.answer(t.initMethod, `${DOWN.repeat(2)}${ENTER}`); // score
      await run.answer(t.initDimensionCount(1, 12), ENTER); // 2
      for (const d of ["a", "b"]) {
        await run.answer(t.initDimensionCode, `${d}${ENTER}`);
        await run.answer(t.initLabel("English"), ENTER);
        await run.answer(t.initOptionCount, `${BACKSPACE}2${ENTER}`);
        for (const o of [0, 1]) {
          await run.answer(t.initOptionCode(o + 1, 2), `${d}${o}${ENTER}`);
          await run.answer(t.initLabel("English"), ENTER);
        }
      }
      await run.answer(t.initWeight("a"), `${BACKSPACE}x${ENTER}`);
      await run.when(t.initNumberInvalid, `${BACKSPACE}3${ENTER}`);
      await run.answer(t.initWeight("b"), ENTER);
      await run.answer(t.initCutPoint("2"), `${BACKSPACE.repeat(2)}70${ENTER}`);
      await run.answer(t.initMappingKeep, ENTER);
      expect(await run.exited, run.output()).toBe(0);
      const scalePath = join(tmp.dir, "scales", "national.json");
      // a1 alone: 3 of 4 points, 75 of 100: at least 70, so level 2; b1 alone: 25, level 1.
      for (const [facts, level] of [[{ a: "a1", b: "b0" }, "2"], [{ a: "a0", b: "b1" }, "1"]] as const) {
        const r = await runCli(["classify", scalePath, "--facts", tmp.write("facts.json", facts), "--format", "json"]);
        expect(r.code, r.stdout).toBe(0);
        expect((JSON.parse(r.stdout) as { level: { code: string } }).level.code).toBe(level);
      }
    } finally {
      tmp.remove();
    }
  });

  it("Ctrl+C cancels: exit 130, a word in the run's language, and no file", async () => {
    const tmp = tempFolder("init-pty");
    try {
      const t = cliTexts("fr");
      const out = join(tmp.dir, "out");
      const run = onTerminal(["init", "--out", out, "--lang", "fr"]);
      await run.answer(t.initPublisherType, ENTER);
      await run.answer(t.initPublisherName, `Exemplie${ENTER}`);
      await run.answer(t.initCountry, CTRL_C);
      expect(await run.exited).toBe(130);
      expect(run.output()).toContain(t.initCancelled);
      expect(existsSync(out)).toBe(false);
    } finally {
      tmp.remove();
    }
  });
});
