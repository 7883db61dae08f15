/**
 * The published JSON Schemas (@sevscale/schemas) say what the zod model says: ajv on the
 * generated schema and the zod structural stage give the same verdict on valid documents, on
 * near-miss mutations of them and on random JSON; and the shipped documents validate under ajv.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { DOCUMENT_KINDS, DOCUMENT_SCHEMAS, KeyringSchema, PROVIDER_METADATA_FILE, ProviderMetadataSchema, REFERENCE_SCALE, RegistryChangesSchema, detectKind, schemaUrl } from "@sevscale/core";
import { documentJsonSchemas, registryFileJsonSchemas } from "@sevscale/schemas";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { arbAssessment, arbMapping, arbMutation, arbRegistryIndex, arbScale } from "../packages/core/test/arbitraries/index.js";
import { createValidators, type SchemaKind } from "./ajv.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const validators = createValidators();
const ARBITRARIES: Record<SchemaKind, () => fc.Arbitrary<unknown>> = { scale: arbScale, mapping: arbMapping, registry: arbRegistryIndex, assessment: arbAssessment };

/** Verdicts of both validators, with their first findings for a readable failure. */
function verdicts(kind: SchemaKind, doc: unknown) {
  const zod = DOCUMENT_SCHEMAS[kind].safeParse(doc);
  const ajv = validators[kind](doc);
  return {
    zod: zod.success,
    ajv,
    zodIssues: zod.success ? [] : zod.error.issues.slice(0, 2).map((i) => `${i.path.join("/")}: ${i.message}`),
    ajvErrors: (validators[kind].errors ?? []).slice(0, 2).map((e) => `${e.instancePath}: ${e.message}`),
  };
}

/** Walks a JSON Schema and lists the pointers of object schemas that allow unknown keys. */
function openObjects(schema: unknown, pointer = ""): string[] {
  if (typeof schema !== "object" || schema === null) return [];
  const node = schema as Record<string, unknown>;
  const here = "properties" in node && node["additionalProperties"] !== false ? [pointer] : [];
  return [...here, ...Object.entries(node).flatMap(([k, v]) => openObjects(v, `${pointer}/${k}`))];
}

describe("the generated JSON Schemas", () => {
  test.each(DOCUMENT_KINDS)("%s: versioned $id, draft 2020-12, named $defs, closed objects", (kind) => {
    const schema = documentJsonSchemas[kind];
    expect(schema.$id).toBe(schemaUrl(kind));
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(Object.keys(schema.$defs).filter((k) => k.startsWith("__"))).toEqual([]);
    expect(openObjects(schema)).toEqual([]);
  });

  test.each(DOCUMENT_KINDS)("%s: the committed .schema.json is the exported object", (kind) => {
    const file = JSON.parse(readFileSync(join(root, `packages/schemas/json/${kind}.schema.json`), "utf8")) as unknown;
    expect(file).toEqual(documentJsonSchemas[kind]);
  });

  test("the reference scale validates under ajv", () => {
    expect(verdicts("scale", REFERENCE_SCALE)).toMatchObject({ ajv: true, ajvErrors: [] });
  });

  test("every example document validates under ajv, as under zod", () => {
    const files = ["examples/scales", "examples/mappings"].flatMap((dir) =>
      readdirSync(join(root, dir))
        .filter((f) => f.endsWith(".json"))
        .map((f) => join(dir, f)),
    );
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const doc = JSON.parse(readFileSync(join(root, file), "utf8")) as unknown;
      const kind = detectKind(doc);
      expect(kind, file).not.toBeNull();
      expect({ file, ...verdicts(kind!, doc) }).toMatchObject({ file, zod: true, ajv: true });
    }
  });
});

