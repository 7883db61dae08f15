/**
 * Names the format a failed regular expression stands for, so a structure issue can say
 * "not a semver version, e.g. 1.2.0" rather than print a regular expression at an analyst. The
 * table is built from the model's own schemas (their patterns, read through a failing parse), so
 * it cannot drift from them.
 */
import type { z } from "zod";
import {
  ContactSchema,
  CountryCodeSchema,
  DecimalSchema,
  DocumentIdSchema,
  DocumentRefSchema,
  DurationSchema,
  EmailSchema,
  ExtensionsSchema,
  LanguageTagSchema,
  LicenseSchema,
  SemverSchema,
  UrlSchema,
} from "./common.js";
import { ColorSchema } from "./scale.js";
import { DigestsSchema, RegistryPathSchema } from "./registry.js";

/** A named format with an example of a valid value. */
export interface FormatInfo {
  /** Stable format name, e.g. "semver", "language-tag". */
  readonly format: string;
  readonly example: string;
}

function patternOf(schema: z.core.$ZodType): string | undefined {
  const result = schema["~standard"].validate("\u0000");
  if (result instanceof Promise || !result.issues) return undefined;
  const stack: unknown[] = [...result.issues];
  while (stack.length > 0) {
    const i = stack.pop() as { code?: string; pattern?: unknown; errors?: unknown[][] };
    if (i.code === "invalid_format" && typeof i.pattern === "string") return i.pattern;
    if (Array.isArray(i.errors)) for (const e of i.errors) stack.push(...e);
  }
  return undefined;
}

const shape = (s: z.core.$ZodType): Record<string, z.core.$ZodType> =>
  (s._zod.def as unknown as { shape: Record<string, z.core.$ZodType> }).shape;
const keyType = (s: z.core.$ZodType): z.core.$ZodType => (s._zod.def as unknown as { keyType: z.core.$ZodType }).keyType;

const KNOWN: readonly (readonly [z.core.$ZodType, FormatInfo])[] = [
  [SemverSchema, { format: "semver", example: "1.2.0" }],
  [LanguageTagSchema, { format: "language-tag", example: "es-419" }],
  [DocumentIdSchema, { format: "document-id", example: "mx/national" }],
  [DocumentRefSchema, { format: "document-ref", example: "mx/national@1.0.0" }],
  [UrlSchema, { format: "url", example: "https://www.example.org/" }],
  [EmailSchema, { format: "email", example: "csirt@example.org" }],
  [CountryCodeSchema, { format: "country-code", example: "MX" }],
  [DecimalSchema, { format: "decimal", example: "12.50" }],
  [DurationSchema, { format: "duration", example: "PT72H" }],
  [shape(LicenseSchema)["id"]!, { format: "spdx-license", example: "CC-BY-4.0" }],
  [shape(ContactSchema)["phone"]!, { format: "phone", example: "+52 55 1234 5678" }],
  [shape(ColorSchema)["hex"]!, { format: "hex-colour", example: "#D62728" }],
  [keyType(ExtensionsSchema), { format: "extension-key", example: "org.example" }],
  [shape(DigestsSchema)["sha256"]!, { format: "sha256", example: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" }],
  [shape(DigestsSchema)["sha512"]!, { format: "sha512", example: "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e" }],
  [RegistryPathSchema, { format: "registry-path", example: "mx/national/1.0.0/scale.json" }],
];

let table: Map<string, FormatInfo> | undefined;

/** Built on first use: module evaluation stays free of work (sideEffects: false). */
function patterns(): Map<string, FormatInfo> {
  if (!table) {
    table = new Map();
    for (const [schema, info] of KNOWN) {
      const p = patternOf(schema);
      if (p !== undefined && !table.has(p)) table.set(p, info);
    }
  }
  return table;
}

/** zod's own format names (z.iso.date() etc.) mapped to ours. */
const ZOD_FORMATS: Readonly<Record<string, FormatInfo>> = {
  date: { format: "date", example: "2026-11-23" },
  datetime: { format: "date-time", example: "2026-11-23T14:30:00Z" },
  email: { format: "email", example: "csirt@example.org" },
  url: { format: "url", example: "https://www.example.org/" },
};

/** The format behind a zod `invalid_format` issue. */
export function describeFormat(zodFormat: string, pattern: string | undefined): FormatInfo {
  if (zodFormat === "regex" && pattern !== undefined) return patterns().get(pattern) ?? { format: "pattern", example: pattern };
  return ZOD_FORMATS[zodFormat] ?? { format: zodFormat, example: pattern ?? zodFormat };
}
