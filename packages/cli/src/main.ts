/**
 * The `sevscale` program: argument parsing and dispatch. Only commander and the CLI's texts load
 * at start-up, and only the named command is defined to the parser (all of them for help and
 * suggestions); each command's implementation (and the core it needs) is imported when it runs,
 * so `sevscale validate` does not pay for signatures or the registry.
 */
import { Argument, Command, CommanderError, Option } from "commander";
import type { CommandContext, CommandRun } from "./context.js";
import { ExitCode, UsageError } from "./exit-codes.js";
import { CLI_LANGUAGES, cliTexts, detectLanguage, loadLanguage, loadTexts, type CliTexts } from "./i18n.js";
import { localizeHelp, localizeParserError } from "./parser-words.js";
import type { CliIO } from "./io.js";
import { VERSION } from "./version.js";

type Loader = () => Promise<{ run: CommandRun }>;
/**
 * When a command's issue messages (the core's locale) are loaded: before it runs, or by the command
 * itself when it has one to show (`validate`, whose usual answer is a clean summary line).
 */
type Messages = "before" | "on demand";

/** Runs the CLI with the given arguments (without `node` and the script) and returns the exit code. */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const lang = detectLanguage(argv, io.env);
  await loadTexts(lang);
  const t = cliTexts(lang);
  const ctx: CommandContext = { io, lang };
  let exitCode: number = ExitCode.Ok;

  const program = new Command("sevscale")
    .description(t.programDescription)
    .version(VERSION, "-V, --version", t.optVersion)
    .helpOption("-h, --help", t.optHelp)
    .helpCommand("help [command]", t.helpCommand)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(localizeParserError(s, t)),
      // Help wraps to the terminal's width, and to 80 columns when not on a terminal (a pipe, a test,
      // the generated docs/cli.md), never to the width of whatever terminal the process inherited.
      getOutHelpWidth: () => helpWidth(io.stdout),
      getErrHelpWidth: () => helpWidth(io.stderr),
    });
  localizeHelp(program, t);

  const langOption = () => new Option("--lang <lang>", t.optLang).choices([...CLI_LANGUAGES]);
  // `sevscale --lang fr validate …` as well as `sevscale validate … --lang fr`.
  program.addOption(langOption());
  const action =
    (load: Loader, messages: Messages = "before") =>
    async (...received: unknown[]): Promise<void> => {
      // commander passes the positional arguments, then the options object, then the command.
      const command = received[received.length - 1] as Command;
      const options = command.opts();
      const positional = received.slice(0, -2).flatMap((a) => (Array.isArray(a) ? a.map(String) : a === undefined ? [] : [String(a)]));
      const [{ run }] = await Promise.all([load(), messages === "before" ? loadLanguage(lang) : undefined]);
      exitCode = await run(ctx, positional, options);
    };

  const formatOption = (formats: string[], fallback: string) => new Option("--format <format>", t.optFormat).choices(formats).default(fallback);
  const maxBytesOption = () => new Option("--max-bytes <bytes>", t.optMaxBytes).argParser(positiveInt(t));

  // One definition per command. A run that names its command registers that one only: the
  // others' options and texts are built for `--help` and for a command commander must suggest.
  const definitions: Readonly<Record<string, () => void>> = {
    validate: () => {
      program
        .command("validate")
        .description(t.validateDescription)
        .argument("<paths...>", t.validateArgPaths)
        .addOption(new Option("--format <format>", t.optFormat).choices(["text", "json"]).default("text"))
        .addOption(langOption())
        .addOption(new Option("--max-bytes <bytes>", t.optMaxBytes).argParser(positiveInt(t)))
        .action(action(() => import("./commands/validate.js"), "on demand"));
    },
    init: () => {
      program
        .command("init")
        .summary(t.initDescription.split("\n")[0]!)
        .description(t.initDescription)
        .option("--answers <file>", t.optAnswers)
        .option("--out <dir>", t.optInitOut)
        .option("--force", t.optInitForce)
        .addOption(formatOption(["text", "json"], "text"))
        .addOption(langOption())
        .addOption(maxBytesOption())
        .action(action(() => import("./commands/init.js")));
    },
    classify: () => {
      program
        .command("classify")
        .summary(t.classifyDescription)
        .description(`${t.classifyDescription}\n${t.classifyHelp}`)
        .argument("<scale>", t.argScale)
        .option("--facts <file>", t.optFacts)
        .addOption(new Option("--facts-format <format>", t.optFactsFormat).choices(["json", "ndjson", "csv"]))
        .option("-i, --interactive", t.optInteractive)
        .option("--save-facts <file>", t.optSaveFacts)
        .option("--no-assume", t.optNoAssume)
        // No default: text for one incident, one JSON object per line for a batch.
        .addOption(new Option("--format <format>", t.optFormat).choices(["text", "json"]))
        .option("-q, --quiet", t.optQuiet)
        .addOption(langOption())
        .addOption(maxBytesOption())
        .action(action(() => import("./commands/classify.js")));
    },
    translate: () => {
      program
        .command("translate")
        .summary(t.translateDescription)
        .description(`${t.translateDescription}\n${t.translateHelp}`)
        .argument("<level>", t.translateArgLevel)
        .requiredOption("--from <scale>", t.optFrom)
        .requiredOption("--to <scale>", t.optTo)
        .option("--from-mapping <file>", t.optFromMapping)
        .option("--to-mapping <file>", t.optToMapping)
        .addOption(formatOption(["text", "json"], "text"))
        .addOption(langOption())
        .addOption(maxBytesOption())
        .action(action(() => import("./commands/translate.js")));
    },
    compare: () => {
      program
        .command("compare")
        .summary(t.compareDescription)
        .description(`${t.compareDescription}\n${t.compareHelp}`)
        .argument("<scales...>", t.compareArgScales)
        .option("--mapping <files...>", t.optMapping)
        .addOption(formatOption(["table", "markdown", "csv", "json", "html", "svg"], "table"))
        .option("--out <file>", t.optCompareOut)
        .addOption(langOption())
        .addOption(maxBytesOption())
        .action(action(() => import("./commands/compare.js")));
    },
    render: () => {
      program
        .command("render")
        .summary(t.renderDescription.split("\n")[0]!)
        .description(t.renderDescription)
        .argument("<document>", t.renderArgDocument)
        .addOption(formatOption(["html", "markdown"], "html"))
        .option("--mapping <file>", t.optRenderMapping)
        .option("--with <scales...>", t.optRenderWith)
        .option("--out <file>", t.optRenderOut)
        .addOption(new Option("--paper <size>", t.optPaper).choices(["A4", "Letter"]))
        .addOption(langOption())
        .addOption(maxBytesOption())
        .action(action(() => import("./commands/render.js")));
    },
    diff: () => {
      program
        .command("diff")
        .summary(t.diffDescription)
        .description(`${t.diffDescription}\n${t.diffHelp}`)
        .argument("<old>", t.diffArgOld)
        .argument("<new>", t.diffArgNew)
        .addOption(formatOption(["text", "json"], "text"))
        .addOption(langOption())
        .addOption(maxBytesOption())
        .action(action(() => import("./commands/diff.js")));
    },
    audit: () => {
      program
        .command("audit")
        .summary(t.auditDescription.split("\n")[0]!)
        .description(t.auditDescription)
        .argument("<mapping>", t.auditArgMapping)
        .option("--scale <file>", t.optAuditScale)
        .addOption(formatOption(["text", "json"], "text"))
        .addOption(langOption())
        .addOption(new Option("--budget <n>", t.optBudget).argParser(positiveInt(t)))
        .addOption(new Option("--seed <n>", t.optSeed).argParser(nonNegativeInt(t)))
        .addOption(maxBytesOption())
        .action(action(() => import("./commands/audit.js")));
    },
    digest: () => {
      program
        .command("digest")
        .description(t.digestDescription)
        .argument("<file>", t.argDocumentOrStdin)
        .option("--write", t.optDigestWrite)
        .addOption(formatOption(["text", "json"], "text"))
        .addOption(langOption())
        .action(action(() => import("./commands/digest.js")));
    },
    keygen: () => {
      program
        .command("keygen")
        .description(t.keygenDescription)
        .option("--out <dir>", t.optKeygenOut)
        .option("--kid <id>", t.optKid)
        .option("--force", t.optKeygenForce)
        .addOption(formatOption(["text", "json"], "text"))
        .addOption(langOption())
        .action(action(() => import("./commands/keygen.js")));
    },
    sign: () => {
      program
        .command("sign")
        .description(t.signDescription)
        .argument("<file>", t.argSignedDocument)
        .requiredOption("--key <private.jwk>", t.optSignKey)
        .addOption(formatOption(["text", "json"], "text"))
        .addOption(langOption())
        .action(action(() => import("./commands/sign.js")));
    },
    verify: () => {
      program
        .command("verify")
        .description(t.verifyDescription)
        .argument("<file>", t.argSignedDocument)
        .option("--keyring <keyring.json>", t.optKeyring)
        .option("--key <public.jwk>", t.optVerifyKey)
        .addOption(formatOption(["text", "json"], "text"))
        .addOption(langOption())
        .action(action(() => import("./commands/verify.js")));
    },
    assess: () => {
      program
        .command("assess")
        .description(t.assessDescription)
        .argument("<scale>", t.argScale)
        .requiredOption("--facts <file>", t.optFacts)
        .requiredOption("--incident <ref>", t.optIncident)
        .requiredOption("--out <file>", t.optAssessOut)
        .option("--title <text>", t.optTitle)
        .addOption(new Option("--marking <tlp>", t.optMarking).choices(["TLP:CLEAR", "TLP:GREEN", "TLP:AMBER", "TLP:AMBER+STRICT", "TLP:RED"]))
        .option("--sign <private.jwk>", t.optAssessSign)
        .option("--assessed <instant>", t.optAssessed)
        .option("--supersedes <id>", t.optSupersedes)
        .addOption(new Option("--export <format...>", t.optExport).choices(["misp", "stix"]))
        .addOption(formatOption(["text", "json"], "text"))
        .addOption(langOption())
        .addOption(maxBytesOption())
        .action(action(() => import("./commands/assess.js")));
    },
    receive: () => {
      program
        .command("receive")
        .description(t.receiveDescription)
        .argument("<assessment>", t.argReceivedAssessment)
        .requiredOption("--as <scale>", t.optAs)
        .requiredOption("--registry <dir|url>", t.optReceiveRegistry)
        .option("--as-mapping <file>", t.optAsMapping)
        .option("--keyring <keyring.json>", t.optReceiveKeyring)
        .addOption(formatOption(["text", "json"], "text"))
        .addOption(langOption())
        .addOption(maxBytesOption())
        .action(action(() => import("./commands/receive.js")));
    },
    thread: () => {
      program
        .command("thread")
        .description(t.threadDescription)
        .argument("<assessments...>", t.threadArgAssessments)
        .option("--registry <dir|url>", t.optThreadRegistry)
        .option("--keyring <keyring.json>", t.optThreadKeyring)
        .addOption(formatOption(["text", "json"], "text"))
        .addOption(langOption())
        .addOption(maxBytesOption())
        .action(action(() => import("./commands/thread.js")));
    },
    export: () => {
      program
        .command("export")
        .summary(t.exportDescription.split("\n")[0]!)
        .description(t.exportDescription)
        .addArgument(new Argument("<format>", t.exportArgFormat).choices(["sssom", "misp", "ocsf", "csv"]))
        .argument("<inputs...>", t.exportArgInputs)
        .option("--out <path>", t.optExportOut)
        .option("--mapping <file>", t.optExportMapping)
        .addOption(langOption())
        .addOption(maxBytesOption())
        .action(action(() => import("./commands/export.js")));
    },
    import: () => {
      const importCommand = program.command("import").description(t.importDescription);
      importCommand
        .command("sssom")
        .summary(t.importSssomDescription.split("\n")[0]!)
        .description(t.importSssomDescription)
        .argument("<file>", t.importArgFile)
        .requiredOption("--out <mapping.json>", t.optImportOut)
        .option("--force", t.optForce)
        .addOption(formatOption(["text", "json"], "text"))
        .addOption(langOption())
        .addOption(maxBytesOption())
        .action(action(() => import("./commands/import-sssom.js")));
    },
    view: () => {
      program
        .command("view")
        .description(t.viewDescription)
        .argument("[registry]", t.viewArgRegistry)
        .option("--port <port>", t.optPort)
        .option("--host <host>", t.optHost)
        .addOption(formatOption(["text", "json"], "text"))
        .addOption(langOption())
        .action(action(() => import("./commands/view.js")));
    },
    keyring: () => {
      const keyring = program.command("keyring").description(t.keyringDescription);
      keyring
        .command("create")
        .description(t.keyringCreateDescription)
        .argument("<file>", t.keyringArgFile)
        .option("--id <id>", t.optKeyringId)
        .option("--force", t.optForce)
        .addOption(formatOption(["text", "json"], "text"))
        .addOption(langOption())
        .action(action(() => import("./commands/keyring.js").then((m) => ({ run: m.create }))));
      keyring
        .command("add")
        .description(t.keyringAddDescription)
        .argument("<file>", t.keyringArgFile)
        .requiredOption("--key <pub.jwk|pem>", t.optKeyringKey)
        .requiredOption("--namespace <namespaces...>", t.optNamespace)
        .option("--publisher <name>", t.optKeyringPublisher)
        .option("--kid <id>", t.optKeyringKid)
        .option("--not-before <instant>", t.optNotBefore)
        .option("--not-after <instant>", t.optNotAfter)
        .addOption(formatOption(["text", "json"], "text"))
        .addOption(langOption())
        .action(action(() => import("./commands/keyring.js").then((m) => ({ run: m.add }))));
      keyring
        .command("remove")
        .description(t.keyringRemoveDescription)
        .argument("<file>", t.keyringArgFile)
        .argument("<key-id>", t.keyringArgKid)
        .addOption(formatOption(["text", "json"], "text"))
        .addOption(langOption())
        .action(action(() => import("./commands/keyring.js").then((m) => ({ run: m.remove }))));
      keyring
        .command("list")
        .description(t.keyringListDescription)
        .argument("<file>", t.keyringArgFile)
        .addOption(formatOption(["text", "json"], "text"))
        .addOption(langOption())
        .action(action(() => import("./commands/keyring.js").then((m) => ({ run: m.list }))));
    },
    registry: () => {
      const registry = program.command("registry").description(t.registryDescription);
      registry
        .command("build")
        .description(t.registryBuildDescription)
        .argument("<sources...>", t.argSources)
        .requiredOption("--out <dir>", t.optOut)
        .option("--sign <private.jwk>", t.optSign)
        .option("--keyring <keyring.json>", t.optRegistryKeyring)
        .option("--now <instant>", t.optNow)
        .option("--id <id>", t.optRegistryId)
        .addOption(new Option("--sequence <n>", t.optSequence).argParser(positiveInt(t)))
        .option("--expires-in <duration>", t.optExpiresIn)
        .option("--expires <instant>", t.optExpires)
        .option("--withdraw <id@version=reason>", t.optWithdraw, (value: string, previous: string[] | undefined) => [...(previous ?? []), value])
        .option("--publisher <name>", t.optPublisher)
        .option("--contact <contact>", t.optContact)
        .option("--with-viewer", t.optWithViewer)
        .addOption(formatOption(["text", "json"], "text"))
        .addOption(langOption())
        .action(action(() => import("./commands/registry-build.js")));
      registry
        .command("check")
        .description(t.registryCheckDescription)
        .argument("<registry>", t.argRegistry)
        .option("--keyring <keyring.json>", t.optCheckKeyring)
        .option("--at <instant>", t.optAt)
        .option("--deadline <seconds>", t.optDeadline, positiveInt(t))
        .option("--state <file>", t.optState)
        .addOption(formatOption(["text", "json"], "text"))
        .addOption(langOption())
        .action(action(() => import("./commands/registry-check.js")));
      registry
        .command("mirror")
        .description(t.registryMirrorDescription)
        .argument("<providers...>", t.argProviders)
        .requiredOption("--out <dir>", t.optMirrorOut)
        .option("--keyring <keyring.json>", t.optMirrorKeyring)
        .option("--state <file>", t.optState)
        .option("--cache <dir>", t.optCache)
        .option("--at <instant>", t.optAt)
        .option("--id <id>", t.optMirrorId)
        .option("--sign <private.jwk>", t.optSign)
        .addOption(formatOption(["text", "json"], "text"))
        .addOption(langOption())
        .action(action(() => import("./commands/registry-mirror.js")));
    },
  };
  const named = commandNamed(argv);
  if (named !== undefined && Object.hasOwn(definitions, named)) definitions[named]!();
  else for (const define of Object.values(definitions)) define();

  try {
    await program.parseAsync(argv as string[], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version end with code 0; everything else commander rejects is a usage error.
      return error.exitCode === 0 ? ExitCode.Ok : ExitCode.Usage;
    }
    if (error instanceof UsageError) {
      io.stderr.write(`sevscale: ${t.usagePrefix}${t.colon} ${error.message}\n`);
      return ExitCode.Usage;
    }
    if (isFileWriteError(error)) {
      // An output that cannot be written (a missing folder, no permission, a full disk) is an I/O
      // error of the user's, told as a coded issue, not an internal error.
      const [{ printInputProblems, shownPath }] = await Promise.all([import("./report.js"), loadLanguage(lang)]);
      const issue = { code: "file_unwritable", severity: "error", pointer: "", params: { path: shownPath(error.path, io.cwd), reason: error.code } } as const;
      printInputProblems(io, [{ issue }], lang);
      return ExitCode.Usage;
    }
    throw error;
  }
  return exitCode;
}

