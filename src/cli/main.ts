/**
 * The `upr-advocate` command (contract in DESIGN.md): same use cases as the HTTP API.
 */
import { Command, Option } from 'commander';
import { loadConfig } from '../server/config.js';
import { openDeps } from '../server/create-server.js';
import { planAsIcs, planAsText, buildPlan } from './plan-command.js';
import { runCommand, UsageError, writeJson } from './output.js';
import { serve } from './serve-command.js';
import { importRecommendationsCommand } from './import-command.js';
import { searchCommand } from './search-command.js';
import { targetsCommand } from './targets-command.js';
import type { DocumentCommandOptions } from './document-command.js';
import type { OutcomeParseOptions } from './outcome-command.js';
import type { AuditVerifyOptions } from './audit-command.js';
import type { BackupCommandOptions } from './backup-command.js';
import type { OrgImportOptions } from './org-command.js';
import type { UserResetTwoFactorOptions } from './user-command.js';

const program = new Command();
program
  .name('upr-advocate')
  .description('Plan and run NGO advocacy around the UN Universal Periodic Review')
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : 1));

// No commander default: loadConfig falls back to UPR_DATA_DIR, then ./data.
const dataOption = () => new Option('--data <dir>', 'data folder of the embedded SQLite database (default: $UPR_DATA_DIR or ./data; PostgreSQL when DATABASE_URL is set)');

program
  .command('serve')
  .description('start the web server (what `npm start` runs)')
  .addOption(new Option('--port <n>', 'port to listen on (default: $PORT or 8080)'))
  .addOption(dataOption())
  .action((opts: { port?: string; data?: string }) =>
    runCommand(async () => {
      const port = opts.port === undefined ? undefined : Number(opts.port);
      if (port !== undefined && (!Number.isInteger(port) || port < 1 || port > 65535)) {
        throw new UsageError(`--port must be a number from 1 to 65535, not "${opts.port}".`);
      }
      await serve(loadConfig({ dataDir: opts.data, port }));
    }),
  );

program
  .command('plan')
  .description("print the campaign plan around a State's review")
  .requiredOption('--state <iso3>', 'State under Review, ISO 3166 alpha-3 code (e.g. KAZ)')
  .option('--review <date>', 'review date YYYY-MM-DD (default: the next known or estimated review)')
  .option('--today <date>', 'the date to plan from (default: today)')
  .addOption(new Option('--lang <lang>', 'language of the texts').choices(['ru', 'en']).default('en'))
  .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'ics']).default('text'))
  .addOption(dataOption())
  .action((opts: { state: string; review?: string; today?: string; lang: string; format: string; data?: string }) =>
    runCommand(async () => {
      const { deps, handle } = await openDeps({ config: loadConfig({ dataDir: opts.data }) });
      try {
        const result = buildPlan(deps, opts);
        for (const warning of result.warnings) process.stderr.write(`${warning}\n`);
        if (opts.format === 'json') writeJson(result.json);
        else if (opts.format === 'ics') process.stdout.write(planAsIcs(result));
        else process.stdout.write(planAsText(result));
      } finally {
        await handle.close();
      }
    }),
  );

const importCommand = program.command('import').description('load data into the database');
importCommand
  .command('recommendations')
  .description('import UPR recommendations: a UPR Info export or an OHCHR thematic list (.csv, .csv.gz, .xlsx, .json, .docx)')
  .argument('<file>', 'the file to import')
  .option('--org <id-or-name>', 'import into this organisation instead of the instance-wide library')
  .option('--skip-bad-rows', 'import the valid rows and list the bad ones instead of refusing the file')
  .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
  .addOption(dataOption())
  .action((file: string, opts: { org?: string; skipBadRows?: boolean; format: 'text' | 'json'; data?: string }) =>
    runCommand(() => importRecommendationsCommand(file, opts)),
  );

const collect = (value: string, previous: string[] = []) => [...previous, value];

program
  .command('search')
  .description('full-text search of the recommendation library')
  .argument('[query]', 'words (all must match, stemmed), "a phrase", prefix*')
  .option('--sur <iso3>', 'State under Review (comma list allowed)')
  .option('--rs <iso3>', 'recommending State (comma list allowed)')
  .option('--issue <label>', 'UPR Info issue (repeatable)', collect)
  .addOption(new Option('--response <response>', 'response').choices(['supported', 'noted', 'partially-supported', 'no-clear-response', 'pending']))
  .option('--cycle <n>', 'UPR cycle (comma list allowed)')
  .option('--limit <n>', 'how many to list (1–100)', '20')
  .option('--org <id-or-name>', 'search what this organisation sees (its imports + the library)')
  .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
  .addOption(dataOption())
  .action((query: string | undefined, opts: Parameters<typeof searchCommand>[1]) => runCommand(() => searchCommand(query, opts)));

