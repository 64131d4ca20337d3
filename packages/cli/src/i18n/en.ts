// Every string the `tandem` command shows a person, in English. lv.ts has the same keys.
// A message that takes values is a function, so a missing value is a compile error.

type Role = 'owner' | 'coach' | 'client';
type Status = 'invited' | 'active' | 'paused' | 'ended';
type GoalState = 'draft' | 'proposed' | 'active' | 'achieved' | 'dropped';
type Locale = 'en' | 'lv';

const seconds = (n: number) => (n === 1 ? '1 second' : `${n} seconds`);
const minutes = (n: number) => (n === 1 ? '1 minute' : `${n} minutes`);

export const en = {
  program: {
    description: 'Tandem, the coaching platform: run the server, look after its database, and work with your practice.',
    version: 'show the version number',
    help: 'show help for a command',
    helpCommand: 'show help for a command',
    titles: {
      'Usage:': 'Usage:',
      'Options:': 'Options:',
      'Commands:': 'Commands:',
      'Arguments:': 'Arguments:',
      'Global Options:': 'Global options:',
    } as Record<string, string>,
    usageOptions: '[options]',
    usageCommand: '[command]',
    errorPrefix: 'Error:',
    unknownCommand: (name: string) => `unknown command "${name}". Run \`tandem --help\` to see the commands.`,
    unknownOption: (flag: string) => `unknown option "${flag}".`,
    didYouMean: (candidate: string) => `Did you mean ${candidate}?`,
    missingArgument: (name: string) => `the argument "${name}" is missing.`,
    missingOption: (flags: string) => `the option "${flags}" is required.`,
    optionMissingArgument: (flags: string) => `the option "${flags}" needs a value.`,
    excessArguments: (command: string) => `too many arguments for "${command}".`,
    unexpected: (message: string) => `something went wrong: ${message}`,
    debugHint: 'Set TANDEM_DEBUG=1 to see the details.',
    cancelled: 'Cancelled.',
  },

  common: {
    optServer: 'the Tandem server (default: $TANDEM_URL, else the one you signed in to last, else http://localhost:3000)',
    optJson: 'print JSON instead of a table',
    optGoal: "the goal's id (as in its web address, /goals/<id>)",
    invalidGoalId: (value: string) => `"${value}" is not a goal id: give the id from the goal's address (/goals/<id>).`,
    fileUnreadable: (file: string, reason: string) => `cannot read ${file}: ${reason}.`,
    fileUnwritable: (file: string, reason: string) => `cannot write ${file}: ${reason}.`,
    fileErrors: { ENOENT: 'no such file or folder', EACCES: 'permission denied', EPERM: 'permission denied', EISDIR: 'it is a folder' } as Record<string, string>,
    invalidServerUrl: (value: string) => `"${value}" is not a server address. Give one such as http://localhost:3000.`,
    invalidPort: (value: string) => `"${value}" is not a port number (0 to 65535).`,
    configInvalid: (detail: string) => `the configuration is not valid: ${detail}`,
    notSignedIn: (server: string) => `You are not signed in to ${server}. Run \`tandem login\` first.`,
    credentialsUnreadable: (path: string) => `cannot read ${path}; fix it or delete it and run \`tandem login\`.`,
    labelDatabase: 'Database',
    dbEmbedded: (dir: string) => `embedded PGlite in ${dir}`,
    dbPostgres: (url: string) => `PostgreSQL at ${url}`,
    dbOpenFailed: (message: string) => `cannot open the database: ${message}`,
    migrationsFailed: (message: string) => `the migrations could not be applied, nothing was changed: ${message}`,
    stepOpen: 'Opening the database',
    stepMigrate: 'Applying migrations',
    stepSeed: 'Seeding the demo practice',
    stepDone: 'Done',
    demoLoginsTitle: 'Demo sign-ins (a playground, not for real clients):',
    columnRole: 'Role',
    columnName: 'Name',
    columnEmail: 'Email',
    columnPassword: 'Password',
    none: '—',
  },

  api: {
    refused: (server: string) =>
      `Cannot reach the Tandem server at ${server}: the connection was refused. Is it running? Start it with \`tandem serve\`, or pass --server.`,
    unknownHost: (server: string) => `Unknown server ${server}: its host name cannot be found.`,
    timeout: (server: string, secondsWaited: number) => `The Tandem server at ${server} did not answer within ${seconds(secondsWaited)}.`,
    unreachable: (server: string, reason: string) => `Cannot reach the Tandem server at ${server} (${reason}).`,
    notTandem: (server: string, status: number) => `${server} does not look like a Tandem server (it answered HTTP ${status}). Check the address.`,
    signInExpired: (server: string) =>
      `Your sign-in at ${server} is no longer valid (the token was revoked or has expired). Run \`tandem login\` again.`,
    invalidCredentials: 'Wrong email or password.',
    secondFactorRequired: 'This account has two-factor sign-in: give the code from your authenticator app with --code.',
    invalidSecondFactor: 'The code is not right, or it was used already.',
    tooManyAttempts: (retryAfterSeconds: number | undefined) =>
      retryAfterSeconds === undefined
        ? 'Too many failed sign-ins for this email. Try again later.'
        : `Too many failed sign-ins for this email. Try again in ${
            retryAfterSeconds >= 120 ? minutes(Math.ceil(retryAfterSeconds / 60)) : seconds(retryAfterSeconds)
          }.`,
    forbidden: 'You are not allowed to do this.',
    notFound: 'Not found (or not yours to see).',
    goalNotFound: 'No such goal, or it is not in one of your engagements.',
    invalidFields: 'The server refused some fields:',
    databaseUnavailable: (retryAfterSeconds: number | undefined) =>
      `The server's database is not reachable right now. Nothing was changed; try again${retryAfterSeconds ? ` in ${seconds(retryAfterSeconds)}` : ' shortly'}.`,
    serverFailed: (status: number) => `The server ran into an error (HTTP ${status}). Nothing was changed.`,
    unexpectedAnswer: (status: number) => `The server gave an answer this version of tandem does not understand (HTTP ${status}).`,
  },

  serve: {
    description: 'start the Tandem server (configured by PORT, HOST, DATABASE_URL, TANDEM_DATA_DIR, TANDEM_DEMO...)',
    optPort: 'the port to listen on (overrides PORT; default 3000; 0 picks a free one)',
    starting: 'Starting Tandem...',
    running: (url: string) => `Tandem is running at ${url}`,
    labelMigrations: 'Migrations',
    labelDemo: 'Demo',
    migrationsApplied: (ids: string[]) => `applied ${ids.join(', ')}`,
    migrationsUpToDate: 'up to date',
    demoCreated: 'demo practice created',
    demoExisting: 'demo practice already present',
    demoOff: 'off (TANDEM_DEMO=on seeds it)',
    labelApiDocs: 'API reference',
    labelMail: 'Email',
    pressCtrlC: 'Press Ctrl+C to stop.',
    stopping: 'Stopping Tandem...',
    stopped: 'Stopped.',
    portInUse: (port: number) => `port ${port} is already in use. Stop the other program, or choose another port with --port.`,
    portDenied: (port: number) => `not allowed to listen on port ${port}. Choose a port above 1023 with --port.`,
    startFailed: (message: string) => `Tandem could not start: ${message}`,
  },

  migrate: {
    description: 'apply the database migrations that have not been applied yet',
    applied: (count: number) => (count === 1 ? 'Applied 1 migration:' : `Applied ${count} migrations:`),
    upToDate: 'The database is up to date: no migration to apply.',
  },

  seedDemo: {
    description: 'create the demo practice (two coaches and five clients) unless it exists',
    created: 'Created the demo practice.',
    exists: 'The demo practice already exists; nothing was changed.',
  },

  login: {
    description: 'sign in to a Tandem server and keep an API token for the next commands',
    optEmail: 'your email (asked for when missing)',
    optPasswordStdin: 'read the password from standard input (for scripts; needs --email)',
    promptEmail: 'Email: ',
    promptPassword: 'Password: ',
    emailRequired: 'an email is needed to sign in.',
    passwordRequired: 'a password is needed to sign in.',
    passwordStdinNeedsEmail: '--password-stdin needs --email too.',
    optCode: 'a code from your authenticator app, or a recovery code (asked for when the account needs one)',
    promptCode: 'Code from your authenticator app (or a recovery code): ',
    codeRequired: 'this account has two-factor sign-in: a code is needed.',
    signedIn: (name: string, email: string, server: string) => `Signed in to ${server} as ${name} <${email}>.`,
    practiceRole: (practice: string, role: string) => `Practice: ${practice} (${role}).`,
    tokenSaved: (path: string) => `The API token is kept in ${path}.`,
  },

  logout: {
    description: 'revoke the API token on the server and forget it here',
    signedOut: (server: string) => `Signed out of ${server}; the token is revoked and forgotten.`,
    alreadyInvalid: (server: string) => `The token for ${server} was no longer valid; it is forgotten now.`,
  },

  whoami: {
    description: 'show who you are signed in as',
    heading: (server: string) => `Signed in to ${server}:`,
    labelName: 'Name',
    labelEmail: 'Email',
    labelPractice: 'Practice',
    labelRole: 'Role',
    labelLanguage: 'Language',
    labelTimeZone: 'Time zone',
  },

  engagements: {
    description: 'the coaching engagements you take part in',
    listDescription: 'list your engagements: client, status, start and coach',
    optSearch: 'only clients whose name or email contains this text, in any case, with or without diacritics',
    optStatus: 'only engagements in this status',
    columnClient: 'Client',
    columnEmail: 'Email',
    columnStatus: 'Status',
    columnStartedOn: 'Started on',
    columnCoach: 'Coach',
    none: 'No engagements yet.',
    count: (n: number) => (n === 1 ? '1 engagement' : `${n} engagements`),
    handOverDescription: "hand a client over to another coach of the practice (the practice's owner only)",
    argClientEmail: "the client's email address",
    optTo: "the email address of the coach who takes the client over",
    noClient: (email: string) => `No client with the email ${email} in your engagements. See \`tandem engagements list\`.`,
    manyClients: (email: string, n: number) => `${email} is the client of ${n} open engagements here; hand them over on the practice page.`,
    noCoach: (email: string, coaches: string) => `No coach with the email ${email} in the practice. Its coaches: ${coaches}.`,
    alreadyWith: (client: string, coach: string) => `${client} is already coached by ${coach}; nothing changed.`,
    handedOver: (client: string, from: string, to: string) => `${client} is now coached by ${to} (until now ${from}).`,
    inviteDescription: 'invite a client: the engagement and a single-use link for them to join',
    argClientName: "the client's name",
    optSendEmail: 'have Tandem email the link to the client',
    invited: (name: string, email: string, until: string) => `Invited ${name} <${email}>. Their single-use link works until ${until}:`,
    emailing: (email: string) => `Tandem is emailing it to ${email}.`,
    sendItYourself: 'Send it to them yourself, or run the command with --send-email next time.',
  },

  importCheckIns: {
    groupDescription: 'import data from files',
    description: 'import metric check-ins into a goal from a CSV file',
    argFile: 'the CSV file: a header row, then one row per check-in',
    optDryRun: 'check the file against the goal without importing anything',
    helpAfter: `
The file (column names in English, whatever your language):
  date         the day the values speak for, YYYY-MM-DD (required)
  <metric>     one column per metric, named by its name (any case) or id; empty cells are skipped
  confidence   how confident you feel, a whole number from 0 to 10 (optional)
  note         a few words about the day (optional)
Columns are separated by commas (or semicolons, as spreadsheets set to Latvian save them);
decimals take a point: 7.5.

Example:
  date,Runs,confidence,note
  2026-03-02,2,6,
  2026-03-09,3,7,"Rain, but I ran"

Each row is sent with a key made of the goal, the file's content and the line number: running the
same file again, after an interruption or a failure, imports nothing twice. A changed file is a new
import.`,
    emptyFile: (file: string) => `${file} is empty: it needs a header row (date, then the metrics) and one row per check-in.`,
    notUtf8: (file: string) => `${file} is not UTF-8 text. Save it as "CSV UTF-8" and try again.`,
    unclosedQuote: (file: string, line: number) =>
      `${file} is not valid CSV: the quoted field opened on line ${line} is never closed. Nothing was imported.`,
    strayQuote: (file: string, line: number) =>
      `${file} is not valid CSV: a stray quote on line ${line} (a field with quotes in it must be wrapped in quotes, each quote inside doubled). Nothing was imported.`,
    headerRefused: 'the header of the file is not understood; nothing was imported:',
    unknownColumn: (title: string) => `unknown column "${title}": not a metric of this goal`,
    ambiguousColumn: (title: string) => `column "${title}" matches more than one metric; name it by the metric's id`,
    emptyColumn: (position: number) => `column ${position} has no name`,
    repeatedColumn: (earlier: string, title: string) =>
      earlier === title ? `column "${title}" appears twice` : `columns "${earlier}" and "${title}" name the same thing`,
    missingDateColumn: 'there is no "date" column',
    noMetricColumn: 'no column names a metric of this goal',
    acceptedColumns: (names: string[]) => `Columns this goal accepts: ${names.map((name) => `"${name}"`).join(', ')}.`,
    goalHasNoMetrics: 'This goal has no metrics yet: add them first.',
    wrongFieldCount: (found: number, expected: number) =>
      `${found === 1 ? '1 field' : `${found} fields`} where the header has ${expected}`,
    dateMissing: 'the date is missing',
    notADate: (cell: string) => `"${cell}" is not a date; write it as YYYY-MM-DD`,
    notAConfidence: (cell: string) => `"${cell}" is not a confidence: a whole number from 0 to 10`,
    decimalComma: (cell: string) => `"${cell}" is not a number: write decimals with a point (${cell.replace(',', '.')})`,
    notANumber: (cell: string) => `"${cell}" is not a number`,
    noValues: 'no metric value in this row',
    futureDate: 'the date is in the future; a check-in speaks for a day that has come',
    unknownMetric: 'not a metric of this goal (was it removed?)',
    duplicateMetric: 'the same metric twice in one row',
    keyReused: 'this line was imported before with other content; that check-in was left as it was',
    outsideScale: (min: number, max: number) => `must lie between ${min} and ${max}`,
    goalNotActive: (title: string, state: string) => `the goal "${title}" is ${state}: check-ins are for active goals. Nothing was imported.`,
    dryRunHeading: (file: string, title: string) => `Checked ${file} against the goal "${title}"; nothing was imported:`,
    labelReady: 'Rows ready',
    labelProblems: 'Rows with problems',
    dryRunHint: 'Fix these rows, then import the file.',
    dryRunOk: 'Run the same command without --dry-run to import them.',
    summaryHeading: (file: string, title: string) => `Check-ins from ${file} into the goal "${title}":`,
    labelImported: 'Imported',
    labelReplayed: 'Already imported (replayed)',
    labelFailed: 'Failed',
    stepRow: (line: number, date: string) => `line ${line}, ${date}`,
    interrupted: (sent: number, total: number) =>
      `${sent} of ${total} rows were sent before this. Run the same command again: rows already imported are not imported twice.`,
    rowsFailed: (n: number) => (n === 1 ? '1 row was not imported:' : `${n} rows were not imported:`),
    problemInRow: (line: number, message: string) => `line ${line}: ${message}`,
    problemInField: (line: number, field: string, message: string) => `line ${line}, ${field}: ${message}`,
    fixHint:
      'Fix these rows in the file and run the same command again: rows already imported are not imported twice.',
  },

  backup: {
    description: 'copy the whole database (embedded or PostgreSQL) into one file, with a progress bar',
    restoreDescription: 'load a backup file into the configured database: its schema, every row, then any newer migrations',
    argFile: 'the backup file (gzipped JSON lines), e.g. tandem-2026-03-02.backup.gz',
    optForce: 'overwrite the file if it exists',
    optReplace: 'replace whatever the database holds (without it, a database with data is refused)',
    fileExists: (file: string) => `${file} exists already; choose another name or add --force.`,
    stepTable: (table: string, rows: number) => `${table} (${rows === 1 ? '1 row' : `${rows} rows`})`,
    written: (file: string, rows: number, tables: number) => `Backed up ${rows === 1 ? '1 row' : `${rows} rows`} of ${tables} tables to ${file}.`,
    restored: (file: string, rows: number, tables: number) => `Restored ${rows === 1 ? '1 row' : `${rows} rows`} of ${tables} tables from ${file}.`,
    schemaAt: (migration: string) => `Schema: ${migration}`,
    labelRows: 'rows',
    problems: {
      not_migrated: () => 'the database has no Tandem schema yet: nothing to back up.',
      not_a_backup: () => 'this is not a Tandem backup file.',
      truncated: () => 'the backup file is cut short (incomplete copy?); nothing was changed.',
      corrupt: (detail: string) => `the backup file is damaged (${detail}); nothing was changed.`,
      newer_schema: (migration: string) => `the backup comes from a newer Tandem (migration ${migration}); update Tandem first. Nothing was changed.`,
      target_newer: (migration: string) =>
        `the database is at a newer schema (migration ${migration}) than the backup; restore into an empty database. Nothing was changed.`,
      target_not_empty: (table: string) => `the database already holds data (${table}); add --replace to overwrite it. Nothing was changed.`,
    },
  },

  exportGoal: {
    description: "write a goal's history (check-ins, metrics, revisions, progress) as JSON or CSV",
    optFormat: 'csv or json (default: from the --output extension, else json)',
    optOutput: 'write to this file instead of standard output',
    helpAfter: `
JSON: { goal, metrics, checkIns, revisions, progress }, as the API gives them.
CSV:  one row per check-in, by date: date,kind,author,confidence,<one column per metric>,text.
      A corrected check-in gives way to its correction; the JSON keeps both.`,
    unknownFormat: (value: string) => `"${value}" is not a format: choose csv or json.`,
    written: (title: string, count: number, file: string, format: string) =>
      `Wrote the history of "${title}" to ${file} (${format}, ${count === 1 ? '1 check-in' : `${count} check-ins`}).`,
  },

  roles: { owner: 'owner', coach: 'coach', client: 'client' } satisfies Record<Role, string>,
  statuses: { invited: 'invited', active: 'active', paused: 'paused', ended: 'ended' } satisfies Record<Status, string>,
  goalStates: { draft: 'a draft', proposed: 'proposed', active: 'active', achieved: 'achieved', dropped: 'dropped' } satisfies Record<GoalState, string>,
  languages: { en: 'English', lv: 'Latvian' } satisfies Record<Locale, string>,
};

export type Messages = typeof en;
