/**
 * The declarations generated from the JSON Schema (json-schema-to-typescript) are the same types
 * as the zod model's input types: a consumer typing a document with @sevscale/schemas writes
 * exactly what @sevscale/core accepts.
 */
import type { KeyringSchema, MappingSchema, ProviderMetadataSchema, RegistryChangesSchema, RegistryIndexSchema, ScaleSchema } from "@sevscale/core";
import type { Condition, Keyring, Level, Mapping, ProviderMetadata, RegistryChanges, RegistryIndex, Scale, Threshold } from "@sevscale/schemas";
import { describe, expectTypeOf, test } from "vitest";
import type { z } from "zod";

describe("generated declarations equal z.input of the model", () => {
  test("Scale", () => {
    expectTypeOf<z.input<typeof ScaleSchema>>().toEqualTypeOf<Scale>();
  });
  test("Mapping", () => {
    expectTypeOf<z.input<typeof MappingSchema>>().toEqualTypeOf<Mapping>();
  });
  test("RegistryIndex", () => {
    expectTypeOf<z.input<typeof RegistryIndexSchema>>().toEqualTypeOf<RegistryIndex>();
  });
  test("the registry's keyring, provider metadata and change feed", () => {
    expectTypeOf<z.input<typeof KeyringSchema>>().toEqualTypeOf<Keyring>();
    expectTypeOf<z.input<typeof ProviderMetadataSchema>>().toEqualTypeOf<ProviderMetadata>();
    expectTypeOf<z.input<typeof RegistryChangesSchema>>().toEqualTypeOf<RegistryChanges>();
  });
  test("shared definitions", () => {
    expectTypeOf<z.input<typeof ScaleSchema>["levels"][number]>().toEqualTypeOf<Level>();
  });
  test("recursive definitions", () => {
    type ModelCondition = Extract<z.input<typeof ScaleSchema>["method"], { kind: "rules" }>["rules"][number]["when"];
    expectTypeOf<ModelCondition>().toEqualTypeOf<Condition>();
    expectTypeOf<Extract<Condition, { compare: unknown }>["threshold"]>().toEqualTypeOf<Threshold>();
  });
  test("the generated types reject what the model rejects", () => {
    // Type-checking really runs: this line fails to compile, so the directive is satisfied.
    // @ts-expect-error a level code is a string, never a number
    const level: Level = { code: 3, label: { en: "Three" }, definition: { en: "The third level." } };
    expectTypeOf(level).toEqualTypeOf<Level>();
  });
});