/** The width help text wraps to: the terminal's columns on a terminal, else 80. */
function helpWidth(stream: CliIO["stdout"]): number {
  const columns = (stream as { columns?: unknown }).columns;
  return stream.isTTY === true && typeof columns === "number" && columns > 0 ? columns : 80;
}

/** The parser of a whole-number option that may be 0, with its error in the run's language. */
function nonNegativeInt(t: CliTexts): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isSafeInteger(n) || n < 0 || value.trim() === "") throw new UsageError(t.notPositiveInteger(value));
    return n;
  };
}

/** The parser of a positive whole-number option, with its error in the run's language. */
function positiveInt(t: CliTexts): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isSafeInteger(n) || n <= 0) throw new UsageError(t.notPositiveInteger(value));
    return n;
  };
}

/**
 * The command a run names: its first argument after the program's own `--lang` option, when
 * nothing else comes before it (any other option, `--`, `help`: undefined, and every command is
 * defined, as help and the parser's suggestions need).
 */
function commandNamed(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--lang") i++;
    else if (a.startsWith("--lang=")) continue;
    else return a.startsWith("-") ? undefined : a;
  }
  return undefined;
}

/**
 * A FileWriteError of @sevscale/node (writeFileAtomic, makeFolder), told by its name so that the
 * entry point does not load the node package.
 */
function isFileWriteError(error: unknown): error is { readonly path: string; readonly code: string } {
  return error instanceof Error && error.name === "FileWriteError" && typeof (error as { path?: unknown }).path === "string" && typeof (error as { code?: unknown }).code === "string";
}
