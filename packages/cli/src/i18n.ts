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
  // digest, keygen, sign, verify, registry
  argDocument: "document file (JSON)",
  optDigestWrite: "also write <file>.sha256 and <file>.sha512 beside it",
  digestWrote: (a: string, b: string) => `wrote ${a} and ${b}`,
  optKeygenOut: "folder for the key files (created if missing)",
  optKid: "key id (default: the RFC 7638 thumbprint of the key)",
  keygenPrivate: (path: string) => `private key: ${path}`,
  keygenPublic: (path: string) => `public key:  ${path}`,
  keygenWarning:
    "Keep the private key secret: never put it in a registry or a repository, and back it up safely. Publish only the public key, in a keyring.",
  optSignKey: "private JWK file to sign with",
  signWrote: (path: string, kid: string) => `signed: ${path} (key ${kid})`,
  optKeyring: "keyring file: the trusted public keys, with validity dates and namespaces",
  optVerifyKey: "public JWK file to verify with (no validity or namespace rules)",
  verifyValid: (file: string, kid: string) => `valid: ${file} is signed by key ${kid}`,
  verifyPublisher: (publisher: string) => ` (${publisher})`,
  verifyInvalid: (file: string) => `invalid: ${file}`,
  keyConflict: "give --keyring or --key, not both",
  registryBuildDescription:
    "Build or update a static registry from scale and mapping documents: canonical files, digests, signatures and index.json.\nExit 0 when built, 1 when a document or the existing registry has findings (nothing is written), 2 on usage or I/O errors.",
  registryCheckDescription:
    "Check a registry folder or http(s) URL: every listed document, its digests and, with a keyring, its signature.\nExit 0 when everything verifies (warnings allowed), 1 on any failure, 2 on usage or I/O errors.",
  argSources: "folders or files of scale and mapping documents",
  argRegistry: "registry folder or http(s) URL",
  optOut: "registry folder to create or update",
  optSign: "private JWK file to sign every document with",
  optRegistryKeyring: "keyring to publish as keyring.json; fresh signatures are checked against it",
  optNow: "the index's generated instant, RFC 3339 (default: SOURCE_DATE_EPOCH, else the documents' latest date)",
  optRegistryId: "the registry's own id <namespace>/<name>",
  optCheckKeyring: "keyring to verify signatures with (without one, signatures are not verified)",
  optAt: "instant at which signing keys must be valid, RFC 3339 (default: now)",
  optDeadline: "overall time limit of checking an http(s) registry, in seconds (default 600)",
  // fr: "délai global de vérification d'un registre http(s), en secondes (600 par défaut)"
  // pt: "prazo global da verificação de um registo http(s), em segundos (por omissão 600)"
  buildDone: (out: string, documents: number, written: number, unchanged: number, removed: number) =>
    `registry ${out}: ${documents} ${documents === 1 ? "document" : "documents"}; ${written} ${written === 1 ? "file" : "files"} written, ${unchanged} unchanged, ${removed} removed`,
  buildRefused: "registry not built: fix the findings above (the registry folder was not changed)",
  checkSummary: (documents: number, listed: number, errors: number, warnings: number) =>
    `${documents} of ${listed} ${listed === 1 ? "document" : "documents"} verified: ${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}`,
  progressRead: "reading",
  progressCheck: "checking",
  progressWrite: "writing",
  notAnInstant: (value: string) => `not an RFC 3339 instant (e.g. 2026-11-23T00:00:00Z): ${value}`,
  badSourceDateEpoch: (value: string) => `SOURCE_DATE_EPOCH is not a number of seconds: ${value}`,
  notFound: (path: string) => `not found: ${path}`,
  // Texts shared by classify, translate, compare and diff.
  argScale: "scale file, or crs for the built-in reference scale",
  issuesHeading: "Issues",
  stdinName: "(standard input)",
  // classify
  classifyHelp:
    "Facts are a JSON object: dimension code -> option code, list of option codes, number or {\"value\", \"unit\"}.\nExit 0 when a level or score was determined (or an analyst decides), 1 when the facts or the scale have errors or no level could be determined, 2 on usage or I/O errors.",
  optFacts: "the incident's facts: a JSON file, or - to read standard input",
  levelHeading: "Level",
  scoreHeading: "Score",
  whyHeading: "Why",
  noLevel: {
    "analyst-decides": "none: an analyst decides (the scale classifies by judgement)",
    "score-only": "none: the scale has no cut-points, the score is the result",
    undetermined: "not determined (see the issues)",
    "invalid-facts": "none: the facts do not fit the scale (see the issues)",
    determined: "",
  },
  // translate
  translateHelp:
    "Both scales are mapped onto the reference scale; a mapping is found in ../mappings/<name>-to-crs.json or beside the scale unless given.\nExit 0 when candidates were found, 1 when the level is unknown, outside the order or unmapped (or a document has errors), 2 on usage or I/O errors.",
  translateArgLevel: "code of the level in the source scale (quote it when it has spaces)",
  optFrom: "the scale the level belongs to (file, or crs)",
  optTo: "the scale to translate into (file, or crs)",
  optFromMapping: "mapping of the source scale onto the reference scale",
  optToMapping: "mapping of the target scale onto the reference scale",
  translateSource: "Source",
  translateReference: "Reference",
  translateCandidates: (scale: string) => `Candidates in ${scale}`,
  noCandidates: "No candidate.",
  confidenceWord: "confidence",
  mappingsUsed: "Mappings",
  builtInIdentity: "built-in identity mapping",
  // compare
  compareHelp:
    "A mapping is found for each scale in ../mappings/<name>-to-crs.json or beside it; --mapping files are matched to scales by their subject id.\nExit 0 when the scales could be aligned, 1 when a document or an alignment has errors, 2 on usage or I/O errors.",
  compareArgScales: "scale files, or crs for the built-in reference scale",
  optMapping: "mapping file(s) onto the reference scale, matched to the scales by subject id",
  referenceColumn: "Reference",
  mappingUnused: (file: string, id: string) => `--mapping ${file} maps ${id}, which is not among the scales to compare`,
  legend: "= exactMatch (same meaning)  ≈ closeMatch (about the same)  ⊂ broadMatch (within the band)  ⊃ narrowMatch (covers all of the band)  ~ relatedMatch (partly)",
  // diff
  diffHelp:
    "Both files must be versions of the same scale or mapping.\nExit 0 when the declared version bump is enough and the versions track correctly, 1 otherwise (or when a document has errors), 2 on usage or I/O errors.",
  diffArgOld: "the previous version",
  diffArgNew: "the new version",
  diffSummary: (required: string, declared: string) => `required: ${required}, declared: ${declared}`,
  diffMustBe: (version: string) => `the version must be at least ${version}`,
  diffEnough: "the declared bump is enough",
  bumpHeading: { major: "Major changes", minor: "Minor changes", patch: "Patch changes" },
  noChanges: "No changes.",
  exampleHeading: "Example incident whose level changes",
  exampleLevels: (oldLevel: string, newLevel: string) => `old version: ${oldLevel}, new version: ${newLevel}`,
  noLevelValue: "no level",
} as const;

