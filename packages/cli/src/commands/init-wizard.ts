/**
 * The interactive side of `sevscale init`: the questions, asked on a terminal with @clack/prompts,
 * in the run's language. Returns the answers, or undefined when the user cancels (Ctrl+C, Escape);
 * nothing is written here. Defaults come from init-build.ts, so Enter gives a sensible draft.
 */
import * as p from "@clack/prompts";
import { LANGUAGES, REFERENCE_SCALE } from "@sevscale/core";
import type { Language } from "@sevscale/core";
import type { CliTexts } from "../i18n.js";
import type { CliIO } from "../io.js";
import type { DimensionAnswer, InitAnswers, IntervalAnswer, LangText, LevelAnswer, MethodAnswer, PublisherType } from "./init-answers.js";
import { MAX_DIMENSIONS, MAX_LEVELS, MAX_OPTIONS, METHOD_KINDS, PUBLISHER_TYPES } from "./init-answers.js";
import { defaultCell, defaultColours, defaultCutPoint, defaultInterval, labelContrast, spread } from "./init-build.js";

/** Each language's name in itself, as the language list shows it. */
const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: "English", es: "Español", fr: "Français", pt: "Português" };

const ID = /^(x-[a-z0-9-]+(\.[a-z0-9-]+)+|[a-z][a-z0-9-]*)\/[a-z0-9]+([._-][a-z0-9]+)*$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL_PATTERN = /^https?:\/\/\S+$/;
const HEX = /^#[0-9A-Fa-f]{6}$/;

/** Thrown inside the wizard when the user cancels; caught by {@link runWizard}. */
class Cancelled extends Error {}

