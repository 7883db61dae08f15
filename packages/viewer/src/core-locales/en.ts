/** The core's English messages the viewer can show (see ./index.ts). */
import { assessmentMessages, integrityMessages, parseMessages, registryMessages, terms, translateMessages, validateMessages } from "@sevscale/core/locales/en/parts";

export const messages = { ...parseMessages, ...validateMessages, ...registryMessages, ...integrityMessages, ...translateMessages, ...assessmentMessages };
export { terms };
