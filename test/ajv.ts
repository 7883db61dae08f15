/**
 * The ajv set-up the tests use to validate documents against the generated JSON Schemas: the one
 * docs/json-schema.md recommends.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { documentJsonSchemas, registryFileJsonSchemas } from "@sevscale/schemas";

// ajv-formats is CommonJS; its default export arrives wrapped in some module systems.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as typeof addFormatsModule;

/** A document kind with a published JSON Schema. */
export type SchemaKind = keyof typeof documentJsonSchemas;

/** A fresh ajv instance with the document schemas and the registry files' schemas added under their `$id`s. */
export function createAjv() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  for (const schema of [...Object.values(documentJsonSchemas), ...Object.values(registryFileJsonSchemas)]) ajv.addSchema(schema);
  return ajv;
}

/** A validator per document kind. */
export function createValidators() {
  const ajv = createAjv();
  const get = (kind: SchemaKind) => {
    const validate = ajv.getSchema(documentJsonSchemas[kind].$id);
    if (!validate) throw new Error(`no schema for ${kind}`);
    return validate;
  };
  return { ajv, scale: get("scale"), mapping: get("mapping"), registry: get("registry"), assessment: get("assessment") };
}
