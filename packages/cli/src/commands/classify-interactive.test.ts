/**
 * `sevscale classify --interactive` driven through a real pseudo-terminal: util-linux `script`
 * runs the CLI (from source, through tsx) on a pty, and the test types keys as a user would,
 * waiting for each question before answering it.
 */
import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { classify, renderMessage } from "@sevscale/core";
import { en } from "@sevscale/core/locales/en";
import type { Scale } from "@sevscale/core";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../_fake-io.js";
import { ROOT, example, tempFolder } from "../_test-files.js";
import { CLI_LANGUAGES, cliTexts, loadLanguage } from "../i18n.js";

// cliTexts() reads a loaded language: the CLI loads the run's language in main(); these tests read all four, before the module reads any text.
for (const lang of CLI_LANGUAGES) await loadLanguage(lang);

const tmp = tempFolder("classify-interactive");
afterAll(() => tmp.remove());

const hasScript = spawnSync("script", ["--version"]).status === 0;
const KEY = { enter: "\r", down: "\u001b[B", space: " ", clearLine: "\u0015", ctrlC: "\u0003" };

/** One step: wait until the screen shows `waitFor` (after the previous step's), then type `keys`. */
type Step = readonly [waitFor: string, keys: string];

/** Runs `sevscale <args>` on a pseudo-terminal, typing the steps' keys; resolves with the screen text and exit code. */
function onTerminal(args: readonly string[], steps: readonly Step[]): Promise<{ screen: string; code: number | null }> {
  const quote = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;
  const command = `stty cols 120 rows 50; exec ${[process.execPath, "--conditions=@sevscale/source", "--import", "tsx", join(ROOT, "packages/cli/src/bin.ts"), ...args].map(quote).join(" ")}`;
  const child = spawn("script", ["-qfec", command, "/dev/null"], { cwd: ROOT, env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined, LANG: "C" }, stdio: ["pipe", "pipe", "pipe"] });
  let screen = "";
  let seen = 0;
  let next = 0;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`no "${steps[next]?.[0]}" on the terminal; it shows:\n${screen}`));
    }, 45_000);
    child.stdout.on("data", (data: Buffer) => {
      screen += data.toString("utf8");
      const step = steps[next];
      if (step === undefined) return;
      const at = screen.indexOf(step[0], seen);
      if (at < 0) return;
      seen = at + step[0].length;
      next++;
      // Give the prompt a moment to start reading before typing.
      setTimeout(() => child.stdin.write(step[1]), 150);
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ screen, code });
    });
  });
}

const text = (x: string) => ({ en: x });
/** A rules scale: planned maintenance (yes/no, assumed no), a loss in EUR, a personal-data breach (yes/no). */
const significant = tmp.write("significant.json", {
  kind: "scale",
  id: "x-org.example/significant",
  version: "1.0.0",
  status: "draft",
  title: text("Significance test"),
  published: "2026-01-01",
  revisionHistory: [{ version: "1.0.0", date: "2026-01-01", summary: text("test") }],
  publisher: { name: text("tests"), type: "other", contact: { email: "tests@example.org" } },
  license: { id: "CC0-1.0" },
  defaultLanguage: "en",
  languages: [{ tag: "en", authoritative: true }],
  direction: "ascending",
  levels: [
    { code: "not-significant", label: text("Not significant"), definition: text("x") },
    { code: "significant", label: text("Significant"), definition: text("y") },
  ],
  dimensions: [
    { code: "planned-maintenance", type: "boolean", label: text("Was it planned maintenance?"), assume: false },
    { code: "loss", type: "quantity", label: text("Financial loss"), unit: "EUR", min: 0 },
    { code: "data-breach", type: "boolean", label: text("Were personal data breached?") },
  ],
  method: {
    kind: "rules",
    strategy: "first-match",
    rules: [
      { level: "not-significant", when: { dimension: "planned-maintenance", is: true } },
      { level: "significant", when: { any: [{ dimension: "loss", compare: "gt", threshold: { value: 500000 } }, { dimension: "data-breach", is: true }] } },
    ],
    otherwise: "not-significant",
  },
});

