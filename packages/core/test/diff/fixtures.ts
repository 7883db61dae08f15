/** Hand-written documents for the diff tests: a small national-style scale and a mapping. */
import type { Mapping } from "../../src/model/mapping.js";
import type { Scale } from "../../src/model/scale.js";

const text = (en: string, es: string) => ({ en, es });

/** A four-level scale with two ordinal dimensions, a quantity and first-match rules. */
export function baseScale(): Scale {
  return {
    kind: "scale",
    id: "x-org.example/test",
    version: "1.0.0",
    status: "active",
    title: text("Test scale", "Escala de prueba"),
    published: "2026-01-10",
    revisionHistory: [{ version: "1.0.0", date: "2026-01-10", summary: text("First release.", "Primera versión.") }],
    publisher: {
      name: text("Example CSIRT", "CSIRT de ejemplo"),
      type: "organisation",
      contact: { email: "csirt@example.org" },
    },
    license: { id: "CC-BY-4.0" },
    sources: [{ title: "Incident handling guide", url: "https://example.org/guide" }],
    defaultLanguage: "en",
    languages: [
      { tag: "en", authoritative: true },
      { tag: "es", authoritative: true },
    ],
    direction: "ascending",
    levels: [
      { code: "L1", label: text("Low", "Bajo"), definition: text("Little effect.", "Poco efecto."), color: { hex: "#00AA00" } },
      { code: "L2", label: text("Medium", "Medio"), definition: text("Some effect.", "Algún efecto.") },
      {
        code: "L3",
        label: text("High", "Alto"),
        definition: text("Serious effect.", "Efecto grave."),
        notification: { deadline: "PT72H", mandatory: true },
      },
      { code: "L4", label: text("Critical", "Crítico"), definition: text("Severe effect.", "Efecto muy grave.") },
    ],
    sentinels: [{ code: "U", meaning: "unknown", label: text("Unknown", "Desconocido") }],
    significance: { level: "L3", meaning: text("National coordination.", "Coordinación nacional.") },
    dimensions: [
      {
        code: "impact",
        type: "ordinal",
        label: text("Impact", "Impacto"),
        options: [
          { code: "none", label: text("None", "Ninguno") },
          { code: "minor", label: text("Minor", "Menor") },
          { code: "major", label: text("Major", "Mayor") },
        ],
      },
      {
        code: "scope",
        type: "ordinal",
        label: text("Scope", "Alcance"),
        options: [
          { code: "local", label: text("Local", "Local") },
          { code: "national", label: text("National", "Nacional") },
        ],
      },
      { code: "users", type: "quantity", label: text("Users affected", "Usuarios afectados"), unit: "users", min: 0, integer: true },
    ],
    method: {
      kind: "rules",
      strategy: "first-match",
      rules: [
        { level: "L4", when: { all: [{ dimension: "impact", atLeast: "major" }, { dimension: "scope", in: ["national"] }] } },
        { level: "L3", when: { any: [{ dimension: "impact", atLeast: "major" }, { dimension: "users", compare: "gte", threshold: { value: 1000 } }] } },
        { level: "L2", when: { dimension: "impact", in: ["minor"] } },
      ],
      otherwise: "L1",
    },
  };
}

/** A matrix scale: impact × scope, three levels. */
export function matrixScale(): Scale {
  const s = baseScale();
  return {
    ...s,
    id: "x-org.example/matrix",
    levels: s.levels.slice(0, 3),
    significance: { level: "L3", meaning: text("Coordination.", "Coordinación.") },
    dimensions: s.dimensions.slice(0, 2),
    method: {
      kind: "matrix",
      axes: [{ dimension: "impact" }, { dimension: "scope" }],
      cells: [
        { at: ["none", "local"], level: "L1" },
        { at: ["none", "national"], level: "L1" },
        { at: ["minor", "local"], level: "L1" },
        { at: ["minor", "national"], level: "L2" },
        { at: ["major", "local"], level: "L2" },
        { at: ["major", "national"], level: "L3" },
      ],
    },
  };
}

/** A mapping of the test scale onto the reference scale. */
export function baseMapping(): Mapping {
  return {
    kind: "mapping",
    id: "x-org.example/test-to-crs",
    version: "1.0.0",
    status: "active",
    subject: { id: "x-org.example/test", versions: "^1.0.0" },
    object: { id: "sevscale/crs", versions: "^1.0.0" },
    authors: [{ name: "A. Analyst" }],
    date: "2026-01-10",
    revisionHistory: [{ version: "1.0.0", date: "2026-01-10", summary: text("First release.", "Primera versión.") }],
    license: { id: "CC0-1.0" },
    defaultLanguage: "en",
    languages: [{ tag: "en", authoritative: true }],
    records: [
      { subject: "L1", relation: "closeMatch", object: { min: "R0", max: "R1" }, justification: "manual-curation", confidence: 0.8 },
      { subject: "L2", relation: "exactMatch", object: { min: "R2", max: "R2" }, justification: "manual-curation", confidence: 0.9 },
      { subject: "L3", relation: "broadMatch", object: { min: "R3", max: "R4" }, justification: "review", confidence: 0.7 },
      { subject: "L4", relation: "exactMatch", object: { min: "R5", max: "R5" }, justification: "review", confidence: 0.9 },
    ],
  };
}

/** A deep copy (documents are plain JSON). */
export function clone<T>(value: T): T {
  return structuredClone(value);
}

/** `next` released properly as `version` after `old`: revision entry added, `supersedes` set. */
export function released<T extends Scale | Mapping>(old: T, next: T, version: string): T {
  return {
    ...next,
    version,
    supersedes: `${old.id}@${old.version}`,
    revisionHistory: [...old.revisionHistory, { version, date: "2026-06-01", summary: { en: "Update.", es: "Actualización." } }],
  };
}
