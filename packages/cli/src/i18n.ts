/**
 * The CLI's own words (help, summaries) in English and Spanish. Issue messages come from the
 * core's catalogue; these are only the texts around them.
 */
export const CLI_LANGUAGES = ["en", "es"] as const;
export type CliLanguage = (typeof CLI_LANGUAGES)[number];

const en = {
  programDescription:
    "Publish, validate, map, sign and compare national cyber-incident severity scales.\nDocs: docs/guide.md · codes: docs/error-codes.md",
  optLang: "language of messages: en or es (default: from SEVSCALE_LANG or LANG)",
  optFormat: "output format",
  optVersion: "print the version",
  optHelp: "show help",
  helpCommand: "show help for a command",
  validateDescription:
    "Check scale, mapping and registry documents: structure, then meaning.\nExit 0 when no document has errors (warnings allowed), 1 when any has errors, 2 on usage or I/O errors.",
  validateArgPaths: "files or directories (directories are searched for *.json)",
  optMaxBytes: "largest document accepted, in bytes",
  classifyDescription: "Classify an incident with a scale's own method and show why.",
  translateDescription: "Translate a level of one scale into another scale's levels, through the reference scale.",
  compareDescription: "Show several scales side by side by reference level.",
  diffDescription: "Compare two versions of a document and say which version bump the changes require.",
  digestDescription: "Print the SHA-256 of a document's canonical form (RFC 8785).",
  keygenDescription: "Create an Ed25519 key pair for signing documents.",
  signDescription: "Sign a document (detached JWS over its canonical form).",
  verifyDescription: "Verify a document's detached signature.",
  registryDescription: "Build and check a static registry of documents.",
  summary: (files: number, errors: number, warnings: number) =>
    `${files} ${files === 1 ? "file" : "files"} checked: ${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}`,
  noFiles: (paths: string) => `no JSON documents found in ${paths}`,
  valid: "valid",
  invalid: "invalid",
  usagePrefix: "usage error",
} as const;

type Texts = { readonly [K in keyof typeof en]: (typeof en)[K] extends (...args: infer A) => string ? (...args: A) => string : string };

const es: Texts = {
  programDescription:
    "Publica, valida, mapea, firma y compara escalas nacionales de severidad de incidentes cibernéticos.\nDocumentación: docs/guide.md · códigos: docs/error-codes.md",
  optLang: "idioma de los mensajes: en o es (por defecto: según SEVSCALE_LANG o LANG)",
  optFormat: "formato de salida",
  optVersion: "muestra la versión",
  optHelp: "muestra la ayuda",
  helpCommand: "muestra la ayuda de un comando",
  validateDescription:
    "Revisa documentos de escala, mapeo y registro: primero la estructura, luego el significado.\nSale con 0 si ningún documento tiene errores (se admiten advertencias), 1 si alguno tiene errores, 2 ante errores de uso o de E/S.",
  validateArgPaths: "archivos o directorios (en los directorios se buscan *.json)",
  optMaxBytes: "tamaño máximo de documento aceptado, en bytes",
  classifyDescription: "Clasifica un incidente con el método propio de una escala y muestra por qué.",
  translateDescription: "Traduce un nivel de una escala a los niveles de otra, a través de la escala de referencia.",
  compareDescription: "Muestra varias escalas lado a lado por nivel de referencia.",
  diffDescription: "Compara dos versiones de un documento e indica qué incremento de versión exigen los cambios.",
  digestDescription: "Muestra el SHA-256 de la forma canónica de un documento (RFC 8785).",
  keygenDescription: "Crea un par de claves Ed25519 para firmar documentos.",
  signDescription: "Firma un documento (JWS separado sobre su forma canónica).",
  verifyDescription: "Verifica la firma separada de un documento.",
  registryDescription: "Construye y revisa un registro estático de documentos.",
  summary: (files, errors, warnings) =>
    `${files} ${files === 1 ? "archivo revisado" : "archivos revisados"}: ${errors} ${errors === 1 ? "error" : "errores"}, ${warnings} ${warnings === 1 ? "advertencia" : "advertencias"}`,
  noFiles: (paths) => `no se encontraron documentos JSON en ${paths}`,
  valid: "válido",
  invalid: "no válido",
  usagePrefix: "error de uso",
};

const texts: Record<CliLanguage, Texts> = { en, es };

/** The CLI texts in a language. */
export function cliTexts(lang: CliLanguage): Texts {
  return texts[lang];
}

/**
 * The language for this run: `--lang X` / `--lang=X` on the command line, else SEVSCALE_LANG,
 * else the locale (LC_ALL, LC_MESSAGES, LANG) when it is Spanish, else English.
 */
export function detectLanguage(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): CliLanguage {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = a === "--lang" ? argv[i + 1] : a.startsWith("--lang=") ? a.slice(7) : undefined;
    if (value !== undefined) return isCliLanguage(value) ? value : "en";
  }
  const fromEnv = env["SEVSCALE_LANG"];
  if (fromEnv && isCliLanguage(fromEnv)) return fromEnv;
  const locale = env["LC_ALL"] || env["LC_MESSAGES"] || env["LANG"] || "";
  return /^es([_-]|$)/i.test(locale) ? "es" : "en";
}

/** True for a supported language code. */
export function isCliLanguage(value: string): value is CliLanguage {
  return (CLI_LANGUAGES as readonly string[]).includes(value);
}
