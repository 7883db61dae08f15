/** What every view receives: the language, its texts, the loaded registry and a way to redraw. */
import type { Mapping, Scale } from "@sevscale/core";
import { REFERENCE_SCALE_ID, compareVersionsDescending } from "@sevscale/core";
import type { Lang } from "./i18n.js";
import type { ViewerTexts } from "./locales/types.js";
import type { LoadedRegistry } from "./registry.js";

/** The context a view renders in. */
export interface ViewContext {
  readonly lang: Lang;
  readonly t: ViewerTexts;
  readonly registry: LoadedRegistry | null;
  /** Redraws the current view (after its own state changed). */
  readonly redraw: () => void;
}

/** A scale with its mapping onto the reference scale. */
export interface MappedScale {
  readonly scale: Scale;
  readonly mapping: Mapping;
}

/** The verified scales that have a verified mapping onto the reference scale (the newest mapping per scale). */
export function mappedScales(registry: LoadedRegistry | null): MappedScale[] {
  if (!registry) return [];
  const out: MappedScale[] = [];
  for (const { document: scale } of registry.scales) {
    const candidates = registry.mappings
      .map((m) => m.document)
      .filter((m) => m.subject.id === scale.id && m.object.id === REFERENCE_SCALE_ID)
      .sort((a, b) => compareVersionsDescending(a.version, b.version));
    if (candidates[0]) out.push({ scale, mapping: candidates[0] });
  }
  return out;
}

/** `id@version` of a document. */
export function ref(doc: { readonly id: string; readonly version: string }): string {
  return `${doc.id}@${doc.version}`;
}
