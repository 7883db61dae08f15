/** The core's Portuguese messages the viewer can show (see ./index.ts). */
import { integrityMessages, parseMessages, registryMessages, terms, validateMessages } from "@sevscale/core/locales/pt/parts";

export const messages = { ...parseMessages, ...validateMessages, ...registryMessages, ...integrityMessages };
export { terms };