const t = cliTexts("en");

describe.skipIf(!hasScript)("sevscale classify --interactive (on a pseudo-terminal)", () => {
  it("asks only what can still change the level, checks numbers, stops once decided, and saves facts that replay", async () => {
    const saved = join(tmp.dir, "answers.json");
    const { screen, code } = await onTerminal(
      ["classify", significant, "--interactive", "--save-facts", saved],
      [
        ["Financial loss", "abc" + KEY.enter],
        [t.interactiveNotANumber, KEY.clearLine + "-5" + KEY.enter],
        // The classifier's own check of the value, in the run's language.
        [renderMessage({ code: "fact_out_of_range", params: { dimension: "loss", value: "-5", min: "0", max: "∞" } }, en).split(", -5")[0]!, KEY.clearLine + "600000" + KEY.enter],
      ],
    );
    expect(code).toBe(0);
    // A loss over 500 000 decides: the data-breach question is never asked.
    expect(screen).not.toContain("Were personal data breached?");
    expect(screen).toContain("Level: significant — Significant");
    expect(screen).toContain(t.factsUsedHeading);
    const facts = JSON.parse(readFileSync(saved, "utf8")) as Record<string, unknown>;
    expect(facts).toEqual({ loss: 600000 });
    const replay = await runCli(["classify", significant, "--facts", saved, "--format", "json"]);
    expect((JSON.parse(replay.stdout) as { level: { code: string } }).level.code).toBe("significant");
  }, 60_000);

  it("offers the options of a matrix axis with their labels, and gives the matrix's level", async () => {
    const asd = example("examples/scales/au-asd.json") as unknown as Scale & { dimensions: { code: string; label: { en: string }; options: { code: string }[] }[] };
    const [impact, stakeholder] = asd.dimensions;
    const saved = join(tmp.dir, "asd.json");
    const { screen, code } = await onTerminal(
      ["classify", "examples/scales/au-asd.json", "--interactive", "--save-facts", saved],
      [
        [impact!.label.en, KEY.down + KEY.down + KEY.enter],
        [stakeholder!.label.en, KEY.down + KEY.enter],
      ],
    );
    const facts = JSON.parse(readFileSync(saved, "utf8")) as Record<string, unknown>;
    expect(facts).toEqual({ [impact!.code]: impact!.options[2]!.code, [stakeholder!.code]: stakeholder!.options[1]!.code });
    const expected = classify(asd, facts);
    expect(code).toBe(0);
    expect(screen).toContain(`Level: ${expected.level!.code}`);
  }, 60_000);

  it("takes \"I don't know\" for an answer: the fact stays unknown (null) and the range is shown", async () => {
    const saved = join(tmp.dir, "unknown.json");
    const { screen, code } = await onTerminal(
      ["classify", significant, "--interactive", "--no-assume", "--save-facts", saved],
      [
        ["Was it planned maintenance?", KEY.down + KEY.down + KEY.enter],
        ["Financial loss", KEY.enter],
        ["Were personal data breached?", KEY.enter],
      ],
    );
    // "yes" to the breach decides nothing while planned maintenance is unknown: still a range.
    expect(JSON.parse(readFileSync(saved, "utf8"))).toEqual({ "planned-maintenance": null, loss: null, "data-breach": true });
    expect(screen).toContain(`${t.rangeHeading}: from not-significant to significant`);
    expect(code).toBe(1);
  }, 60_000);

  it("ends with exit 2 and no result when the questions are cancelled", async () => {
    const { screen, code } = await onTerminal(["classify", significant, "--interactive"], [["Financial loss", KEY.ctrlC]]);
    expect(screen).toContain(t.interactiveCancelled);
    expect(screen).not.toContain(t.factsUsedHeading);
    expect(code).toBe(2);
  }, 60_000);
});
