/** The core's Spanish messages the viewer can show (see ./index.ts). */
import { integrityMessages, parseMessages, registryMessages, terms, validateMessages } from "@sevscale/core/locales/es/parts";

export const messages = { ...parseMessages, ...validateMessages, ...registryMessages, ...integrityMessages };
export { terms };
