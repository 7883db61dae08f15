/**
 * The CLI's own words in English (help, summaries, the argument parser's words). Issue messages
 * come from the core's locales; these are only the texts around them.
 */
export const en = {
  programDescription:
    "Publish, validate, map, sign and compare national cyber-incident severity scales.\nDocs: docs/guide.md · codes: docs/error-codes.md",
  optLang: "language of messages: en, es, fr or pt (default: from SEVSCALE_LANG, LC_ALL, LC_MESSAGES or LANG)",
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
  digestDescription:
    "Print the SHA-256 of a document's canonical form (RFC 8785).\nExit 0 when printed (and, with --write, written), 1 when the file has no canonical form (not a JSON document sevscale can canonicalise), 2 on usage or I/O errors.",
  keygenDescription:
    "Create an Ed25519 key pair for signing documents.\nExit 0 when the pair is written, 2 on usage or I/O errors (a bad --kid, a folder inside a git work tree without --force, a folder that cannot be written).",
  signDescription:
    "Sign a document (detached JWS over its canonical form).\nExit 0 when the signature is written, 1 when the document cannot be signed (no canonical form), 2 on usage or I/O errors (a missing file, an unusable key).",
  verifyDescription:
    "Verify a document's detached signature.\nExit 0 when the signature verifies, 1 when it does not (the reasons are listed), 2 on usage or I/O errors.",
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
  optKeygenOut: "folder for the key files (created if missing; default: ~/.config/sevscale/keys, or SEVSCALE_KEYS_DIR)",
  optKid: "key id (default: the RFC 7638 thumbprint of the key)",
  optKeygenForce: "write the key files even inside a git work tree (a private key must never be committed)",
  kidInvalid: (pattern: string, kid: string) => `--kid must match ${pattern}: ${kid}`,
  keygenInsideRepository: (dir: string, repository: string) =>
    `${dir} is inside the git work tree ${repository}: a private key there is one "git add" away from being published. Choose a folder outside it with --out (the default is ~/.config/sevscale/keys), or pass --force if you really mean it.`,
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
  optNoAssume: "do not assume the scale's declared values for facts not given (they stay unknown)",
  rangeHeading: "Still possible",
  rangeText: (lowest: string | null, highest: string) => (lowest === null ? `at most ${highest}, or no level` : lowest === highest ? highest : `from ${lowest} to ${highest}`),
  missingHeading: "Still to answer (each could change the level)",
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
  // Words of the argument parser (commander): help headings, option details and its errors.
  helpUsage: "Usage:",
  helpOptions: "Options:",
  helpCommands: "Commands:",
  helpArguments: "Arguments:",
  helpGlobalOptions: "Global Options:",
  helpOptionsToken: "[options]",
  helpCommandToken: "[command]",
  helpDefault: "default",
  helpChoices: "choices",
  errorWord: "error",
  errUnknownOption: (flag: string) => `unknown option '${flag}'`,
  errUnknownCommand: (name: string) => `unknown command '${name}'`,
  errMissingArgument: (name: string) => `missing required argument '${name}'`,
  errOptionArgumentMissing: (flags: string) => `option '${flags}' argument missing`,
  errRequiredOption: (flags: string) => `required option '${flags}' not specified`,
  errInvalidChoice: (flags: string, value: string, choices: string) =>
    `option '${flags}' argument '${value}' is invalid. Allowed choices are ${choices}.`,
  errTooManyArguments: (expected: number, received: number) =>
    `too many arguments. Expected ${expected} ${expected === 1 ? "argument" : "arguments"} but got ${received}.`,
  didYouMean: (suggestion: string) => `(Did you mean ${suggestion}?)`,
  // render, and compare's chart formats
  renderDescription:
    "Write a scale or a mapping as a page people can read: HTML (one self-contained, printable file) or Markdown.\nExit 0 when the page was written, 1 when the document has errors (nothing is written), 2 on usage or I/O errors.",
  renderArgDocument: "scale or mapping file (JSON), or crs for the built-in reference scale",
  optRenderOut: "file to write (default: standard output)",
  optRenderMapping: "mapping of the scale onto the reference scale (default: found beside the scale)",
  optPaper: "paper size of the print stylesheet",
  optCompareOut: "file to write (html and svg; default: standard output)",
  renderWrote: (path: string) => `wrote ${path}`,
  // export and import
  exportDescription:
    "Export scales or mappings for other tools: sssom (mappings, SSSOM/TSV), misp (scales, a MISP taxonomy machinetag.json), ocsf (scales, a level -> OCSF severity_id table as JSON), csv (scales, one row per level).\nExit 0 when everything was written, 1 when a document has errors (nothing is written), 2 on usage or I/O errors.",
  exportArgFormat: "sssom, misp, ocsf or csv",
  exportArgInputs: "files or folders of documents, or - for standard input (sssom: mappings; misp, ocsf, csv: scales)",
  optExportOut: "file to write (one document) or folder (several); default: standard output",
  optExportMapping: "mapping of the scale onto the reference scale (misp, ocsf; default: found beside the scale)",
  exportNoDocuments: (kind: string, paths: string) => `no ${kind} documents found in ${paths}`,
  exportNeedsFolder: (count: number) => `${count} documents to export: give --out a folder`,
  exportWrote: (path: string) => `wrote ${path}`,
  importDescription: "Import documents written by other tools.",
  importSssomDescription:
    "Read an SSSOM/TSV file back into a mapping document, validate it and write it as JSON.\nExit 0 when the mapping was written, 1 when the file or the mapping has errors (nothing is written), 2 on usage or I/O errors.",
  importArgFile: "SSSOM/TSV file, or - for standard input",
  optImportOut: "mapping file to write (JSON)",
  optForce: "replace the output file if it exists",
  importWrote: (path: string, records: number) => `wrote ${path} (${records} ${records === 1 ? "record" : "records"})`,
  outputExists: (path: string) => `${path} exists; give --force to replace it`,
  // audit
  auditDescription:
    "Audit a mapping against its scales' own criteria: every combination of the national criteria is rated on both scales through the mapping's crosswalk, and each one whose reference level falls outside its level's band is listed with both traces.\nExit 0 when every combination agrees, 1 when any disagrees or the mapping cannot be audited, 2 on usage or I/O errors.",
  auditArgMapping: "mapping file with a crosswalk",
  optAuditScale: "the mapping's national scale (default: found in ../scales/ or beside the mapping)",
  optBudget: "most combinations checked; above it a seeded sample of this many (default 100000)",
  optSeed: "seed of the sample (default 12)",
  auditHeading: (mapping: string, subject: string, object: string) => `Audit of ${mapping}: ${subject} → ${object}`,
  auditChecked: (checked: number, total: number, all: boolean, seed: number) =>
    all ? `Checked all ${total} combinations of criteria.` : `Checked ${checked} of ${total} combinations of criteria (a sample, seed ${seed}).`,
  auditCounts: (agree: number, disagree: number, undecided: number) => `${agree} agree, ${disagree} disagree, ${undecided} undecided.`,
  auditClean: "The mapping agrees with the criteria everywhere checked.",
  auditFindings: (count: number) => `${count} ${count === 1 ? "cell disagrees" : "cells disagree"}`,
  auditExample: "Example",
  auditNationalTrace: (scale: string) => `On ${scale}`,
  auditReferenceTrace: (scale: string) => `On ${scale}, through the crosswalk`,
  auditOmitted: (count: number) => `… and ${count} more (see --format json, or narrow the mapping)`,
  notPositiveInteger: (value: string) => `not a positive whole number: ${value}`,
  assessDescription:
    "Classify an incident on a scale and write a signed severity assessment to send to a partner CSIRT.\nExit 0 when written, 1 when the facts give no assessment, 2 on usage or I/O errors. See docs/assessments.md.",
  receiveDescription:
    "Verify a received assessment, fetch the sender's scale and mapping from a registry by digest, re-derive the level from the facts and translate it into your scale.\nExit 0 verified and translated, 1 not verified or inconsistent, 2 on usage or I/O errors.",
  optIncident: "the incident's reference (your ticket number)",
  optTitle: "a title of the incident (in the --lang language)",
  optMarking: "TLP 2.0 marking (default TLP:AMBER)",
  optAssessSign: "private key: also write the detached signature <out>.jws",
  optAssessOut: "where to write the assessment (JSON)",
  optAssessed: "the instant of the assessment (RFC 3339; default: now)",
  optSupersedes: "id of an earlier assessment of the same incident that this one replaces",
  optExport: "also write the assessment as MISP tags (<out stem>.misp.json) or a STIX 2.1 bundle (<out stem>.stix.json)",
  optAs: "your scale: the assessment is translated into it",
  optAsMapping: "the mapping of your scale onto the reference scale (default: found beside it)",
  optReceiveRegistry: "registry (directory or http(s) URL) that holds the sender's scale and mapping",
  optReceiveKeyring: "keyring of the keys you trust; the signer must be allowed for the scale's namespace",
  assessWritten: (file: string, result: string) => `written: ${file} (${result})`,
  assessSigned: (file: string, kid: string) => `signed: ${file} (key ${kid})`,
  exportWritten: (file: string) => `exported: ${file}`,
  receiveVerified: (kid: string) => `signature verified (key ${kid})`,
  receiveNotVerified: "NOT VERIFIED: the signature does not verify against the keyring",
  receiveUnsigned: "NOT VERIFIED: no keyring was given, the signature was not checked",
  receiveConsistent: "consistent with the sender's scale, mapping and facts",
  receiveInconsistent: "INCONSISTENT: the assessment disagrees with the sender's scale, mapping or facts",
  receiveIncident: "Incident",
  receiveIssuer: "Issued by",
  receiveMarking: "Marking",
  receiveStated: "Stated",
  receiveRederived: "Re-derived from the facts",
  receiveNoFacts: "no facts shared: the stated level is used",
  receiveInto: (scale: string) => `In ${scale}`,
  receiveViaCrosswalk: (band: string) => `Read through the crosswalk of the sender's mapping: reference ${band}`,
  threadDescription:
    "Show how the rating of one incident changed: orders assessments by the one each supersedes, says whether each raised, lowered, narrowed or widened the rating, and checks their signatures.\nExit 0 when the thread is whole (and every signature verifies with --keyring), 1 on findings, 2 on usage or I/O errors.",
  threadArgAssessments: "assessment files or directories (directories are searched for *.json)",
  optThreadRegistry: "registry (directory or http(s) URL) holding the scales, to rank the changes (raised, lowered…)",
  optThreadKeyring: "keyring of the keys you trust: every assessment's signature is checked",
  threadHeading: (incident: string, n: number) => `Incident ${incident}: ${n} ${n === 1 ? "assessment" : "assessments"}`,
  threadSigned: "signature verified",
  threadNotSigned: "NOT VERIFIED",
  receiveBound: (which: string) => `bound ${which}`,
  docsReferenceTitle: "Command reference",
  docsReferenceHeading: "Every command and option",
  docsReferenceIntro: "Generated from the command definitions (`pnpm run gen`): what `sevscale <command> --help` prints. Every command takes `--lang en|es|fr|pt`; without it the language comes from LC_ALL, LC_MESSAGES or LANG.",
  docsReferenceGenerated: "Generated by scripts/gen/cli-reference.ts from the command definitions: do not edit by hand.",
  docsReferenceLinks: "Worked examples: [cli.md](cli.md) (English). Step by step: [guide.md](guide.md). Error codes: [error-codes.md](error-codes.md).",
  // view
  viewDescription:
    "Serve the web viewer and a registry folder (default: the bundled example registry) on this machine, or the viewer with an http(s) registry URL.\nRuns until interrupted (Ctrl+C). Exit 0 when stopped, 2 on usage errors or when the address cannot be used.",
  viewArgRegistry: "registry folder or http(s) URL (default: the example registry)",
  optPort: "port to listen on (default: any free port)",
  optHost: "address to listen on (default 127.0.0.1: this machine only)",
  viewServing: (url: string) => `sevscale viewer: ${url}`,
  viewStop: "Press Ctrl+C to stop.",
  viewExposed: (host: string) => `warning: listening on ${host}, reachable from other machines`,
  viewNotBuilt: (dir: string) => `the viewer is not built (${dir}): run 'npm run setup'`,
  viewNoIndex: (dir: string) => `no index.json in ${dir}: give a registry folder (see 'sevscale registry build')`,
  viewListenFailed: (address: string, reason: string) => `cannot listen on ${address}: ${reason}`,
  optWithViewer: "also write the web viewer beside index.json, so the folder can be published as it is",
  viewerWritten: (count: number) => `viewer: ${count} ${count === 1 ? "file" : "files"} written beside index.json`,
} as const;

/** The shape every CLI locale has (derived from English; functions handle plurals). */
export type CliTexts = {
  readonly [K in keyof typeof en]: (typeof en)[K] extends (...args: infer A) => string
    ? (...args: A) => string
    : (typeof en)[K] extends string
      ? string
      : { readonly [P in keyof (typeof en)[K]]: string };
};
