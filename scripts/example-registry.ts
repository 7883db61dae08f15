/**
 * The example registry (examples/registry): what it is built from and how. Shared by
 * scripts/build-example-registry.ts, which writes it, and by its staleness test, which rebuilds it
 * into a temporary folder and compares.
 */
import { join } from "node:path";
import type { BuildRegistryResult } from "@sevscale/node";
import { buildRegistry } from "@sevscale/node";

/** Paths relative to the repository root. */
export const EXAMPLE_REGISTRY = {
  sources: ["examples/scales", "examples/mappings", "examples/illustrative"],
  out: "examples/registry",
  /** The DEMO key: its private half is public on purpose (see examples/keys/README.md). */
  signWith: "examples/keys/demo-DO-NOT-USE.private.jwk",
  keyring: "examples/keys/demo-keyring.json",
  id: "sevscale/examples",
  /**
   * A fixed expiry, so the same examples always give the same bytes (a real registry expires a
   * few weeks after each build and is rebuilt before then: see docs/registry.md).
   */
  expires: "2036-12-31T00:00:00Z",
  /** Who publishes it, for its provider metadata. */
  publisher: { name: "sevscale project (examples, DEMO key)", contact: "https://sevscale.org/" },
  title: {
    en: "sevscale example registry (signed with a DEMO key that must never be trusted)",
    es: "Registro de ejemplo de sevscale (firmado con una clave de DEMOSTRACIÓN en la que nunca se debe confiar)",
  },
} as const;

/**
 * Builds the example registry from the repository at `root` into `out`. No `now` is given, so the
 * index's `generated` instant is the documents' latest date: the same examples always give the
 * same bytes (Ed25519 signatures are deterministic too).
 */
export function buildExampleRegistry(root: string, out: string): Promise<BuildRegistryResult> {
  return buildRegistry(
    EXAMPLE_REGISTRY.sources.map((s) => join(root, s)),
    out,
    {
      signWith: join(root, EXAMPLE_REGISTRY.signWith),
      keyring: join(root, EXAMPLE_REGISTRY.keyring),
      id: EXAMPLE_REGISTRY.id,
      title: EXAMPLE_REGISTRY.title,
      expires: new Date(EXAMPLE_REGISTRY.expires),
      publisher: EXAMPLE_REGISTRY.publisher,
    },
  );
}
