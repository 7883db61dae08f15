/**
 * fast-check arbitraries for the building blocks shared by every document kind (model/common.ts).
 * Each produces values the structural model accepts; realistic values are mixed with values
 * drawn from the model's own patterns so that edge cases of the patterns are exercised too.
 */
import fc from "fast-check";

/**
 * Builds an arbitrary once: constructing some (fc.stringMatching, fc.webUrl) costs milliseconds,
 * and the document arbitraries rebuild their parts for every generated document.
 */
function once<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

/** Realistic BCP 47 tags, including script and region subtags. */
const COMMON_TAGS = ["en", "es", "fr", "pt", "pt-BR", "es-419", "en-GB", "zh-Hant", "ar", "de", "sr-Latn-RS"] as const;

/** A BCP 47 language tag accepted by the model. */
export const arbLanguageTag: () => fc.Arbitrary<string> = once(() => {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...COMMON_TAGS) },
    { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3})){0,2}(-x(-[A-Za-z0-9]{1,8}){1,2})?$/) },
  );
});

/** Distinct language tags (compared case-insensitively, as BCP 47 tags are). */
export function arbLanguageTags(maxLength = 3): fc.Arbitrary<string[]> {
  return fc.uniqueArray(arbLanguageTag(), { minLength: 1, maxLength, selector: (t) => t.toLowerCase() });
}

const textCache = new Map<number, fc.Arbitrary<string>>();

/** Human text: mostly plain, sometimes any Unicode (astral characters, combining marks, RTL). */
export function arbText(maxLength = 40): fc.Arbitrary<string> {
  const cached = textCache.get(maxLength);
  if (cached) return cached;
  const arb = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom("Severe", "Grave", "Sévère", "Incidente nacional", "Impacto mínimo", "重大", "خطير", "Low 🟢") },
    { weight: 3, arbitrary: fc.string({ minLength: 1, maxLength }) },
    { weight: 1, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: Math.ceil(maxLength / 2) }) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: Math.ceil(maxLength / 2) }) },
  );
  textCache.set(maxLength, arb);
  return arb;
}

/**
 * A LangMap over the given languages: usually all of them, sometimes only some (a missing
 * language is a warning, never a structural error).
 */
export function arbLangMap(languages: readonly string[]): fc.Arbitrary<Record<string, string>> {
  const all = fc.tuple(...languages.map(() => arbText())).map((texts) => Object.fromEntries(languages.map((l, i) => [l, texts[i]!])));
  const some = fc.subarray([...languages], { minLength: 1 }).chain((subset) => fc.tuple(...subset.map(() => arbText())).map((texts) => Object.fromEntries(subset.map((l, i) => [l, texts[i]!]))));
  return fc.oneof({ weight: 4, arbitrary: all }, { weight: 1, arbitrary: some });
}

/** A code naming a level, dimension, option, group or rule. */
export const arbCode: () => fc.Arbitrary<string> = once(() => {
  return fc.oneof(
    { weight: 3, arbitrary: fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,7}$/) },
    { weight: 1, arbitrary: fc.constantFrom("R0", "C1", "level-5", "Catégorie 1", "重大", "🔴") },
    { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 12 }) },
  );
});

/** Distinct codes (compared case-sensitively, as codes are). */
export function arbCodes(minLength: number, maxLength: number): fc.Arbitrary<string[]> {
  return fc.uniqueArray(arbCode(), { minLength, maxLength });
}

/** A semantic version 2.0.0, with pre-release and build metadata sometimes. */
export const arbSemver: () => fc.Arbitrary<string> = once(() => {
  const num = fc.oneof(fc.constantFrom(0, 1, 2, 10), fc.nat({ max: 99999 }));
  const ident = fc.oneof(fc.stringMatching(/^[0-9A-Za-z-]*[A-Za-z-][0-9A-Za-z-]*$/), num.map(String));
  return fc
    .record(
      {
        core: fc.tuple(num, num, num),
        pre: fc.array(ident, { minLength: 1, maxLength: 3 }),
        build: fc.array(fc.stringMatching(/^[0-9A-Za-z-]+$/), { minLength: 1, maxLength: 2 }),
      },
      { requiredKeys: ["core"] },
    )
    .map(({ core, pre, build }) => `${core.join(".")}${pre ? `-${pre.join(".")}` : ""}${build ? `+${build.join(".")}` : ""}`);
});

