/** The core's French messages the viewer can show (see ./index.ts). */
import { integrityMessages, parseMessages, registryMessages, terms, validateMessages } from "@sevscale/core/locales/fr/parts";

export const messages = { ...parseMessages, ...validateMessages, ...registryMessages, ...integrityMessages };
export { terms };