program
  .command('targets')
  .description('rank the States to lobby for a State under Review on UPR Info issues, with the evidence')
  .requiredOption('--state <iso3>', 'State under Review, ISO 3166 alpha-3 code (e.g. KEN)')
  .requiredOption('--issue <label>', 'UPR Info issue, e.g. "Rights of the Child" (repeat for several)', collect)
  .option('--limit <n>', 'how many States to list (default 10)')
  .option('--org <id-or-name>', "rank on this organisation's own imports as well as the library")
  .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
  .addOption(dataOption())
  .action((opts: { state: string; issue: string[]; limit?: string; org?: string; format: 'text' | 'json'; data?: string }) =>
    runCommand(() => targetsCommand(opts)),
  );

program
  .command('document')
  .description('write the advocacy document (the factsheet for diplomats) of a campaign file as Word, PDF or HTML')
  .argument('<file>', 'campaign file (.json, "format": "upr-advocate/campaign@1")')
  .addOption(new Option('--format <format>', 'output format').choices(['docx', 'pdf', 'html']).makeOptionMandatory())
  .addOption(new Option('--lang <lang>', "language of the document (default: the file's)").choices(['ru', 'en']))
  .requiredOption('--out <path>', 'file to write')
  .addOption(dataOption())
  // Loaded on use: the Word and PDF libraries add about a second to every other command's start.
  .action((file: string, opts: DocumentCommandOptions) =>
    runCommand(async () => (await import('./document-command.js')).documentCommand(file, opts)),
  );

const outcomeCommand = program
  .command('outcome')
  .description("a UPR Working Group report's outcome: its recommendations and the State's responses");
outcomeCommand
  .command('parse')
  .description(
    'read the recommendations of a Working Group report (.txt, .docx, .pdf) or of an OHCHR thematic list with positions (.docx, .csv, .xlsx); warnings say what to check',
  )
  .argument('<file>', 'the report, or its section "Conclusions and/or recommendations"')
  .option('--responses <file>', "the report's addendum (Add.1) with the State's responses (.txt, .docx, .pdf)")
  .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
  .addOption(dataOption())
  // Loaded on use: the PDF and Word readers add about a second to every other command's start.
  .action((file: string, opts: OutcomeParseOptions) =>
    runCommand(async () => (await import('./outcome-command.js')).outcomeParseCommand(file, opts)),
  );

const auditCommand = program.command('audit').description("the audit log of every change");
auditCommand
  .command('verify')
  .description('check the hash chains of the audit log: prints OK with the count, or exits 1 naming the first broken entry')
  .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
  .addOption(dataOption())
  .action((opts: AuditVerifyOptions) => runCommand(async () => (await import('./audit-command.js')).auditVerifyCommand(opts)));

const passphraseOption = () => new Option('--passphrase-file <file>', 'file whose first line is the passphrase (default: $UPR_BACKUP_PASSPHRASE; none: not encrypted)');

program
  .command('backup')
  .description('write a consistent backup of the whole instance (safe while the server runs), encrypted when a passphrase is given')
  .argument('<path>', 'the backup file to write')
  .addOption(passphraseOption())
  .option('--force', 'overwrite PATH if it exists')
  .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
  .addOption(dataOption())
  .action((file: string, opts: BackupCommandOptions) =>
    runCommand(async () => {
      await (await import('./backup-command.js')).backupCommand(file, opts);
    }),
  );

program
  .command('restore')
  .description('restore a backup into an empty data folder or database (stop the server first)')
  .argument('<path>', 'the backup file')
  .addOption(passphraseOption())
  .option('--force', 'replace the data that is already there')
  .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
  .addOption(dataOption())
  .action((file: string, opts: BackupCommandOptions) =>
    runCommand(async () => {
      await (await import('./backup-command.js')).restoreCommand(file, opts);
    }),
  );

const orgCommand = program.command('org').description("an organisation's data, moved between instances");
orgCommand
  .command('import')
  .description("import an organisation's export (downloaded by its admin) under new ids; prints each member's link to set a password")
  .argument('<file>', 'the organisation export (.json)')
  .option('--name <name>', "the organisation's name here (default: its name in the file)")
  .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
  .addOption(dataOption())
  .action((file: string, opts: OrgImportOptions) =>
    runCommand(async () => {
      await (await import('./org-command.js')).orgImportCommand(file, opts);
    }),
  );

const userCommand = program.command('user').description('accounts, for the operator of this instance');
userCommand
  .command('reset-two-factor')
  .description("turn off a member's two-step sign-in when they lost both the authenticator and the recovery codes; ends their sessions (audited)")
  .argument('<email>', "the member's e-mail address")
  .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
  .addOption(dataOption())
  .action((email: string, opts: UserResetTwoFactorOptions) =>
    runCommand(async () => {
      await (await import('./user-command.js')).userResetTwoFactorCommand(email, opts);
    }),
  );

await program.parseAsync(process.argv);
