// Every string the `tandem` command shows a person, in English. lv.ts has the same keys.
// A message that takes values is a function, so a missing value is a compile error.

type Role = 'owner' | 'coach' | 'client';
type Status = 'invited' | 'active' | 'paused' | 'ended';
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
    optionMissingArgument: (flags: string) => `the option "${flags}" needs a value.`,
    excessArguments: (command: string) => `too many arguments for "${command}".`,
    unexpected: (message: string) => `something went wrong: ${message}`,
    debugHint: 'Set TANDEM_DEBUG=1 to see the details.',
    cancelled: 'Cancelled.',
  },

  common: {
    optServer: 'the Tandem server (default: $TANDEM_URL, else the one you signed in to last, else http://localhost:3000)',
    optJson: 'print JSON instead of a table',
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
    tooManyAttempts: (retryAfterSeconds: number | undefined) =>
      retryAfterSeconds === undefined
        ? 'Too many failed sign-ins for this email. Try again later.'
        : `Too many failed sign-ins for this email. Try again in ${
            retryAfterSeconds >= 120 ? minutes(Math.ceil(retryAfterSeconds / 60)) : seconds(retryAfterSeconds)
          }.`,
    forbidden: 'You are not allowed to do this.',
    notFound: 'Not found (or not yours to see).',
    invalidFields: 'The server refused some fields:',
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
    description: 'create the demo practice (a coach and three clients) unless it exists',
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
    columnClient: 'Client',
    columnEmail: 'Email',
    columnStatus: 'Status',
    columnStartedOn: 'Started on',
    columnCoach: 'Coach',
    none: 'No engagements yet.',
    count: (n: number) => (n === 1 ? '1 engagement' : `${n} engagements`),
  },

  roles: { owner: 'owner', coach: 'coach', client: 'client' } satisfies Record<Role, string>,
  statuses: { invited: 'invited', active: 'active', paused: 'paused', ended: 'ended' } satisfies Record<Status, string>,
  languages: { en: 'English', lv: 'Latvian' } satisfies Record<Locale, string>,
};

export type Messages = typeof en;
