/**
 * Patterns of the model that code outside zod also needs (validation rules the viewer bundles must
 * not pull zod in to test an id). The zod schemas in common.ts use the same constants.
 */

/** A document identifier `<namespace>/<name>` (see `DocumentIdSchema`). */
export const DOCUMENT_ID_PATTERN = /^(x-[a-z0-9-]+(\.[a-z0-9-]+)+|[a-z][a-z0-9-]*)\/[a-z0-9]+([._-][a-z0-9]+)*$/;

/** The longest document identifier accepted. */
export const DOCUMENT_ID_MAX_LENGTH = 200;
