/**
 * The core's messages the viewer can show, one module per language, each loaded on demand by
 * ../i18n.ts: the areas of the core functions the first view calls (reading and validating
 * documents, registries and their digests, signatures and keyrings) cut from
 * `@sevscale/core/locales/<lang>/parts`. The messages only one view shows come with it:
 * ./classify/ (classification), ./translate/ (translation: the compare view shows no issue) and
 * ./edit/ (assessments: the edit view alone validates one, a registry holds scales and mappings). The diff, audit
 * and export messages and the pages' words (`renderTerms`) are left out: the viewer calls none of
 * the functions that report or use them (core-locales.test.ts keeps it so).
 */
import type { MessageTerms, PartialLocale } from "@sevscale/core";

/** What each language's module gives: its templates of the viewer's areas, and the words around messages. */
export interface ViewerCoreMessages {
  readonly messages: PartialLocale["messages"];
  readonly terms: MessageTerms;
}
