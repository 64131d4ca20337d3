/**
 * The words the SMART rules listen for, in English and Latvian. A draft is judged in both
 * languages whatever the reader's language: a Latvian goal is read with Latvian words.
 *
 * A phrase is a list of consecutive word slots; each slot lists alternatives. An alternative
 * ending in `*` is a stem and matches any ending, which is how Latvian inflections are caught:
 * `uzlabo*` matches uzlabot, uzlabošu, uzlabo, uzlabojot. English verbs list their forms.
 */
export type WordPattern = {
  words: readonly (readonly string[])[];
  /** Look-alike words that mean something else: `vadītāj*` is a manager, not "to lead". */
  except?: readonly string[];
  /** "learn" is vague, but concrete when it names its object: "learn Spanish". */
  isConcreteWhenNamed?: boolean;
};

/** The forms of a regular English verb (improve, improves, improved, improving), plus irregular ones. */
function verb(base: string, ...irregular: string[]): string[] {
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  const last = base.slice(-1);
  const forms = [base, `${base}s`, `${base}es`, `${base}d`, `${base}ed`, `${stem}ing`, `${stem}ed`];
  const doubled = [`${base}${last}ing`, `${base}${last}ed`];
  const ies = base.endsWith('y') ? [`${base.slice(0, -1)}ies`, `${base.slice(0, -1)}ied`] : [];
  return [...new Set([...forms, ...doubled, ...ies, ...irregular])];
}

const one = (...alternatives: string[]): WordPattern => ({ words: [alternatives] });
const phrase = (...slots: (string | string[])[]): WordPattern => ({
  words: slots.map((slot) => (typeof slot === 'string' ? [slot] : slot)),
});

const BE = ['be', 'being', 'am', 'is', 'are', 'become', 'becoming', 'get', 'getting'];

/** Verbs and phrases that name a wish rather than an action: "improve", "uzlabot", "be more". */
export const VAGUE_PHRASES: readonly WordPattern[] = [
  one(...verb('improve')),
  one(...verb('enhance')),
  one(...verb('develop')),
  one(...verb('grow', 'grew', 'grown')),
  one(...verb('boost')),
  one(...verb('strengthen')),
  one(...verb('increase')),
  one(...verb('optimize'), ...verb('optimise')),
  one(...verb('maximize'), ...verb('maximise')),
  one(...verb('explore')),
  one(...verb('understand', 'understood')),
  { words: [verb('learn', 'learnt')], isConcreteWhenNamed: true },
  phrase(verb('work', 'worked'), 'on'),
  phrase(verb('focus', 'focussing'), 'on'),
  phrase(verb('try'), 'to'),
  phrase(BE, ['a', 'an'], 'better'),
  phrase(BE, ['better', 'more']),
  one('better'),
  one('more'),
  // Latvian
  one('uzlabo*'),
  one('attīstī*', 'attīstu', 'attīsti', 'attīstot'),
  one('pilnveido*'),
  phrase(['strādā*', 'strādāj*'], 'pie'),
  one('censt*', 'cenš*', 'centī*'),
  one('mēģinā*', 'mēģinu', 'mēģini*'),
  phrase(['kļūt', 'kļūtu', 'kļūšu', 'kļūsim', 'kļūs', 'kļūstu', 'kļūst', 'kļuvu'], ['labāk*', 'vairāk']),
  phrase(['kļūt', 'kļūtu', 'kļūšu', 'kļūsim', 'kļūs', 'kļūstu', 'kļūst', 'kļuvu'], 'par', 'labāk*'),
  one('labāk*'),
  one('vairāk'),
  one('palielinā*', 'palielinu'),
  one('stiprinā*', 'stiprinu', 'nostiprinā*'),
  one('paaugstinā*'),
  one('veicinā*'),
  one('koncentrē*', 'fokusē*'),
  one('optimizē*'),
  one('augt', 'izaugsm*'),
  one('izprast*', 'izprot*'),
  { words: [['mācī*', 'iemācī*', 'apgū*', 'apguv*']], except: ['mācīb*'] },
];