describe.each(DOCUMENT_KINDS)("ajv and zod agree on %s documents", (kind) => {
  const arb = ARBITRARIES[kind];

  test("valid documents: both accept", () => {
    fc.assert(
      fc.property(arb(), (doc) => {
        expect(verdicts(kind, doc)).toMatchObject({ zod: true, ajv: true });
      }),
    );
  });

  test("mutated documents: same verdict, and both verdicts occur", () => {
    let valid = 0;
    let invalid = 0;
    fc.assert(
      fc.property(
        arb().chain((doc) => arbMutation(doc)),
        (m) => {
          const v = verdicts(kind, m.document);
          expect({ mutation: m.kind, pointer: m.pointer, ...v }).toMatchObject({ ajv: v.zod });
          if (v.zod) valid++;
          else invalid++;
        },
      ),
      // Mutations are cheap and the interesting cases rare: more runs than the default.
      { numRuns: 5 * (fc.readConfigureGlobal().numRuns ?? 100) },
    );
    // The property is not vacuous: many mutations are invalid, and some stay valid.
    expect(invalid).toBeGreaterThan((valid + invalid) / 2);
    expect(valid).toBeGreaterThan(0);
  });

  test("random JSON: same verdict", () => {
    const arbJunk = fc.oneof(
      fc.jsonValue({ maxDepth: 4 }),
      fc.dictionary(fc.constantFrom("kind", "id", "version", "levels", "records", "documents", "title"), fc.jsonValue({ maxDepth: 3 }), { noNullPrototype: true }).map((o) => ({ ...o, kind })),
    );
    fc.assert(
      fc.property(arbJunk, (doc) => {
        const v = verdicts(kind, doc);
        expect(v).toMatchObject({ ajv: v.zod });
      }),
    );
  });
});

describe("the registry files' schemas (keyring, provider metadata, change feed)", () => {
  const files = { keyring: "keyring.json", provider: PROVIDER_METADATA_FILE, changes: "changes.json" } as const;
  const models = { keyring: KeyringSchema, provider: ProviderMetadataSchema, changes: RegistryChangesSchema } as const;
  const names = Object.keys(files) as (keyof typeof files)[];
  const ajv = validators.ajv;
  const check = (name: keyof typeof files, doc: unknown) => {
    const validate = ajv.getSchema(registryFileJsonSchemas[name].$id)!;
    return { zod: models[name].safeParse(doc).success, ajv: validate(doc), ajvErrors: (validate.errors ?? []).slice(0, 2).map((e) => `${e.instancePath}: ${e.message}`) };
  };

  test.each(names)("%s: $id beside the documents' schemas, draft 2020-12, closed objects, committed file equal", (name) => {
    const schema = registryFileJsonSchemas[name];
    expect(schema.$id).toBe(schemaUrl("scale").replace("scale.schema.json", `${name}.schema.json`));
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(openObjects(schema)).toEqual([]);
    const file = JSON.parse(readFileSync(join(root, `packages/schemas/json/${name}.schema.json`), "utf8")) as unknown;
    expect(file).toEqual(schema);
  });

  test.each(names)("%s: the example registry's file validates under ajv, as under zod", (name) => {
    const doc = JSON.parse(readFileSync(join(root, "examples/registry", files[name]), "utf8")) as unknown;
    expect(check(name, doc)).toMatchObject({ zod: true, ajv: true, ajvErrors: [] });
  });

  test.each(names)("%s: mutations get the same verdict from ajv and zod, and both verdicts occur", (name) => {
    const doc = JSON.parse(readFileSync(join(root, "examples/registry", files[name]), "utf8")) as unknown;
    let valid = 0;
    let invalid = 0;
    fc.assert(
      fc.property(arbMutation(doc), (m) => {
        const v = check(name, m.document);
        expect({ mutation: m.kind, pointer: m.pointer, ...v }).toMatchObject({ ajv: v.zod });
        if (v.zod) valid++;
        else invalid++;
      }),
    );
    expect(invalid).toBeGreaterThan(0);
    expect(valid + invalid).toBeGreaterThan(0);
  });
});