/** Runs the wizard on the terminal of `io`; undefined when cancelled. */
export async function runWizard(io: CliIO, t: CliTexts, uiLanguage: Language): Promise<InitAnswers | undefined> {
  const common = { input: io.stdin as NodeJS.ReadStream, output: io.stdout as unknown as NodeJS.WriteStream, ...(io.signal ? { signal: io.signal } : {}) };
  const settle = <T>(value: T): Exclude<T, symbol> => {
    if (p.isCancel(value)) throw new Cancelled();
    return value as Exclude<T, symbol>;
  };
  const text = async (message: string, options: { initial?: string; optional?: boolean; check?: (v: string) => string | undefined } = {}): Promise<string> =>
    settle(
      await p.text({
        ...common,
        message,
        ...(options.initial === undefined ? {} : { initialValue: options.initial }),
        validate: (value) => {
          const v = (value ?? "").trim();
          if (v === "") return options.optional ? undefined : t.initRequired;
          return options.check?.(v);
        },
      }),
    ).trim();
  const select = async <V extends string>(message: string, options: { value: V; label: string }[], initial?: V): Promise<V> =>
    settle(await p.select<V>({ ...common, message, options: options as never, showInstructions: false, ...(initial === undefined ? {} : { initialValue: initial }) }));
  const count = async (message: string, min: number, max: number, initial: number): Promise<number> =>
    Number(
      await text(message, {
        initial: String(initial),
        check: (v) => (/^\d+$/.test(v) && Number(v) >= min && Number(v) <= max ? undefined : t.initCountInvalid(min, max)),
      }),
    );
  const decimal = async (message: string, initial: number): Promise<number> =>
    Number(await text(message, { initial: String(initial), check: (v) => (/^-?\d+(\.\d+)?$/.test(v) ? undefined : t.initNumberInvalid) }));

  try {
    p.intro(t.initIntro, common);
    const type = await select<PublisherType>(
      t.initPublisherType,
      PUBLISHER_TYPES.map((value) => ({ value, label: t.initPublisherTypes[value] })),
    );
    const name = await text(t.initPublisherName);
    const country = type === "state" ? (await text(t.initCountry, { check: (v) => (/^[A-Za-z]{2}$/.test(v) ? undefined : t.initCountryInvalid) })).toUpperCase() : undefined;
    const id = await text(t.initScaleId, {
      ...(country === undefined ? {} : { initial: `${country.toLowerCase()}/national` }),
      check: (v) => (ID.test(v) ? undefined : t.initScaleIdInvalid),
    });
    const csirt = await text(t.initCsirt);
    const acronym = await text(t.initCsirtAcronym, { optional: true });
    const email = await text(t.initEmail, { optional: true, check: (v) => (EMAIL.test(v) ? undefined : t.initEmailInvalid) });
    const url = await text(t.initUrl, { optional: email !== "", check: (v) => (URL_PATTERN.test(v) ? undefined : t.initUrlInvalid) });

    let chosen: Language[] = [];
    while (chosen.length === 0) {
      chosen = settle(
        await p.multiselect<Language>({
          ...common,
          message: t.initLanguages,
          options: LANGUAGES.map((value) => ({ value, label: LANGUAGE_NAMES[value] })),
          initialValues: [uiLanguage],
          required: false,
          showInstructions: false,
        }),
      );
      if (chosen.length === 0) p.log.warn(t.initLanguagesNone, common);
    }
    const main = chosen.length === 1 ? chosen[0]! : await select<Language>(t.initDefaultLanguage, chosen.map((value) => ({ value, label: LANGUAGE_NAMES[value] })), chosen.includes(uiLanguage) ? uiLanguage : chosen[0]);
    const languages = [main, ...LANGUAGES.filter((l) => l !== main && chosen.includes(l))];
    const inEach = async (prompt: (language: string) => string, initial?: string): Promise<LangText> => {
      const out: Partial<Record<Language, string>> = {};
      for (const lang of languages) out[lang] = await text(prompt(LANGUAGE_NAMES[lang]), initial === undefined ? {} : { initial });
      return out;
    };

    const direction = await select<"ascending" | "descending">(t.initDirection, [
      { value: "ascending", label: t.initAscending },
      { value: "descending", label: t.initDescending },
    ]);
    const levelCount = await count(t.initLevelCount, 2, MAX_LEVELS, 4);
    const levels: LevelAnswer[] = [];
    for (let i = 0; i < levelCount; i++) {
      p.log.step(t.initLevelHeading(i + 1, levelCount), common);
      const code = await text(t.initLevelCode, {
        initial: String(direction === "ascending" ? i + 1 : levelCount - i),
        check: (v) => (levels.some((l) => l.code === v) ? t.initCodeTaken : undefined),
      });
      levels.push({ code, label: await inEach(t.initLabel), definition: await inEach(t.initDefinition) });
    }

    const palette = defaultColours(levelCount);
    const colourLines = (colours: readonly string[]) =>
      levels
        .map((l, i) => {
          const { text: ink, ratio } = labelContrast(colours[i]!);
          return t.initColourLine(l.code, colours[i]!, ink, ratio.toFixed(1));
        })
        .join("\n");
    p.note(colourLines(palette), t.initColoursShow, common);
    const colours = [...palette];
    if (!settle(await p.confirm({ ...common, message: t.initColoursKeep, active: t.initYes, inactive: t.initNo, initialValue: true }))) {
      for (let i = 0; i < levelCount; i++) {
        colours[i] = (await text(t.initColour(levels[i]!.code), { initial: palette[i]!, check: (v) => (HEX.test(v) ? undefined : t.initColourInvalid) })).toUpperCase();
      }
      p.note(colourLines(colours), t.initColoursShow, common);
    }
    const coloured = levels.map((l, i) => (colours[i] === palette[i] ? l : { ...l, color: colours[i]! }));

    const kind = await select(
      t.initMethod,
      METHOD_KINDS.map((value) => ({ value, label: t.initMethods[value] })),
    );
    const dimensions: DimensionAnswer[] = [];
    if (kind !== "judgement") {
      const dimensionCount = kind === "matrix" ? 2 : await count(t.initDimensionCount(1, MAX_DIMENSIONS), 1, MAX_DIMENSIONS, 2);
      for (let d = 0; d < dimensionCount; d++) {
        p.log.step(t.initDimensionHeading(d + 1, dimensionCount), common);
        const code = await text(t.initDimensionCode, { check: (v) => (dimensions.some((x) => x.code === v) ? t.initCodeTaken : undefined) });
        const label = await inEach(t.initLabel, code);
        const optionCount = await count(t.initOptionCount, 2, MAX_OPTIONS, 3);
        const options: { code: string; label: LangText }[] = [];
        for (let o = 0; o < optionCount; o++) {
          const optionCode = await text(t.initOptionCode(o + 1, optionCount), { check: (v) => (options.some((x) => x.code === v) ? t.initCodeTaken : undefined) });
          options.push({ code: optionCode, label: await inEach(t.initLabel, optionCode) });
        }
        dimensions.push({ code, label, options });
      }
    }
    const levelChoices = levels.map((l) => ({ value: l.code, label: l.code }));
    const method = await askMethod(kind);

    async function askMethod(k: (typeof METHOD_KINDS)[number]): Promise<MethodAnswer> {
      switch (k) {
        case "judgement":
          return { kind: "judgement" };
        case "max": {
          const ratings: Record<string, Record<string, string>> = {};
          for (const d of dimensions) {
            ratings[d.code] = {};
            for (const [j, o] of d.options.entries()) {
              ratings[d.code]![o.code] = await select(t.initRating(d.code, o.code), levelChoices, levels[spread(j, d.options.length, levelCount)]!.code);
            }
          }
          return { kind: "max", ratings };
        }
        case "rules": {
          const rules: { level: string; dimension: string; atLeast: string }[] = [];
          for (let i = levelCount - 1; i >= 1; i--) {
            const level = levels[i]!.code;
            const none = "\u0000none";
            const dimension = await select(t.initRuleDimension(level), [...dimensions.map((d) => ({ value: d.code, label: d.code })), { value: none, label: t.initRuleNone }]);
            if (dimension === none) continue;
            const options = dimensions.find((d) => d.code === dimension)!.options;
            const initial = options[Math.min(options.length - 1, Math.round((i * (options.length - 1)) / (levelCount - 1)))]!.code;
            rules.push({ level, dimension, atLeast: await select(t.initRuleOption(level, dimension), options.map((o) => ({ value: o.code, label: o.code })), initial) });
          }
          if (rules.length === 0) return { kind: "judgement" };
          return { kind: "rules", rules, otherwise: levels[0]!.code };
        }
        case "score": {
          const weights: Record<string, number> = {};
          for (const d of dimensions) weights[d.code] = await decimal(t.initWeight(d.code), 1);
          const cutPoints: Record<string, number> = { [levels[0]!.code]: 0 };
          for (let i = 1; i < levelCount; i++) cutPoints[levels[i]!.code] = await decimal(t.initCutPoint(levels[i]!.code), defaultCutPoint(i, levelCount));
          return { kind: "score", weights, cutPoints };
        }
        case "matrix": {
          const [rows, columns] = dimensions as [DimensionAnswer, DimensionAnswer];
          const cells: string[][] = [];
          for (const [i, r] of rows.options.entries()) {
            const row: string[] = [];
            for (const [j, c] of columns.options.entries()) {
              row.push(await select(t.initCell(r.code, c.code), levelChoices, levels[defaultCell(i, rows.options.length, j, columns.options.length, levelCount)]!.code));
            }
            cells.push(row);
          }
          return { kind: "matrix", rows: rows.code, columns: columns.code, cells };
        }
      }
    }

    const intervals: Record<string, IntervalAnswer> = Object.fromEntries(levels.map((l, i) => [l.code, defaultInterval(i, levelCount)]));
    p.note(levels.map((l) => t.initMappingLine(l.code, intervals[l.code]!.min, intervals[l.code]!.max)).join("\n"), t.initMappingShow, common);
    if (!settle(await p.confirm({ ...common, message: t.initMappingKeep, active: t.initYes, inactive: t.initNo, initialValue: true }))) {
      const reference = REFERENCE_SCALE.levels.map((l) => ({ value: l.code, label: `${l.code} ${l.label[uiLanguage] ?? l.label["en"] ?? ""}` }));
      for (const l of levels) {
        const min = await select(t.initMappingMin(l.code), reference, intervals[l.code]!.min);
        const above = reference.slice(reference.findIndex((r) => r.value === min));
        const max = await select(t.initMappingMax(l.code), above, above.some((r) => r.value === intervals[l.code]!.max) ? intervals[l.code]!.max : min);
        intervals[l.code] = { min, max };
      }
    }

    return {
      publisher: { name, type, ...(country === undefined ? {} : { country }) },
      csirt: { name: csirt, ...(acronym === "" ? {} : { acronym }) },
      contact: { ...(email === "" ? {} : { email }), ...(url === "" ? {} : { url }) },
      id,
      languages,
      direction,
      levels: coloured,
      ...(dimensions.length > 0 ? { dimensions } : {}),
      method,
      mapping: intervals,
    };
  } catch (error) {
    if (error instanceof Cancelled) {
      p.cancel(t.initCancelled, common);
      return undefined;
    }
    throw error;
  }
}
