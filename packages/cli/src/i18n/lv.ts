// Every string the `tandem` command shows a person, in Latvian. The same keys as en.ts.
import type { Messages } from './en.ts';

const plural = new Intl.PluralRules('lv');
const isOne = (n: number) => plural.select(n) === 'one';

/** "pēc 1 sekundes", "pēc 30 sekundēm": after "pēc" the genitive singular, the dative plural. */
const afterSeconds = (n: number) => `${n} ${isOne(n) ? 'sekundes' : 'sekundēm'}`;
const afterMinutes = (n: number) => `${n} ${isOne(n) ? 'minūtes' : 'minūtēm'}`;
/** "1 sekundes laikā", "15 sekunžu laikā": the genitive. */
const withinSeconds = (n: number) => `${n} ${isOne(n) ? 'sekundes' : 'sekunžu'}`;

export const lv: Messages = {
  program: {
    description: 'Tandem, koučinga platforma: palaidiet serveri, uzturiet tā datubāzi un strādājiet ar savu praksi.',
    version: 'parādīt versijas numuru',
    help: 'parādīt komandas palīdzību',
    helpCommand: 'parādīt komandas palīdzību',
    titles: {
      'Usage:': 'Lietojums:',
      'Options:': 'Opcijas:',
      'Commands:': 'Komandas:',
      'Arguments:': 'Argumenti:',
      'Global Options:': 'Vispārīgās opcijas:',
    },
    usageOptions: '[opcijas]',
    usageCommand: '[komanda]',
    errorPrefix: 'Kļūda:',
    unknownCommand: (name) => `nezināma komanda "${name}". Palaidiet \`tandem --help\`, lai redzētu komandas.`,
    unknownOption: (flag) => `nezināma opcija "${flag}".`,
    didYouMean: (candidate) => `Vai domājāt ${candidate}?`,
    missingArgument: (name) => `trūkst argumenta "${name}".`,
    optionMissingArgument: (flags) => `opcijai "${flags}" vajadzīga vērtība.`,
    excessArguments: (command) => `pārāk daudz argumentu komandai "${command}".`,
    unexpected: (message) => `kaut kas nogāja greizi: ${message}`,
    debugHint: 'Iestatiet TANDEM_DEBUG=1, lai redzētu sīkāku informāciju.',
    cancelled: 'Atcelts.',
  },

  common: {
    optServer:
      'Tandem serveris (pēc noklusējuma $TANDEM_URL, citādi tas, kurā pierakstījāties pēdējo reizi, citādi http://localhost:3000)',
    optJson: 'izvadīt JSON, nevis tabulu',
    invalidServerUrl: (value) => `"${value}" nav servera adrese. Norādiet, piemēram, http://localhost:3000.`,
    invalidPort: (value) => `"${value}" nav porta numurs (no 0 līdz 65535).`,
    configInvalid: (detail) => `konfigurācija nav derīga: ${detail}`,
    notSignedIn: (server) => `Serverī ${server} nav pierakstīšanās. Vispirms palaidiet \`tandem login\`.`,
    credentialsUnreadable: (path) => `nevar nolasīt ${path}; izlabojiet vai izdzēsiet to un palaidiet \`tandem login\`.`,
    labelDatabase: 'Datubāze',
    dbEmbedded: (dir) => `iebūvētais PGlite mapē ${dir}`,
    dbPostgres: (url) => `PostgreSQL: ${url}`,
    dbOpenFailed: (message) => `nevar atvērt datubāzi: ${message}`,
    migrationsFailed: (message) => `migrācijas neizdevās piemērot, nekas netika mainīts: ${message}`,
    stepOpen: 'Atver datubāzi',
    stepMigrate: 'Piemēro migrācijas',
    stepSeed: 'Izveido demonstrācijas praksi',
    stepDone: 'Gatavs',
    demoLoginsTitle: 'Demonstrācijas konti (izmēģinājumiem, nevis īstiem klientiem):',
    columnRole: 'Loma',
    columnName: 'Vārds',
    columnEmail: 'E-pasts',
    columnPassword: 'Parole',
    none: '—',
  },

  api: {
    refused: (server) =>
      `Nevar sasniegt Tandem serveri ${server}: savienojums atteikts. Vai tas darbojas? Palaidiet to ar \`tandem serve\` vai norādiet --server.`,
    unknownHost: (server) => `Nezināms serveris ${server}: tā resursdatora nosaukumu nevar atrast.`,
    timeout: (server, secondsWaited) => `Tandem serveris ${server} neatbildēja ${withinSeconds(secondsWaited)} laikā.`,
    unreachable: (server, reason) => `Nevar sasniegt Tandem serveri ${server} (${reason}).`,
    notTandem: (server, status) => `${server} neizskatās pēc Tandem servera (tas atbildēja ar HTTP ${status}). Pārbaudiet adresi.`,
    signInExpired: (server) =>
      `Jūsu pierakstīšanās serverī ${server} vairs nav derīga (piekļuves marķieris ir atsaukts vai novecojis). Palaidiet \`tandem login\` vēlreiz.`,
    invalidCredentials: 'Nepareizs e-pasts vai parole.',
    tooManyAttempts: (retryAfterSeconds) =>
      retryAfterSeconds === undefined
        ? 'Pārāk daudz neizdevušos pierakstīšanās mēģinājumu ar šo e-pastu. Mēģiniet vēlreiz vēlāk.'
        : `Pārāk daudz neizdevušos pierakstīšanās mēģinājumu ar šo e-pastu. Mēģiniet vēlreiz pēc ${
            retryAfterSeconds >= 120 ? afterMinutes(Math.ceil(retryAfterSeconds / 60)) : afterSeconds(retryAfterSeconds)
          }.`,
    forbidden: 'Jums nav atļauts to darīt.',
    notFound: 'Nav atrasts (vai nav jums redzams).',
    invalidFields: 'Serveris noraidīja dažus laukus:',
    serverFailed: (status) => `Serverī radās kļūda (HTTP ${status}). Nekas netika mainīts.`,
    unexpectedAnswer: (status) => `Serveris atbildēja tā, kā šī tandem versija nesaprot (HTTP ${status}).`,
  },

  serve: {
    description: 'palaist Tandem serveri (iestatījumi: PORT, HOST, DATABASE_URL, TANDEM_DATA_DIR, TANDEM_DEMO...)',
    optPort: 'ports, kurā klausīties (aizstāj PORT; pēc noklusējuma 3000; 0 izvēlas brīvu)',
    starting: 'Palaiž Tandem...',
    running: (url) => `Tandem darbojas: ${url}`,
    labelMigrations: 'Migrācijas',
    labelDemo: 'Demonstrācija',
    migrationsApplied: (ids) => `piemērotas ${ids.join(', ')}`,
    migrationsUpToDate: 'aktuālas',
    demoCreated: 'demonstrācijas prakse izveidota',
    demoExisting: 'demonstrācijas prakse jau ir',
    demoOff: 'izslēgta (TANDEM_DEMO=on to izveido)',
    labelApiDocs: 'API apraksts',
    pressCtrlC: 'Nospiediet Ctrl+C, lai apturētu.',
    stopping: 'Aptur Tandem...',
    stopped: 'Apturēts.',
    portInUse: (port) => `ports ${port} jau ir aizņemts. Apturiet otru programmu vai izvēlieties citu portu ar --port.`,
    portDenied: (port) => `nav atļauts klausīties portā ${port}. Izvēlieties portu virs 1023 ar --port.`,
    startFailed: (message) => `Tandem neizdevās palaist: ${message}`,
  },

  migrate: {
    description: 'piemērot datubāzes migrācijas, kas vēl nav piemērotas',
    applied: (count) => (isOne(count) ? `Piemērota ${count} migrācija:` : `Piemērotas ${count} migrācijas:`),
    upToDate: 'Datubāze ir aktuāla: nav nevienas migrācijas, ko piemērot.',
  },

  seedDemo: {
    description: 'izveidot demonstrācijas praksi (koučs un trīs klienti), ja tās vēl nav',
    created: 'Demonstrācijas prakse izveidota.',
    exists: 'Demonstrācijas prakse jau ir; nekas netika mainīts.',
  },

  login: {
    description: 'pierakstīties Tandem serverī un saglabāt API piekļuves marķieri nākamajām komandām',
    optEmail: 'jūsu e-pasts (ja nav norādīts, tiek vaicāts)',
    optPasswordStdin: 'nolasīt paroli no standarta ievades (skriptiem; vajadzīgs arī --email)',
    promptEmail: 'E-pasts: ',
    promptPassword: 'Parole: ',
    emailRequired: 'lai pierakstītos, vajadzīgs e-pasts.',
    passwordRequired: 'lai pierakstītos, vajadzīga parole.',
    passwordStdinNeedsEmail: 'kopā ar --password-stdin norādiet arī --email.',
    signedIn: (name, email, server) => `Serverī ${server} pierakstījāties kā ${name} <${email}>.`,
    practiceRole: (practice, role) => `Prakse: ${practice} (${role}).`,
    tokenSaved: (path) => `API piekļuves marķieris glabājas failā ${path}.`,
  },

  logout: {
    description: 'atsaukt API piekļuves marķieri serverī un aizmirst to šeit',
    signedOut: (server) => `Izrakstījāties no servera ${server}; piekļuves marķieris ir atsaukts un aizmirsts.`,
    alreadyInvalid: (server) => `Piekļuves marķieris serverim ${server} vairs nebija derīgs; tagad tas ir aizmirsts.`,
  },

  whoami: {
    description: 'parādīt, kas ir pierakstījies',
    heading: (server) => `Pierakstīšanās serverī ${server}:`,
    labelName: 'Vārds',
    labelEmail: 'E-pasts',
    labelPractice: 'Prakse',
    labelRole: 'Loma',
    labelLanguage: 'Valoda',
    labelTimeZone: 'Laika josla',
  },

  engagements: {
    description: 'koučinga sadarbības, kurās piedalāties',
    listDescription: 'uzskaitīt jūsu sadarbības: klients, statuss, sākums un koučs',
    columnClient: 'Klients',
    columnEmail: 'E-pasts',
    columnStatus: 'Statuss',
    columnStartedOn: 'Sākta',
    columnCoach: 'Koučs',
    none: 'Sadarbību vēl nav.',
    count: (n) => (isOne(n) ? `${n} sadarbība` : `${n} sadarbības`),
  },

  roles: { owner: 'īpašnieks', coach: 'koučs', client: 'klients' },
  statuses: { invited: 'uzaicināta', active: 'aktīva', paused: 'apturēta', ended: 'beigusies' },
  languages: { en: 'angļu', lv: 'latviešu' },
};
