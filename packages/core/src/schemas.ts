/**
 * `@sevscale/core/schemas` — the zod model of every document kind (scale, mapping, registry and
 * their parts), the single source of truth from which the JSON Schemas, the generated types and
 * the generated structure checks are made. Import it when you want zod schemas; the main entry's
 * functions do not need it to run.
 * @packageDocumentation
 */
export * from "./model/index.js";
