/**
 * fast-check arbitrary for Scale documents (model/scale.ts): structurally valid, of varied shape
 * (every method kind, conditions, thresholds, ordinal and quantity dimensions, sentinels, optional
 * members present or absent, several languages). Codes refer to declared levels, dimensions and
 * options; meaning rules beyond that are not guaranteed.
 */
import fc from "fast-check";
import type { ScaleInput } from "../../src/model/scale.js";
import {
  arbCodes,
  arbDate,
  arbDocumentId,
  arbDocumentRef,
  arbDuration,
  arbExtensions,
  arbLangMap,
  arbLanguageTags,
  arbLanguages,
  arbLicense,
  arbOrganisation,
  arbPublisher,
  arbRevision,
  arbSemver,
  arbStatus,
  arbText,
  arbUrl,
  arbVerification,
} from "./common.js";
import { arbMethod, type MethodContext } from "./method.js";

/** A JSON round trip: what a parser would hand over (no `undefined`, no -0, plain prototypes). */
export function asJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** The codes a scale declares, drawn together so that they are distinct where they must be. */
interface ScaleShape {
  languages: string[];
  levels: string[];
  sentinels: string[];
  axes: string[];
  ordinal: { code: string; options: string[] }[];
  quantity: string[];
}

function arbShape(): fc.Arbitrary<ScaleShape> {
  return fc
    .record({
      languages: arbLanguageTags(),
      // Level and sentinel codes share one namespace; dimensions have their own.
      levelCodes: arbCodes(2, 9),
      sentinelCount: fc.nat({ max: 2 }),
      axes: arbCodes(0, 2),
      dimCodes: arbCodes(0, 4),
      ordinalShare: fc.nat({ max: 4 }),
      options: fc.array(arbCodes(1, 4), { minLength: 4, maxLength: 4 }),
    })
    .map(({ languages, levelCodes, sentinelCount, axes, dimCodes, ordinalShare, options }) => {
      const sentinels = levelCodes.length - sentinelCount >= 2 ? levelCodes.slice(levelCodes.length - sentinelCount) : [];
      const ordinalCount = Math.min(dimCodes.length, ordinalShare);
      return {
        languages,
        levels: levelCodes.slice(0, levelCodes.length - sentinels.length),
        sentinels,
        axes,
        ordinal: dimCodes.slice(0, ordinalCount).map((code, i) => ({ code, options: options[i]! })),
        quantity: dimCodes.slice(ordinalCount),
      };
    });
}

const arbHexColor = fc.stringMatching(/^#[0-9A-Fa-f]{6}$/);

function arbLevel(languages: string[], code: string) {
  const lm = arbLangMap(languages);
  return fc.record(
    {
      code: fc.constant(code),
      label: lm,
      definition: lm,
      color: fc.record({ hex: arbHexColor, name: lm }, { requiredKeys: [] }),
      response: fc.record({ whoResponds: lm, actions: lm, escalation: lm }, { requiredKeys: [] }),
      notification: fc.record({ deadline: arbDuration(), to: lm, mandatory: fc.boolean(), note: lm }, { requiredKeys: ["deadline"] }),
      examples: fc.array(lm, { maxLength: 2 }),
      verification: arbVerification(languages),
      note: lm,
    },
    { requiredKeys: ["code", "label", "definition"] },
  );
}

function arbDimensions(shape: ScaleShape) {
  const lm = arbLangMap(shape.languages);
  const base = (code: string) => ({
    code: fc.constant(code),
    label: lm,
    definition: lm,
    ...(shape.axes.length > 0 ? { axis: fc.constantFrom(...shape.axes) } : {}),
    verification: arbVerification(shape.languages),
  });
  const baseKeys = ["code", "label"] as const;
  const ordinal = shape.ordinal.map((d) =>
    fc.record(
      {
        ...base(d.code),
        type: fc.constant("ordinal" as const),
        options: fc.tuple(
          ...d.options.map((o) => fc.record({ code: fc.constant(o), label: lm, definition: lm, verification: arbVerification(shape.languages) }, { requiredKeys: ["code", "label"] })),
        ),
        multiple: fc.boolean(),
      },
      { requiredKeys: [...baseKeys, "type", "options"] },
    ),
  );
  const quantity = shape.quantity.map((code) =>
    fc.record(
      {
        ...base(code),
        type: fc.constant("quantity" as const),
        unit: fc.constantFrom("EUR", "%", "minutes", "users", "hours", "TB"),
        min: fc.constant(0),
        max: fc.constantFrom(100, "1000000.00"),
        integer: fc.boolean(),
      },
      { requiredKeys: [...baseKeys, "type", "unit"] },
    ),
  );
  return fc.tuple(...ordinal, ...quantity);
}

/** A structurally valid Scale document (after a JSON round trip). */
export function arbScale(): fc.Arbitrary<ScaleInput> {
  return arbShape()
    .chain((shape) => {
      const { languages } = shape;
      const lm = arbLangMap(languages);
      const ctx: MethodContext = shape;
      return fc.record(
        {
          $schema: fc.constant("https://sevscale.org/schemas/1.0/scale.schema.json"),
          kind: fc.constant("scale" as const),
          id: arbDocumentId(),
          version: arbSemver(),
          status: arbStatus(),
          title: lm,
          description: lm,
          published: arbDate(),
          effective: arbDate(),
          supersedes: arbDocumentRef(),
          revisionHistory: fc.array(arbRevision(languages), { minLength: 1, maxLength: 3 }),
          publisher: arbPublisher(languages),
          encoding: fc.record({ by: arbOrganisation(languages), official: fc.boolean(), note: lm }, { requiredKeys: ["by", "official"] }),
          license: arbLicense(languages),
          sources: fc.array(
            fc.record({ title: arbText(), url: arbUrl(), date: arbDate(), accessed: arbDate(), note: fc.string() }, { requiredKeys: ["title"] }),
            { maxLength: 3 },
          ),
          defaultLanguage: fc.constantFrom(...languages),
          languages: arbLanguages(languages),
          direction: fc.constantFrom("ascending" as const, "descending" as const),
          levels: fc.tuple(...shape.levels.map((code) => arbLevel(languages, code))),
          sentinels: fc.tuple(
            ...shape.sentinels.map((code) =>
              fc.record(
                { code: fc.constant(code), meaning: fc.constantFrom("unknown" as const, "not-assessed" as const, "out-of-scope" as const, "other" as const), label: lm, definition: lm },
                { requiredKeys: ["code", "meaning", "label"] },
              ),
            ),
          ),
          significance: fc.record({ level: fc.constantFrom(...shape.levels), meaning: lm }),
          axes: fc.tuple(...shape.axes.map((code) => fc.record({ code: fc.constant(code), label: lm, definition: lm }, { requiredKeys: ["code", "label"] }))),
          dimensions: arbDimensions(shape),
          method: arbMethod(ctx),
          glossary: fc.array(fc.record({ term: lm, definition: lm, source: fc.string() }, { requiredKeys: ["term", "definition"] }), { maxLength: 2 }),
          verification: arbVerification(languages),
          "x-extensions": arbExtensions(),
        },
        {
          requiredKeys: ["kind", "id", "version", "status", "title", "published", "revisionHistory", "publisher", "license", "defaultLanguage", "languages", "direction", "levels", "dimensions", "method"],
        },
      );
    })
    .map(asJson);
}