/** A document id `<namespace>/<name>`. */
export const arbDocumentId: () => fc.Arbitrary<string> = once(() => {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom("us/nciss", "uk/ncsc-categorisation", "mx/national", "eu/blueprint", "sevscale/crs", "x-org.example/internal") },
    { weight: 2, arbitrary: fc.stringMatching(/^(x-[a-z0-9-]{1,8}(\.[a-z0-9-]{1,8}){1,2}|[a-z][a-z0-9-]{0,8})\/[a-z0-9]{1,8}([._-][a-z0-9]{1,8}){0,2}$/) },
  );
});

/** A reference to one version of a document, `<id>@<version>`. */
export const arbDocumentRef: () => fc.Arbitrary<string> = once(() => {
  return fc.tuple(arbDocumentId(), arbSemver()).map(([id, v]) => `${id}@${v}`);
});

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** A valid calendar date YYYY-MM-DD (leap days included). */
export const arbDate: () => fc.Arbitrary<string> = once(() => {
  return fc.oneof(
    { weight: 4, arbitrary: fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2100-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) },
    { weight: 1, arbitrary: fc.constantFrom("2024-02-29", "2000-02-29", "0000-01-01", "9999-12-31", "2023-12-31") },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.nat({ max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`),
    },
  );
});

/** An RFC 3339 date-time with seconds and an offset (`Z` or ±hh:mm). */
export const arbDateTime: () => fc.Arbitrary<string> = once(() => {
  const offset = fc.oneof(fc.constant("Z"), fc.tuple(fc.constantFrom("+", "-"), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([s, h, m]) => `${s}${pad(h, 2)}:${pad(m, 2)}`));
  const fraction = fc.option(fc.stringMatching(/^\.[0-9]{1,9}$/), { nil: "" });
  return fc
    .tuple(arbDate(), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }), fraction, offset)
    .map(([date, h, m, s, f, o]) => `${date}T${pad(h, 2)}:${pad(m, 2)}:${pad(s, 2)}${f}${o}`);
});

/** An http(s) URL. */
export const arbUrl: () => fc.Arbitrary<string> = once(() => {
  return fc.oneof(
    { weight: 3, arbitrary: fc.webUrl({ validSchemes: ["http", "https"] }).filter((u) => !/\s/.test(u) && u.length <= 2000) },
    { weight: 1, arbitrary: fc.constantFrom("https://www.ncsc.gov.uk/", "https://sevscale.org/", "http://example.org/a?b=c#d") },
  );
});

/** A (structurally) valid e-mail address. */
export const arbEmail: () => fc.Arbitrary<string> = once(() => {
  return fc.oneof(fc.emailAddress(), fc.constantFrom("csirt@example.gov", "incidentes@cert.example.mx")).filter((e) => e.length <= 320);
});

/** An exact number: a finite JSON number or a decimal string. */
export const arbDecimal: () => fc.Arbitrary<number | string> = once(() => {
  return fc.oneof(
    fc.integer({ min: -1000, max: 1000 }),
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
    fc.stringMatching(/^-?(0|[1-9][0-9]{0,6})(\.[0-9]{1,4})?$/),
  );
});

/** A non-negative exact number, increasing when sorted: handy for cut points and bands. */
export function arbAscendingDecimals(count: number): fc.Arbitrary<(number | string)[]> {
  return fc.uniqueArray(fc.integer({ min: 0, max: 10_000 }), { minLength: count, maxLength: count }).map((xs) =>
    xs.sort((a, b) => a - b).map((x, i) => (i % 2 === 0 ? x / 100 : (x / 100).toFixed(2))),
  );
}

/** Document life-cycle status. */
export const arbStatus: () => fc.Arbitrary<"draft" | "active" | "superseded" | "retired"> = once(() => {
  return fc.constantFrom("draft", "active", "superseded", "retired");
});

/** An ISO 8601 duration such as "PT72H". */
export const arbDuration: () => fc.Arbitrary<string> = once(() => {
  return fc.oneof(fc.constantFrom("PT1H", "PT72H", "P3D", "P1W", "PT30M", "P1DT12H"), fc.stringMatching(/^P([0-9]{1,3}D)?T[0-9]{1,3}H([0-9]{1,2}M)?$/));
});

/** A revision history entry. */
export function arbRevision(languages: readonly string[]) {
  return fc.record({ version: arbSemver(), date: arbDate(), summary: arbLangMap(languages) });
}

/** Verification status of an encoded fact. */
export function arbVerification(languages: readonly string[]) {
  return fc.record(
    { status: fc.constantFrom("verified" as const, "partially-verified" as const, "reconstructed" as const, "unverified" as const), note: arbLangMap(languages) },
    { requiredKeys: ["status"] },
  );
}

/** A licence: an SPDX expression, optionally with a URL and a note. */
export function arbLicense(languages: readonly string[]) {
  return fc.record(
    { id: fc.constantFrom("CC-BY-4.0", "CC0-1.0", "OGL-UK-3.0", "Apache-2.0 OR MIT", "LicenseRef-gov-mx"), url: arbUrl(), note: arbLangMap(languages) },
    { requiredKeys: ["id"] },
  );
}

/** An organisation. */
export function arbOrganisation(languages: readonly string[]) {
  return fc.record({ name: arbLangMap(languages), acronym: fc.constantFrom("NCSC", "CISA", "CERT-MX", "ENISA"), url: arbUrl() }, { requiredKeys: ["name"] });
}

const arbPhone = once(() => fc.stringMatching(/^\+?[0-9 ()-]{5,30}$/));
const arbCountry = once(() => fc.stringMatching(/^[A-Z]{2}$/));

/** A point of contact (possibly empty: every member is optional). */
export function arbContact(languages: readonly string[]) {
  return fc.record(
    {
      name: arbLangMap(languages),
      email: arbEmail(),
      url: arbUrl(),
      phone: arbPhone(),
      publicKey: fc.record({ kid: fc.string({ minLength: 1, maxLength: 20 }), url: arbUrl() }, { requiredKeys: [] }),
    },
    { requiredKeys: [] },
  );
}

/** The publisher and issuing authority of a document. */
export function arbPublisher(languages: readonly string[]) {
  return fc.record(
    {
      name: arbLangMap(languages),
      type: fc.constantFrom("state" as const, "intergovernmental" as const, "sector" as const, "organisation" as const, "other" as const),
      country: arbCountry(),
      url: arbUrl(),
      issuingAuthority: arbOrganisation(languages),
      contact: arbContact(languages),
    },
    { requiredKeys: ["name", "type", "contact"] },
  );
}

/** The `languages` member of a document, for the given tags. */
export function arbLanguages(tags: readonly string[]) {
  return fc.tuple(...tags.map((tag) => fc.record({ tag: fc.constant(tag), authoritative: fc.boolean(), translatedBy: fc.constantFrom("sevscale", "DeepL", "Ministry") }, { requiredKeys: ["tag", "authoritative"] })));
}

/** True when no object inside `value` has a key the safe parser refuses (`__proto__`, `constructor`, `prototype`). */
function withoutForbiddenKeys(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(withoutForbiddenKeys);
  if (value === null || typeof value !== "object") return true;
  return Object.entries(value).every(([k, v]) => !["__proto__", "constructor", "prototype"].includes(k) && withoutForbiddenKeys(v));
}

/** Extensions under `x-extensions`: any JSON a document can hold (no key the safe parser refuses) under well-formed keys. */
export const arbExtensions = once(() => {
  const value = fc.jsonValue({ maxDepth: 2 }).filter(withoutForbiddenKeys);
  return fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9-]{0,6}(\.[a-z0-9-]{1,6}){0,2}$/), value, { maxKeys: 3 });
});
