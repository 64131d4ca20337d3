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
    missingOption: (flags) => `opcija "${flags}" ir obligāta.`,
    optionMissingArgument: (flags) => `opcijai "${flags}" vajadzīga vērtība.`,
    excessArguments: (command) => `pārāk daudz argumentu komandai "${command}".`,
    unexpected: (message) => `kaut kas nogāja greizi: ${message}`,
    debugHint: 'Iestatiet TANDEM_DEBUG=1, lai redzētu sīkāku informāciju.',
    cancelled: 'Atcelts.',
  },

  common: {
    optServer:
      'Tandem serveris (pēc noklusējuma $TANDEM_URL, citādi tas, kurā pieteicāties pēdējo reizi, citādi http://localhost:3000)',
    optJson: 'izvadīt JSON, nevis tabulu',
    optGoal: 'mērķa identifikators (kā tā tīmekļa adresē, /goals/<id>)',
    invalidGoalId: (value) => `"${value}" nav mērķa identifikators: norādiet identifikatoru no mērķa adreses (/goals/<id>).`,
    fileUnreadable: (file, reason) => `nevar nolasīt ${file}: ${reason}.`,
    fileUnwritable: (file, reason) => `nevar ierakstīt ${file}: ${reason}.`,
    fileErrors: { ENOENT: 'tāda faila vai mapes nav', EACCES: 'nav atļaujas', EPERM: 'nav atļaujas', EISDIR: 'tā ir mape' },
    invalidServerUrl: (value) => `"${value}" nav servera adrese. Norādiet, piemēram, http://localhost:3000.`,
    invalidPort: (value) => `"${value}" nav porta numurs (no 0 līdz 65535).`,
    configInvalid: (detail) => `konfigurācija nav derīga: ${detail}`,
    notSignedIn: (server) => `Serverī ${server} nav pieteikšanās. Vispirms palaidiet \`tandem login\`.`,
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
      `Jūsu pieteikšanās serverī ${server} vairs nav derīga (komandrindas pilnvara ir atsaukta vai novecojusi). Palaidiet \`tandem login\` vēlreiz.`,
    invalidCredentials: 'Nepareizs e-pasts vai parole.',
    secondFactorRequired: 'Šim kontam ir divpakāpju pieteikšanās: norādiet kodu no autentifikatora lietotnes ar --code.',
    invalidSecondFactor: 'Kods nav pareizs, vai tas jau ir izmantots.',
    tooManyAttempts: (retryAfterSeconds) =>
      retryAfterSeconds === undefined
        ? 'Pārāk daudz neizdevušos pieteikšanās mēģinājumu ar šo e-pastu. Mēģiniet vēlreiz vēlāk.'
        : `Pārāk daudz neizdevušos pieteikšanās mēģinājumu ar šo e-pastu. Mēģiniet vēlreiz pēc ${
            retryAfterSeconds >= 120 ? afterMinutes(Math.ceil(retryAfterSeconds / 60)) : afterSeconds(retryAfterSeconds)
          }.`,
    forbidden: 'Jums nav atļauts to darīt.',
    notFound: 'Nav atrasts (vai nav jums redzams).',
    goalNotFound: 'Tāda mērķa nav, vai tas nav jūsu sadarbībās.',
    invalidFields: 'Serveris noraidīja dažus laukus:',
    databaseUnavailable: (retryAfterSeconds) =>
      `Servera datubāze pašlaik nav sasniedzama. Nekas netika mainīts; mēģiniet vēlreiz${retryAfterSeconds ? ` pēc ${afterSeconds(retryAfterSeconds)}` : ' nedaudz vēlāk'}.`,
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
    labelMail: 'E-pasts',
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
    description: 'izveidot demonstrācijas praksi (divi kouči un pieci klienti), ja tās vēl nav',
    created: 'Demonstrācijas prakse izveidota.',
    exists: 'Demonstrācijas prakse jau ir; nekas netika mainīts.',
  },

  login: {
    description: 'pieteikties Tandem serverī un saglabāt komandrindas pilnvaru nākamajām komandām',
    optEmail: 'jūsu e-pasts (ja nav norādīts, tiek vaicāts)',
    optPasswordStdin: 'nolasīt paroli no standarta ievades (skriptiem; vajadzīgs arī --email)',
    promptEmail: 'E-pasts: ',
    promptPassword: 'Parole: ',
    emailRequired: 'lai pieteiktos, vajadzīgs e-pasts.',
    passwordRequired: 'lai pieteiktos, vajadzīga parole.',
    passwordStdinNeedsEmail: 'kopā ar --password-stdin norādiet arī --email.',
    optCode: 'kods no autentifikatora lietotnes vai rezerves kods (tiek vaicāts, ja kontam tas vajadzīgs)',
    promptCode: 'Kods no autentifikatora lietotnes (vai rezerves kods): ',
    codeRequired: 'šim kontam ir divpakāpju pieteikšanās: vajadzīgs kods.',
    signedIn: (name, email, server) => `Serverī ${server} pieteicāties kā ${name} <${email}>.`,
    practiceRole: (practice, role) => `Prakse: ${practice} (${role}).`,
    tokenSaved: (path) => `Komandrindas pilnvara glabājas failā ${path}.`,
  },

  logout: {
    description: 'atsaukt komandrindas pilnvaru serverī un aizmirst to šeit',
    signedOut: (server) => `Izrakstījāties no servera ${server}; komandrindas pilnvara ir atsaukta un aizmirsta.`,
    alreadyInvalid: (server) => `Komandrindas pilnvara serverim ${server} vairs nebija derīga; tagad tā ir aizmirsta.`,
  },

  whoami: {
    description: 'parādīt, kas ir pieteicies',
    heading: (server) => `Pieteikšanās serverī ${server}:`,
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
    optSearch: 'tikai klienti, kuru vārdā vai e-pastā ir šis teksts (burtu lielums un diakritiskās zīmes nav svarīgas)',
    optStatus: 'tikai sadarbības šajā statusā',
    columnClient: 'Klients',
    columnEmail: 'E-pasts',
    columnStatus: 'Statuss',
    columnStartedOn: 'Sākta',
    columnCoach: 'Koučs',
    none: 'Sadarbību vēl nav.',
    count: (n) => (isOne(n) ? `${n} sadarbība` : `${n} sadarbības`),
    handOverDescription: 'nodot klientu citam prakses koučam (tikai prakses īpašniekam)',
    argClientEmail: 'klienta e-pasta adrese',
    optTo: 'tā kouča e-pasta adrese, kurš pārņem klientu',
    noClient: (email) => `Jūsu sadarbībās nav klienta ar e-pastu ${email}. Skatiet \`tandem engagements list\`.`,
    manyClients: (email, n) => `${email} ir klients ${n} atvērtās sadarbībās šeit; nododiet tās prakses lapā.`,
    noCoach: (email, coaches) => `Praksē nav kouča ar e-pastu ${email}. Tās kouči: ${coaches}.`,
    alreadyWith: (client, coach) => `Klientu ${client} jau koučo ${coach}; nekas netika mainīts.`,
    handedOver: (client, from, to) => `Klientu ${client} tagad koučo ${to} (līdz šim ${from}).`,
    inviteDescription: 'uzaicināt klientu: sadarbība un vienreizēja saite, ar kuru pievienoties',
    argClientName: 'klienta vārds',
    optSendEmail: 'lai Tandem nosūta saiti klientam pa e-pastu',
    invited: (name, email, until) => `Uzaicināts: ${name} <${email}>. Vienreizējās saites derīguma termiņš: ${until}. Saite:`,
    emailing: (email) => `Tandem to sūta uz ${email}.`,
    sendItYourself: 'Nosūtiet to paši vai nākamreiz izpildiet komandu ar --send-email.',
  },

  importCheckIns: {
    groupDescription: 'importēt datus no failiem',
    description: 'importēt rādītāju progresa ierakstus mērķī no CSV faila',
    argFile: 'CSV fails: virsraksta rinda, tad pa rindai katram progresa ierakstam',
    optDryRun: 'pārbaudīt failu pret mērķi, neko neimportējot',
    helpAfter: `
Fails (kolonnu nosaukumi angliski jebkurā valodā):
  date         diena, par kuru ir vērtības, GGGG-MM-DD (obligāti)
  <rādītājs>   pa kolonnai katram rādītājam ar tā nosaukumu (burtu lielums nav svarīgs) vai
               identifikatoru; tukšas šūnas tiek izlaistas
  confidence   cik pārliecināts jūtaties, vesels skaitlis no 0 līdz 10 (nav obligāti)
  note         daži vārdi par šo dienu (nav obligāti)
Kolonnas atdala komati (vai semikoli, kā tos saglabā izklājlapas latviešu valodas iestatījumos);
decimāldaļu atdala punkts: 7.5.

Piemērs:
  date,Skrējieni,confidence,note
  2026-03-02,2,6,
  2026-03-09,3,7,"Lija, bet skrēju"

Katru rindu sūta ar atslēgu, ko veido mērķis, faila saturs un rindas numurs: palaižot to pašu failu
vēlreiz pēc pārtraukuma vai kļūmes, nekas netiek importēts divreiz. Mainīts fails ir jauns imports.`,
    emptyFile: (file) => `${file} ir tukšs: vajadzīga virsraksta rinda (date, tad rādītāji) un pa rindai katram progresa ierakstam.`,
    notUtf8: (file) => `${file} nav UTF-8 teksts. Saglabājiet to kā "CSV UTF-8" un mēģiniet vēlreiz.`,
    unclosedQuote: (file, line) => `${file} nav derīgs CSV: ${line}. rindā atvērtais pēdiņās ietvertais lauks netiek aizvērts. Nekas netika importēts.`,
    strayQuote: (file, line) =>
      `${file} nav derīgs CSV: ${line}. rindā ir lieka pēdiņa (lauks, kurā ir pēdiņas, jāietver pēdiņās un katra pēdiņa tajā jādubulto). Nekas netika importēts.`,
    headerRefused: 'faila virsraksta rinda nav saprotama; nekas netika importēts:',
    unknownColumn: (title) => `nezināma kolonna "${title}": šim mērķim nav tāda rādītāja`,
    ambiguousColumn: (title) => `kolonna "${title}" atbilst vairākiem rādītājiem; norādiet rādītāja identifikatoru`,
    emptyColumn: (position) => `${position}. kolonnai nav nosaukuma`,
    repeatedColumn: (earlier, title) =>
      earlier === title ? `kolonna "${title}" ir divreiz` : `kolonnas "${earlier}" un "${title}" apzīmē vienu un to pašu`,
    missingDateColumn: 'nav kolonnas "date"',
    noMetricColumn: 'neviena kolonna nenosauc šī mērķa rādītāju',
    acceptedColumns: (names) => `Šis mērķis pieņem kolonnas: ${names.map((name) => `"${name}"`).join(', ')}.`,
    goalHasNoMetrics: 'Šim mērķim vēl nav rādītāju: vispirms pievienojiet tos.',
    wrongFieldCount: (found, expected) => `${found} ${isOne(found) ? 'lauks' : 'lauki'}, bet virsraksta rindā ir ${expected}`,
    dateMissing: 'trūkst datuma',
    notADate: (cell) => `"${cell}" nav datums; rakstiet to kā GGGG-MM-DD`,
    notAConfidence: (cell) => `"${cell}" nav pārliecības vērtējums: vesels skaitlis no 0 līdz 10`,
    decimalComma: (cell) => `"${cell}" nav skaitlis: decimāldaļu atdaliet ar punktu (${cell.replace(',', '.')})`,
    notANumber: (cell) => `"${cell}" nav skaitlis`,
    noValues: 'šajā rindā nav nevienas rādītāja vērtības',
    futureDate: 'datums ir nākotnē; progresa ieraksts var būt tikai par dienu, kas jau pienākusi',
    unknownMetric: 'šim mērķim nav tāda rādītāja (vai tas ir dzēsts?)',
    duplicateMetric: 'viens un tas pats rādītājs vienā rindā divreiz',
    keyReused: 'šī rinda jau agrāk importēta ar citu saturu; tas progresa ieraksts atstāts, kā bija',
    outsideScale: (min, max) => `jābūt no ${min} līdz ${max}`,
    goalNotActive: (title, state) =>
      `mērķa "${title}" stāvoklis ir "${state}": progresa ierakstus var pievienot tikai aktīviem mērķiem. Nekas netika importēts.`,
    dryRunHeading: (file, title) => `Fails ${file} pārbaudīts pret mērķi "${title}"; nekas netika importēts:`,
    labelReady: 'Gatavas rindas',
    labelProblems: 'Rindas ar problēmām',
    dryRunHint: 'Izlabojiet šīs rindas un tad importējiet failu.',
    dryRunOk: 'Palaidiet to pašu komandu bez --dry-run, lai tās importētu.',
    summaryHeading: (file, title) => `Progresa ieraksti no ${file} mērķī "${title}":`,
    labelImported: 'Importēti',
    labelReplayed: 'Jau bija importēti (atkārtoti)',
    labelFailed: 'Neizdevās',
    stepRow: (line, date) => `${line}. rinda, ${date}`,
    interrupted: (sent, total) =>
      `Pirms tam ${isOne(sent) ? 'nosūtīta' : 'nosūtītas'} ${sent} no ${total} ${isOne(total) ? 'rindas' : 'rindām'}. Palaidiet to pašu komandu vēlreiz: jau importētās rindas netiks importētas divreiz.`,
    rowsFailed: (n) => (isOne(n) ? `${n} rinda netika importēta:` : `${n} rindas netika importētas:`),
    problemInRow: (line, message) => `${line}. rinda: ${message}`,
    problemInField: (line, field, message) => `${line}. rinda, ${field}: ${message}`,
    fixHint:
      'Izlabojiet šīs rindas failā un palaidiet to pašu komandu vēlreiz: jau importētās rindas netiks importētas divreiz.',
  },

  backup: {
    description: 'nokopēt visu datubāzi (iegulto vai PostgreSQL) vienā failā, ar progresa joslu',
    restoreDescription: 'ielādēt rezerves kopiju konfigurētajā datubāzē: tās shēmu, visas rindas, tad jaunākās migrācijas',
    argFile: 'rezerves kopijas fails (gzip saspiestas JSON rindas), piem., tandem-2026-03-02.backup.gz',
    optForce: 'pārrakstīt failu, ja tas jau ir',
    optReplace: 'aizstāt visu, kas ir datubāzē (bez šī datubāze ar datiem tiek atteikta)',
    fileExists: (file) => `${file} jau ir; izvēlieties citu nosaukumu vai pievienojiet --force.`,
    stepTable: (table, rows) => `${table} (${rows} ${isOne(rows) ? 'rinda' : 'rindas'})`,
    written: (file, rows, tables) => `${rows} ${isOne(rows) ? 'rinda' : 'rindas'} no ${tables} tabulām saglabātas failā ${file}.`,
    restored: (file, rows, tables) => `${rows} ${isOne(rows) ? 'rinda' : 'rindas'} no ${tables} tabulām atjaunotas no faila ${file}.`,
    schemaAt: (migration) => `Shēma: ${migration}`,
    labelRows: 'rindas',
    problems: {
      not_migrated: () => 'datubāzē vēl nav Tandem shēmas: nav ko saglabāt.',
      not_a_backup: () => 'šis nav Tandem rezerves kopijas fails.',
      truncated: () => 'rezerves kopijas fails ir nepilnīgs (nepabeigta kopija?); nekas netika mainīts.',
      corrupt: (detail) => `rezerves kopijas fails ir bojāts (${detail}); nekas netika mainīts.`,
      newer_schema: (migration) => `rezerves kopija ir no jaunākas Tandem versijas (migrācija ${migration}); vispirms atjauniniet Tandem. Nekas netika mainīts.`,
      target_newer: (migration) =>
        `datubāzes shēma (migrācija ${migration}) ir jaunāka par rezerves kopiju; atjaunojiet tukšā datubāzē. Nekas netika mainīts.`,
      target_not_empty: (table) => `datubāzē jau ir dati (${table}); pievienojiet --replace, lai tos aizstātu. Nekas netika mainīts.`,
    },
  },

  exportGoal: {
    description: 'izvadīt mērķa vēsturi (progresa ierakstus, rādītājus, redakcijas, progresu) JSON vai CSV formātā',
    optFormat: 'csv vai json (pēc noklusējuma pēc --output paplašinājuma, citādi json)',
    optOutput: 'rakstīt šajā failā, nevis standarta izvadē',
    helpAfter: `
JSON: { goal, metrics, checkIns, revisions, progress }, kā tos sniedz API.
CSV:  pa rindai katram progresa ierakstam pēc datuma: date,kind,author,confidence,<pa kolonnai katram rādītājam>,text.
      Labots progresa ieraksts dod vietu labojumam; JSON saglabā abus.`,
    unknownFormat: (value) => `"${value}" nav formāts: izvēlieties csv vai json.`,
    written: (title, count, file, format) =>
      `Mērķa "${title}" vēsture ierakstīta failā ${file} (${format}, ${count} ${isOne(count) ? 'progresa ieraksts' : 'progresa ieraksti'}).`,
  },

  roles: { owner: 'īpašnieks', coach: 'koučs', client: 'klients' },
  statuses: { invited: 'uzaicināta', active: 'aktīva', paused: 'apturēta', ended: 'beigusies' },
  goalStates: { draft: 'melnraksts', proposed: 'ierosināts', active: 'aktīvs', achieved: 'sasniegts', dropped: 'atmests' },
  languages: { en: 'angļu', lv: 'latviešu' },
};