type Texts = {
  readonly [K in keyof typeof en]: (typeof en)[K] extends (...args: infer A) => string
    ? (...args: A) => string
    : (typeof en)[K] extends string
      ? string
      : { readonly [P in keyof (typeof en)[K]]: string };
};

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
  argDocument: "archivo del documento (JSON)",
  optDigestWrite: "escribe también <archivo>.sha256 y <archivo>.sha512 a su lado",
  digestWrote: (a, b) => `se escribieron ${a} y ${b}`,
  optKeygenOut: "carpeta para los archivos de clave (se crea si no existe)",
  optKid: "identificador de la clave (por defecto: la huella RFC 7638 de la clave)",
  keygenPrivate: (path) => `clave privada: ${path}`,
  keygenPublic: (path) => `clave pública: ${path}`,
  keygenWarning:
    "Mantenga en secreto la clave privada: nunca la ponga en un registro ni en un repositorio, y guarde una copia de seguridad en lugar seguro. Publique solo la clave pública, en un llavero.",
  optSignKey: "archivo JWK privado con el que firmar",
  signWrote: (path, kid) => `firmado: ${path} (clave ${kid})`,
  optKeyring: "archivo de llavero: las claves públicas de confianza, con fechas de validez y espacios de nombres",
  optVerifyKey: "archivo JWK público con el que verificar (sin reglas de validez ni de espacios de nombres)",
  verifyValid: (file, kid) => `válido: ${file} está firmado con la clave ${kid}`,
  verifyPublisher: (publisher) => ` (${publisher})`,
  verifyInvalid: (file) => `no válido: ${file}`,
  keyConflict: "indique --keyring o --key, no ambos",
  registryBuildDescription:
    "Construye o actualiza un registro estático a partir de documentos de escala y de mapeo: archivos canónicos, resúmenes, firmas e index.json.\nSale con 0 si se construye, 1 si un documento o el registro existente tiene hallazgos (no se escribe nada), 2 ante errores de uso o de E/S.",
  registryCheckDescription:
    "Revisa un registro (carpeta o URL http(s)): cada documento enumerado, sus resúmenes y, con un llavero, su firma.\nSale con 0 si todo se verifica (se admiten advertencias), 1 ante cualquier fallo, 2 ante errores de uso o de E/S.",
  argSources: "carpetas o archivos de documentos de escala y de mapeo",
  argRegistry: "carpeta o URL http(s) del registro",
  optOut: "carpeta del registro que se crea o actualiza",
  optSign: "archivo JWK privado con el que firmar cada documento",
  optRegistryKeyring: "llavero que se publica como keyring.json; las firmas nuevas se comprueban con él",
  optNow: "instante de generación del índice, RFC 3339 (por defecto: SOURCE_DATE_EPOCH o, si no, la fecha más reciente de los documentos)",
  optRegistryId: "identificador propio del registro <espacio>/<nombre>",
  optCheckKeyring: "llavero con el que verificar las firmas (sin él, las firmas no se verifican)",
  optAt: "instante en el que las claves de firma deben ser válidas, RFC 3339 (por defecto: ahora)",
  optDeadline: "plazo global de la revisión de un registro http(s), en segundos (por defecto 600)",
  buildDone: (out, documents, written, unchanged, removed) =>
    `registro ${out}: ${documents} ${documents === 1 ? "documento" : "documentos"}; ${written} ${written === 1 ? "archivo escrito" : "archivos escritos"}, ${unchanged} sin cambios, ${removed} ${removed === 1 ? "eliminado" : "eliminados"}`,
  buildRefused: "no se construyó el registro: corrija los hallazgos anteriores (la carpeta del registro no se modificó)",
  checkSummary: (documents, listed, errors, warnings) =>
    `${documents} de ${listed} ${listed === 1 ? "documento verificado" : "documentos verificados"}: ${errors} ${errors === 1 ? "error" : "errores"}, ${warnings} ${warnings === 1 ? "advertencia" : "advertencias"}`,
  progressRead: "leyendo",
  progressCheck: "revisando",
  progressWrite: "escribiendo",
  notAnInstant: (value) => `no es un instante RFC 3339 (p. ej. 2026-11-23T00:00:00Z): ${value}`,
  badSourceDateEpoch: (value) => `SOURCE_DATE_EPOCH no es un número de segundos: ${value}`,
  notFound: (path) => `no se encuentra: ${path}`,
  argScale: "archivo de escala, o crs para la escala de referencia integrada",
  issuesHeading: "Avisos",
  stdinName: "(entrada estándar)",
  classifyHelp:
    "Los hechos son un objeto JSON: código de dimensión -> código de opción, lista de códigos de opción, número o {\"value\", \"unit\"}.\nSale con 0 si se determinó un nivel o una puntuación (o si decide un analista), 1 si los hechos o la escala tienen errores o no se pudo determinar el nivel, 2 ante errores de uso o de E/S.",
  optFacts: "los hechos del incidente: un archivo JSON, o - para leer la entrada estándar",
  levelHeading: "Nivel",
  scoreHeading: "Puntuación",
  whyHeading: "Por qué",
  noLevel: {
    "analyst-decides": "ninguno: decide un analista (la escala clasifica por criterio experto)",
    "score-only": "ninguno: la escala no tiene umbrales, el resultado es la puntuación",
    undetermined: "sin determinar (véanse los avisos)",
    "invalid-facts": "ninguno: los hechos no encajan en la escala (véanse los avisos)",
    determined: "",
  },
  translateHelp:
    "Ambas escalas se mapean a la escala de referencia; si no se indica, el mapeo se busca en ../mappings/<nombre>-to-crs.json o junto a la escala.\nSale con 0 si se encontraron candidatos, 1 si el nivel es desconocido, está fuera del orden o no está mapeado (o si un documento tiene errores), 2 ante errores de uso o de E/S.",
  translateArgLevel: "código del nivel en la escala de origen (entre comillas si tiene espacios)",
  optFrom: "la escala a la que pertenece el nivel (archivo, o crs)",
  optTo: "la escala a la que se traduce (archivo, o crs)",
  optFromMapping: "mapeo de la escala de origen a la escala de referencia",
  optToMapping: "mapeo de la escala de destino a la escala de referencia",
  translateSource: "Origen",
  translateReference: "Referencia",
  translateCandidates: (scale) => `Candidatos en ${scale}`,
  noCandidates: "Ningún candidato.",
  confidenceWord: "confianza",
  mappingsUsed: "Mapeos",
  builtInIdentity: "mapeo de identidad integrado",
  compareHelp:
    "El mapeo de cada escala se busca en ../mappings/<nombre>-to-crs.json o junto a ella; los archivos de --mapping se asocian a las escalas por el id de su sujeto.\nSale con 0 si las escalas se pudieron alinear, 1 si un documento o la alineación tienen errores, 2 ante errores de uso o de E/S.",
  compareArgScales: "archivos de escala, o crs para la escala de referencia integrada",
  optMapping: "archivo(s) de mapeo a la escala de referencia, asociados a las escalas por el id del sujeto",
  referenceColumn: "Referencia",
  mappingUnused: (file, id) => `--mapping ${file} mapea ${id}, que no está entre las escalas que se comparan`,
  legend:
    "= exactMatch (mismo significado)  ≈ closeMatch (aproximadamente igual)  ⊂ broadMatch (dentro de la banda)  ⊃ narrowMatch (abarca toda la banda)  ~ relatedMatch (en parte)",
  diffHelp:
    "Ambos archivos deben ser versiones de la misma escala o del mismo mapeo.\nSale con 0 si el incremento de versión declarado basta y las versiones se encadenan correctamente, 1 en caso contrario (o si un documento tiene errores), 2 ante errores de uso o de E/S.",
  diffArgOld: "la versión anterior",
  diffArgNew: "la versión nueva",
  diffSummary: (required, declared) => `requerido: ${required}, declarado: ${declared}`,
  diffMustBe: (version) => `la versión debe ser al menos ${version}`,
  diffEnough: "el incremento declarado basta",
  bumpHeading: { major: "Cambios que exigen una versión major", minor: "Cambios que exigen una versión minor", patch: "Cambios de tipo patch" },
  noChanges: "Sin cambios.",
  exampleHeading: "Incidente de ejemplo cuyo nivel cambia",
  exampleLevels: (oldLevel, newLevel) => `versión anterior: ${oldLevel}, versión nueva: ${newLevel}`,
  noLevelValue: "sin nivel",
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