/** Verbs that name something a person does and can be seen doing: "deliver", "nolasīt". */
export const CONCRETE_VERBS: readonly WordPattern[] = [
  ...[
    verb('deliver'), verb('present'), verb('write', 'wrote', 'written'), verb('publish'),
    verb('complete'), verb('finish'), verb('run', 'ran'), verb('lead', 'led'), verb('hire'),
    verb('launch'), verb('sign'), verb('read'), verb('submit'), verb('enroll'),
    verb('enrol'), verb('mentor'), verb('give', 'gave', 'given'), verb('hold', 'held'),
    verb('speak', 'spoke', 'spoken'), verb('ship'), verb('organize'), verb('organise'),
    verb('attend'), verb('host'), verb('build', 'built'), verb('create'), verb('pass'),
    verb('coach'), verb('interview'), verb('draft'), verb('teach', 'taught'), verb('train'),
    verb('sell', 'sold'), verb('close'), verb('save'), verb('lose', 'lost'), verb('pay', 'paid'),
    verb('visit'), verb('prepare'), verb('send', 'sent'), verb('call'), verb('contact'),
    verb('walk'), verb('swim', 'swam'), verb('cycle'), verb('join'), verb('volunteer'),
    verb('delegate'), verb('shadow'), verb('schedule'), verb('apply', 'applied'),
  ].map((forms) => one(...forms)),
  // Latvian
  one('noturē*', 'noturu', 'noturot', 'noturi'),
  one('nolasī*', 'nolasu', 'nolasot'),
  one('uzrakst*', 'rakstī*'),
  one('publicē*'),
  one('pabeig*', 'pabeidz*'),
  one('noskrie*', 'noskrē*', 'skrie*', 'skrēj*'),
  { words: [['vadī*', 'vadu', 'vadot', 'novadī*', 'novadot']], except: ['vadītāj*', 'vadīb*'] },
  phrase(['pieņem*', 'pieņēm*'], 'darbā'),
  one('palaist', 'palaid*', 'palaiž*'),
  one('iesnieg*', 'iesniedz*'),
  one('sagatavo*'),
  { words: [['uzstā*']], except: ['uzstād*', 'uzstājīg*'] },
  { words: [['iestā*']], except: ['iestād*'] },
  one('mentorē*'),
  one('prezentē*'),
  one('izlasī*', 'izlasot', 'lasī*'),
  one('izveido*'),
  one('organizē*'),
  one('sniegt', 'sniegšu', 'sniedz*'),
  one('pieteik*', 'piesak*', 'pieteic*'),
  one('nokārto*'),
  one('apmeklē*'),
  one('piedalī*', 'piedalos', 'piedaloties'),
  one('noslēg*', 'noslēdz*'),
  one('parakst*'),
  one('nosūtī*'),
  one('sazinā*'),
  one('apmācī*'),
  one('intervē*'),
  one('veikt', 'veikšu', 'veiksim', 'veicu', 'veic', 'veicot'),
  // "iet uz sporta zāli": going somewhere is seen being done. Its forms are listed, as a stem
  // `ie*` would take in "iegūt", "ieviest" and the like.
  one('iet', 'iešu', 'iesi', 'ies', 'iesim', 'iesiet', 'eju', 'ej', 'ejam', 'ejat', 'ejot', 'gāju', 'gāja', 'gājām'),
];

/** Words that say "more" without saying how much: measurable only partly. */
export const COMPARATIVE_WORDS: readonly WordPattern[] = [
  one('more', 'less', 'fewer', 'faster', 'higher', 'lower', 'bigger', 'greater', 'larger', 'smaller'),
  one(...verb('increase'), ...verb('reduce'), ...verb('decrease')),
  one('vairāk', 'mazāk', 'ātrāk*', 'augstāk*', 'zemāk*', 'biežāk*', 'retāk*', 'lielāk*'),
  one('palielinā*', 'palielinu', 'samazinā*', 'samazinu'),
];

/** Words that carry the goal's purpose inside the statement: "so that", "lai". */
export const PURPOSE_PHRASES: readonly WordPattern[] = [
  phrase('so', 'that'),
  phrase('in', 'order', 'to'),
  phrase('to', 'become'),
  phrase('so', ['i', 'we'], 'can'),
  one('because'),
  one('lai'),
  phrase(['tādēļ', 'tāpēc'], 'ka'),
  one('jo'),
];

/** Small words that carry no detail of their own, so they do not count as detail. */
export const FILLER_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'my', 'our', 'your', 'his', 'her', 'their', 'its', 'of', 'to', 'in', 'on',
  'at', 'for', 'with', 'by', 'and', 'or', 'as', 'be', 'is', 'am', 'are', 'i', 'we', 'me', 'it',
  'this', 'that', 'so', 'more', 'very', 'really', 'skills', 'skill', 'own',
  'savu', 'savas', 'savus', 'savs', 'sava', 'savā', 'savai', 'savam', 'mans', 'manu', 'mana',
  'manas', 'mūsu', 'un', 'vai', 'ar', 'uz', 'par', 'pie', 'no', 'līdz', 'lai', 'kā', 'ir',
  'būt', 'es', 'mēs', 'tas', 'to', 'tā', 'šo', 'šī', 'arī', 'vēl', 'ļoti', 'prasmes', 'prasmi',
]);

/** Words that join two parts of a statement; a quoted action stops before them. */
export const JOINING_WORDS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'by', 'so', 'un', 'vai', 'bet', 'lai']);

/** "speaking skills", "rakstīšanas prasmes": a verb naming a skill is not yet an action. */
export const SKILL_WORDS: ReadonlySet<string> = new Set(['skill', 'skills', 'ability', 'abilities', 'prasme', 'prasmes', 'prasmi', 'prasmju']);

/** Number words one to twelve, with the Latvian forms a count takes in a sentence. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map<string, number>([
  ...(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'] as const).map(
    (word, index): [string, number] => [word, index + 1],
  ),
  ...['viens', 'viena', 'vienas', 'vienu', 'vienam', 'vienai', 'vienā'].map((word): [string, number] => [word, 1]),
  ...['trīs', 'trijos', 'trijās'].map((word): [string, number] => [word, 3]),
  ...(
    [['div', 2], ['četr', 4], ['piec', 5], ['seš', 6], ['septiņ', 7], ['astoņ', 8], ['deviņ', 9]] as const
  ).flatMap(([stem, value]) =>
    ['i', 'as', 'us', 'u', 'iem', 'ām', 'os', 'ās'].map((ending): [string, number] => [`${stem}${ending}`, value]),
  ),
  ['desmit', 10],
  ['vienpadsmit', 11],
  ['divpadsmit', 12],
]);
