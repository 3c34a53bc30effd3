/**
 * Builds the default dataset, data/factsheet.json (format version 2), from the research
 * ledger (version 2).
 *
 *   npx tsx scripts/import-ledger.ts [path-to-facts.json]
 *
 * The ledger path defaults to ../shared/research/facts.json (relative to the project
 * root); metrics.json, corrections.md, new-entries.md and merge-log.md are read from the
 * same folder. The output is deterministic: the same ledger folder always gives a
 * byte-identical file.
 *
 * Rules (see data/PROVENANCE.md):
 * - Numbers, dates, statuses, qualifiers, periods and quotes are copied from the ledger,
 *   never changed. The ledger's `evidence` and `evidence_en` are for checking only and
 *   are never copied.
 * - Every claimant string must be in the claimant table or in the regular
 *   "Country: body" form with a known country and body; every claimant note must be in
 *   CLAIMANT_NOTES; every event needs a title in EVENT_TITLES. Anything unknown throws, so
 *   a new ledger entry is reviewed by a person instead of being guessed at.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { numbersInText } from '../src/data/numbers-in-text.ts';
import type {
  Actor,
  Change,
  FactEvent,
  Factsheet,
  Figure,
  Measure,
  Meta,
  Metric,
  Qualifier,
  Source,
  Statement,
  Status,
  SummarySentence,
  Topic,
} from '../src/data/schema.ts';
import { MEASURES, QUALIFIERS, STATUSES } from '../src/data/schema.ts';
import { formatProblem, validateFactsheet } from '../src/data/validate.ts';
import { MONTH_NAMES, parseDate } from '../src/model/dates.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_LEDGER = resolve(ROOT, '../shared/research/facts.json');
const OUTPUT = resolve(ROOT, 'data/factsheet.json');

// ---------------------------------------------------------------------------------------
// The ledger's shape (shared/research/LEDGER.md)
// ---------------------------------------------------------------------------------------

interface LedgerSource {
  outlet: string;
  headline: string | null;
  url: string;
  published: string | null;
  archive_url: string | null;
  via: string | null;
  language: string;
}

interface LedgerPeriod {
  from: string;
  to: string;
}

interface LedgerEntry {
  id: string;
  kind: 'statement' | 'event' | 'troops' | 'supplies' | 'casualties';
  date: string;
  reported: string | null;
  claimant: string;
  claimant_note: string | null;
  actors: string[];
  topics: string[];
  summary: string;
  source: LedgerSource;
  evidence: string;
  language: string;
  status: string;
  qualifier: string | null;
  period: LedgerPeriod | null;
  metric?: string | null;
  value?: number | null;
  unit?: string | null;
  low?: number | null;
  high?: number | null;
  speaker?: string | null;
  speaker_role?: string | null;
  quote?: string | null;
  quote_en?: string | null;
  context?: string | null;
}

interface LedgerMetric {
  id: string;
  name: string;
  unit: string;
  topic: string;
  measure: string;
  headline: boolean;
  reference: string | null;
  definition: string;
}

// ---------------------------------------------------------------------------------------
// Catalogues: actors and topics
// ---------------------------------------------------------------------------------------

/**
 * Every actor the dataset may use, in display order. `party` marks a real party (a state
 * or organisation) as opposed to an honest bucket for claimants that are not one
 * government. Only actors that some record uses are written out.
 */
const ACTOR_CATALOGUE = [
  { id: 'north-korea', name: 'North Korea', short: 'DPRK', party: true },
  { id: 'russia', name: 'Russia', party: true },
  { id: 'ukraine', name: 'Ukraine', party: true },
  { id: 'south-korea', name: 'South Korea', short: 'ROK', party: true },
  { id: 'united-states', name: 'United States', short: 'US', party: true },
  { id: 'united-kingdom', name: 'United Kingdom', short: 'UK', party: true },
  { id: 'nato', name: 'NATO', party: true },
  { id: 'msmt', name: 'Multilateral Sanctions Monitoring Team', short: 'MSMT', party: true },
  // Kinds of claimant that are not one government.
  { id: 'news-media', name: 'News media', party: false },
  { id: 'research-groups', name: 'Research groups', party: false },
  { id: 'anonymous-sources', name: 'Anonymous sources', party: false },
] as const;

type ActorId = (typeof ACTOR_CATALOGUE)[number]['id'];

/** Ledger actor name -> actor id; null means "drop it" (the ledger's vague "Other"). */
const LEDGER_ACTORS: Record<string, ActorId | null> = {
  'North Korea': 'north-korea',
  Russia: 'russia',
  Ukraine: 'ukraine',
  'South Korea': 'south-korea',
  'United States': 'united-states',
  Other: null,
};

const TOPIC_CATALOGUE = [
  { id: 'troops', name: 'Troops' },
  { id: 'casualties', name: 'Casualties' },
  { id: 'supplies', name: 'Arms and supplies' },
  { id: 'diplomacy', name: 'Diplomacy' },
  { id: 'rhetoric', name: 'Rhetoric' },
] as const;

type TopicId = (typeof TOPIC_CATALOGUE)[number]['id'];

/** Ledger topic -> topic id; null means "drop it" ("statements" is a kind, not a topic). */
const LEDGER_TOPICS: Record<string, TopicId | null> = {
  troops: 'troops',
  casualties: 'casualties',
  supplies: 'supplies',
  diplomacy: 'diplomacy',
  rhetoric: 'rhetoric',
  statements: null,
};

// ---------------------------------------------------------------------------------------
// Claimants
// ---------------------------------------------------------------------------------------

/** One claimant: the pair (claimant, claimantDetail) identifies one claimant series. */
interface Claimant {
  claimant: ActorId;
  /** The organisation or person, spelled the same every time it is used. */
  claimantDetail?: string;
  /** A sentence for a figure's note: who spoke for the body, or whom an outlet credits. */
  note?: string;
}

/** The country before the colon of a regular ledger claimant ("South Korea: …"). */
const COUNTRIES: Record<string, ActorId> = {
  'North Korea': 'north-korea',
  Russia: 'russia',
  Ukraine: 'ukraine',
  'South Korea': 'south-korea',
  'United States': 'united-states',
  'United Kingdom': 'united-kingdom',
  NATO: 'nato',
};

const HUR = 'Defence Intelligence (HUR)';

/**
 * Every body or person that may follow "Country: " in the ledger. An empty entry keeps
 * the ledger's spelling (with a capital first letter). Where a person speaks for an
 * organisation (a chief, a spokesman, an assessment shared with a paper), the
 * organisation is the detail, so that all its figures form one series, and the person
 * goes in the note. Heads of state, ministers and ambassadors speaking in their own name
 * keep their title and name. A body that is not here throws: a new spelling of a known
 * body would otherwise silently start a new claimant series.
 */
const BODIES: Record<string, { detail?: string; note?: string }> = {
  // South Korea
  'National Intelligence Service': {},
  'Defense Intelligence Agency': {},
  'Joint Chiefs of Staff': {},
  'Ministry of Foreign Affairs': {},
  'Ministry of Foreign Affairs official; Chosun Ilbo interview': { detail: 'Ministry of Foreign Affairs' },
  'Ministry of National Defense': {},
  'Defence Minister Shin Won-sik': {},
  'Defence Minister Kim Yong-hyun': {},
  'President Yoon Suk Yeol': {},
  'Ambassador to the UN Hwang Joon-kook': {},
  'Rep. Yu Yong-weon': {},
  // Ukraine
  'President Volodymyr Zelensky': {},
  'Defence Minister Rustem Umerov': {},
  'Ambassador to South Korea Dmytro Ponomarenko': {},
  'Alyona Getmanchuk': {},
  [HUR]: {},
  'Defence Intelligence': { detail: HUR },
  'Defence Intelligence (HUR) chief Kyrylo Budanov': {
    detail: HUR,
    note: 'Said by HUR chief Kyrylo Budanov.',
  },
  'Defence Intelligence (HUR) spokesman': { detail: HUR, note: 'Said by a HUR spokesman.' },
  'Defence Intelligence (HUR) assessment': { detail: HUR },
  'Defence Intelligence (HUR), assessment shared with JoongAng Ilbo': {
    detail: HUR,
    note: 'An assessment shared with JoongAng Ilbo.',
  },
  // Anonymous officials are not the body speaking on the record: a series of their own.
  'military intelligence officials': {},
  'military source': {},
  'Center for Countering Disinformation': {},
  "Prosecutor General's Office": {},
  'Special Operations Forces': {},
  // United States
  'White House National Security Council': {},
  'State Department': {},
  'Department of Defense': {},
  'Secretary of State Antony Blinken': {},
  'Secretary of Defense Lloyd Austin': {},
  'Deputy Ambassador to the UN Robert Wood': {},
  'President Donald Trump': {},
  'President-elect Donald Trump': {},
  // United Kingdom, NATO
  'Ministry of Defence': {},
  'Secretary General Mark Rutte': {},
  // Russia
  'President Vladimir Putin': {},
  'Foreign Minister Sergey Lavrov': {},
  'Security Council Secretary Sergei Shoigu': {},
  'Kursk Governor Alexander Khinshtein': {},
  'Kremlin spokesman Dmitry Peskov': { detail: 'Kremlin', note: 'Said by spokesman Dmitry Peskov.' },
  'Chief of the General Staff Valery Gerasimov': {
    detail: 'General Staff',
    note: 'Said by the Chief of the General Staff, Valery Gerasimov.',
  },
  'Defence Ministry newspaper Krasnaya Zvezda': {},
  Sputnik: {},
  // North Korea
  'Kim Jong Un': {},
  'Foreign Minister Choe Son Hui': {},
  'Vice Foreign Minister Kim Jong Gyu': {},
  'Foreign Ministry': {},
  'representative at the UN': {},
  'WPK Central Military Commission': {},
  KCNA: {},
  'state media (KCNA)': { detail: 'KCNA' },
  'state media': {},
  'state TV': {},
};

/**
 * Claimant strings that are not in the regular "Country: body" form: news outlets,
 * research groups, anonymous groups and composite lines. For anonymous groups the outlet
 * that carried them is part of the detail, since it is the only thing that tells one
 * unnamed group from another.
 */
const CLAIMANT_EXCEPTIONS: Record<string, Claimant> = {
  'Multilateral Sanctions Monitoring Team': { claimant: 'msmt' },
  'Multilateral Sanctions Monitoring Team (11 states)': { claimant: 'msmt' },
  'Ukraine: President Volodymyr Zelensky and SBU; confirmed by South Korea: National Intelligence Service': {
    claimant: 'ukraine',
    claimantDetail: 'President Volodymyr Zelensky',
    note: "Announced by Zelensky and the SBU; South Korea's National Intelligence Service confirmed it.",
  },
  'Ukrainian military source (anonymous, via CNN; text on the aggregator ord-02.com)': {
    claimant: 'ukraine',
    claimantDetail: 'Military source',
    note: 'An anonymous source, reported by CNN.',
  },
  "United States (unattributed 'US estimates', via Taipei Times)": {
    claimant: 'united-states',
    claimantDetail: "Unattributed 'US estimates'",
    note: 'Reported by the Taipei Times.',
  },
  // News media
  'Business Times (btimesonline.com), attributing to unnamed US, Ukrainian and South Korean officials': {
    claimant: 'news-media',
    claimantDetail: 'Business Times',
    note: 'Business Times credits unnamed US, Ukrainian and South Korean officials.',
  },
  "Reuters (background line citing 'South Korean, Ukrainian and Western sources')": {
    claimant: 'news-media',
    claimantDetail: 'Reuters',
    note: "A Reuters background line crediting 'South Korean, Ukrainian and Western sources'.",
  },
  'Reuters (background line, after attributing the troop figure to unnamed US and South Korean officials)': {
    claimant: 'news-media',
    claimantDetail: 'Reuters',
    note: 'A Reuters background line; the same story credits its troop figure to unnamed US and South Korean officials.',
  },
  "The Korea Herald (the paper's own unattributed line)": {
    claimant: 'news-media',
    claimantDetail: 'The Korea Herald',
    note: "The paper's own line, credited to no one.",
  },
  'NHK, citing unnamed Russian and Western diplomatic sources': {
    claimant: 'news-media',
    claimantDetail: 'NHK',
    note: 'NHK credits unnamed Russian and Western diplomatic sources.',
  },
  'NK News (analysis of North Korean state-media photos), via Channel A': {
    claimant: 'news-media',
    claimantDetail: 'NK News',
    note: "NK News' analysis of North Korean state-media photos, reported by Channel A.",
  },
  'News1 (analysis of KCTV footage)': {
    claimant: 'news-media',
    claimantDetail: 'News1',
    note: "News1's analysis of KCTV footage.",
  },
  'News1 (count of North Korean state-media images)': {
    claimant: 'news-media',
    claimantDetail: 'News1',
    note: "News1's own count of North Korean state-media images.",
  },
  "Radio Free Asia, citing Russia's federal statistics service": {
    claimant: 'news-media',
    claimantDetail: 'Radio Free Asia',
    note: "Radio Free Asia cites Russia's federal statistics service.",
  },
  'Ukrainska Pravda (citing Yonhap); South Korean government': {
    claimant: 'news-media',
    claimantDetail: 'Ukrainska Pravda',
    note: "Ukrainska Pravda cites Yonhap and the South Korean government's statement.",
  },
  // Research groups
  'Open Source Centre (UK research group), via Newsweek': {
    claimant: 'research-groups',
    claimantDetail: 'Open Source Centre',
    note: 'The Open Source Centre is a UK research group; reported by Newsweek.',
  },
  // Anonymous sources
  'Western officials (anonymous, via BBC)': {
    claimant: 'anonymous-sources',
    claimantDetail: 'Western officials (via BBC)',
  },
  'Western intelligence sources (anonymous, via The Times)': {
    claimant: 'anonymous-sources',
    claimantDetail: 'Western intelligence sources (via The Times)',
  },
  "Some G20 governments' assessments (anonymous sources, via Bloomberg)": {
    claimant: 'anonymous-sources',
    claimantDetail: 'Some G20 governments (via Bloomberg)',
  },
  'Kremlin insider (anonymous, on Telegram, via Business Times)': {
    claimant: 'anonymous-sources',
    claimantDetail: 'Kremlin insider on Telegram (via Business Times)',
  },
};

/**
 * The ledger's `claimant_note` (how a figure's claim reached the source) as a sentence
 * at the end of the figure's note. Only figures carry it: an event or statement names
 * its speaker and source otherwise.
 */
const CLAIMANT_NOTES: Record<string, string> = {
  'John Kirby': 'Said by John Kirby.',
  'Deputy Press Secretary Sabrina Singh': 'Said by Deputy Press Secretary Sabrina Singh.',
  'Andrii Kovalenko': 'Said by Andrii Kovalenko.',
  'Defence Intelligence': 'An assessment by Defence Intelligence.',
  'via Rep. Yoo Sang-bum': 'Relayed by Rep. Yoo Sang-bum.',
  'via Rep. Lee Seong-kweun': 'Relayed by Rep. Lee Seong-kweun.',
  'via Reps. Lee Seong-kweun, Park Sun-won': 'Relayed by Reps. Lee Seong-kweun and Park Sun-won.',
  'via Reps. Lee Seong-kweun, Kim Byung-kee': 'Relayed by Reps. Lee Seong-kweun and Kim Byung-kee.',
  'anonymous, via Kyiv Post and Interfax-Ukraine':
    'The officials were not named; reported by Kyiv Post and Interfax-Ukraine.',
  'to Reuters': 'Said to Reuters.',
  'via CNN': 'Reported by CNN.',
  'via KCNA': 'Reported by KCNA.',
  'via TASS': 'Reported by TASS.',
  'via Yonhap': 'Reported by Yonhap.',
  'VOA interview': 'In an interview with VOA.',
  'Bloomberg interview': 'In an interview with Bloomberg.',
  'Lex Fridman podcast': 'On the Lex Fridman podcast.',
  "captioned by KBS as 'Chief Ukrainian delegate to Korea'":
    "KBS captioned her as 'Chief Ukrainian delegate to Korea'.",
};

// ---------------------------------------------------------------------------------------
// Editorial text, keyed by ledger id
// ---------------------------------------------------------------------------------------

/**
 * A short headline for each event, in our own words, at most 90 characters, and adding
 * nothing that is not in the entry's ledger summary.
 */
const EVENT_TITLES: Record<string, string> = {
  'event-rfa-13221-entries-2024': 'Russian statistics show 13,221 North Korean entries into Russia in 2024',
  'event-nis-first-deployment-confirmed':
    "South Korea's NIS detects North Korean special forces being shipped to Russia",
  'event-seoul-summons-russian-envoy-oct2024':
    "Seoul summons Russia's ambassador and demands North Korean troops withdraw",
  'event-umerov-first-clash': 'Ukraine reports first small-scale clashes with North Korean soldiers',
  'event-nk-ratifies-treaty': 'Kim Jong Un ratifies the partnership treaty with Russia',
  'event-us-confirms-combat': 'US says most North Korean troops in Russia have begun combat in Kursk',
  'event-treaty-in-force': 'Russia–North Korea partnership treaty enters into force',
  'sk-jcs-koksan-mlrs-drones-dec23':
    "South Korea's JCS says North Korea is supplying rocket launchers and artillery",
  'event-first-captured-soldier-died-dec2024':
    "South Korea's NIS says the first North Korean soldier captured by Ukraine has died",
  'event-first-pows-captured': 'Ukraine captures two wounded North Korean soldiers',
  'event-nk-troops-withdrawn-jan2025':
    'Ukrainian special forces see no North Korean troops in their sectors for weeks',
  'event-pow-ri-seeks-asylum-feb2025': 'North Korean prisoner Ri says publicly he wants to go to South Korea',
  'event-yu-meets-pows-mar2025':
    'Lawmaker Yu Yong-weon releases a recording of his meeting with the two prisoners',
  'event-cho-sybiha-pow-call-mar2025':
    'South Korea tells Ukraine the two prisoners would be accepted if they wish to come',
  'event-kn23-kyiv-apr24-2025': 'North Korean KN-23 missile reported in deadly strike on Kyiv',
  'event-russia-gerasimov-acknowledges': 'Russia acknowledges North Korean troops for the first time',
  'event-nk-confirms-deployment':
    'North Korea confirms for the first time that it sent troops to fight alongside Russia',
  'event-pows-excluded-may2025-swap':
    'The two North Korean prisoners are left out of a thousand-for-thousand exchange',
  'event-kim-coffins-ceremony-footage': 'State media show Kim Jong Un draping coffins with the national flag',
  'event-msmt-un-briefing-jul2025': 'State Department briefs UN member states on the first MSMT report',
  'event-repatriation-20-coffins-aug1': 'Kim receives 20 coffins flown back from Russia',
  'event-kim-memorial-ceremony-aug2025':
    'Kim holds a state ceremony for soldiers killed fighting alongside Russia',
  'event-kim-meets-bereaved-families-aug2025':
    'Kim Jong Un meets families of soldiers killed in the overseas operations',
  'event-kim-memorial-museum-groundbreaking':
    'North Korea breaks ground on a Pyongyang museum for the troops who fought in Kursk',
  'event-parade-kursk-units-oct2025':
    "Units that fought in Kursk take part in Pyongyang's Workers' Party parade",
  'event-krasnaya-zvezda-nk-sappers-nov2025':
    'Russian Defence Ministry paper says North Korean sappers are demining in Kursk region',
  'event-pows-letter-south-korea-dec2025':
    'North Korean prisoners in Ukraine write that they wish to go to South Korea',
  'ru-demining-42400ha':
    'Sputnik says North Korean sappers cleared about 42,400 hectares of Kursk border areas',
  'event-engineers-return-dec2025':
    'North Korean engineer regiment returns from Kursk; Kim says nine were killed',
  'event-nknews-412-graves-jan2026': 'NK News: Pyongyang memorial cemetery could hold at least 412 remains',
  'event-news1-saeppyol-2500-households-jan2026':
    'News1: North Korea is building about 2,500 homes for families of the fallen',
  'event-pows-excluded-feb2026-swap':
    'The two North Korean prisoners are not on the list for the 5 February exchange',
  'event-saeppyol-street-feb2026': 'Kim opens a Pyongyang housing district for families of the fallen',
  'event-pows-on-russian-swap-lists-mar2026':
    "Lawmaker Yu says Russia's swap lists have included the two North Korean prisoners",
  'event-museum-93pct-mar2026': 'Kim inspects the overseas-operations memorial museum, 93 percent built',
};

/**
 * "What we know". Every number in a text must be the value, low or high of one of its
 * refs (checked below, as the validator does). The fourth sentence's dismissals are
 * the Kremlin's "fake news" (10 October 2024) and North Korea's "groundless rumors" at the
 * UN (24 October 2024), both in the ledger and cited. The third keeps the NIS's own caveat:
 * its 10 million was worded together with missiles and long-range weapons.
 */
const SUMMARY: SummarySentence[] = [
  {
    text: "South Korea's National Intelligence Service (NIS) estimates that North Korea has sent 15,000 soldiers to fight for Russia, in two deployments; about 11,000 were still in Russia's Kursk region in February 2026.",
    refs: ['nis-15000-total-two-deployments', 'nis-11000-in-kursk-feb2026'],
  },
  {
    text: 'The NIS puts North Korean losses at about 2,000 killed by September 2025 and about 6,000 killed or wounded by February 2026.',
    refs: ['nis-2000-killed-sep2025', 'nis-6000-casualties-feb2026'],
  },
  {
    text: "For supplies, South Korea's Defense Intelligence Agency estimates about 28,000 containers of weapons and munitions shipped to Russia, and the NIS more than 10 million artillery shells, a figure it gave together with missiles and long-range weapons.",
    refs: ['sk-dia-28000-containers-jul2025', 'nis-10m-shells-jun2025'],
  },
  {
    text: 'Russia and North Korea acknowledged the deployment in April 2025; in October 2024 both had dismissed reports of it.',
    refs: [
      'event-russia-gerasimov-acknowledges',
      'event-nk-confirms-deployment',
      'stmt-peskov-fake-news',
      'stmt-nk-un-groundless-rumors',
    ],
  },
  {
    text: 'The main disagreement is over deaths: a Reuters line of more than 6,000 killed, credited to unnamed sources, is contradicted by the NIS estimate and may confuse deaths with casualties.',
    refs: ['reuters-14000-6000-killed-dec2025', 'nis-2000-killed-sep2025'],
  },
];

const META = {
  title: "North Korea's military support for Russia",
  subtitle:
    "Troops, casualties, arms shipments and statements on North Korea's part in Russia's war against Ukraine: who claims each number, and how sure it is",
  description:
    'Built from a research ledger in which every figure, event and quote is tied to a published source. Where claimants disagree, their figures are kept side by side rather than merged. Sources name the original publisher and link to its page where one was found, and to the copy that was read; where no original was found, the link is the copy, and the source says so.',
  // The release this ledger is published as; the next import of a new ledger bumps it.
  version: '2026.03.1',
  license: "CC BY 4.0 for the compilation; quotes remain their authors'",
  credit: 'The North Korea–Russia fact sheet editors',
  // A placeholder: deployers must set their own address (see the README).
  contact: 'mailto:corrections@example.org',
} as const;

/** The first published version, built from ledger version 1. */
const FIRST_VERSION: Change = {
  version: '2026.02.1',
  date: '2026-02-16',
  summary: 'First published version: 73 figures, 20 events and 30 statements from the first research ledger.',
};

// ---------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------

const fail = (message: string): never => {
  throw new Error(message);
};

const lookup = <T>(table: Record<string, T>, key: string, what: string, entryId: string): T => {
  if (!Object.hasOwn(table, key)) fail(`${entryId}: ${what} "${key}" is not in the table`);
  return table[key] as T;
};

/** Plain code-unit comparison, so sorting never depends on the machine's locale. */
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const slugify = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

const present = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const oneOf = <T extends string>(allowed: readonly T[], value: string | null, what: string, id: string): T =>
  allowed.includes(value as T) ? (value as T) : fail(`${id}: unknown ${what} "${String(value)}"`);

const toStatus = (value: string, id: string): Status => oneOf(STATUSES, value, 'status', id);

const actorOrder = new Map<string, number>(ACTOR_CATALOGUE.map((actor, index) => [actor.id, index]));
const topicOrder = new Map<string, number>(TOPIC_CATALOGUE.map((topic, index) => [topic.id, index]));
const isParty = new Map<string, boolean>(ACTOR_CATALOGUE.map((actor) => [actor.id, actor.party]));

const sortedUnique = <T extends string>(ids: Iterable<T>, order: Map<string, number>): T[] =>
  [...new Set(ids)].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));

const mapActors = (entry: LedgerEntry): ActorId[] =>
  sortedUnique(
    entry.actors
      .map((name) => lookup(LEDGER_ACTORS, name, 'actor', entry.id))
      .filter((id): id is ActorId => id !== null),
    actorOrder,
  );

const mapTopics = (entry: LedgerEntry): TopicId[] =>
  sortedUnique(
    entry.topics
      .map((name) => lookup(LEDGER_TOPICS, name, 'topic', entry.id))
      .filter((id): id is TopicId => id !== null),
    topicOrder,
  );

/** By date (as written), then id. */
const byDateThenId = (a: { date: string; id: string }, b: { date: string; id: string }): number =>
  compare(a.date, b.date) || compare(a.id, b.id);

/** The later of two dates as spans: a year ends on 31 December; at equal ends the finer wins. */
function laterDate(a: string, b: string): string {
  const spanA = parseDate(a) ?? fail(`"${a}" is not a date`);
  const spanB = parseDate(b) ?? fail(`"${b}" is not a date`);
  if (spanA.end !== spanB.end) return spanA.end > spanB.end ? a : b;
  return spanA.end - spanA.start <= spanB.end - spanB.start ? a : b;
}

/** "2026-03-16" -> "March 2026"; "2026" -> "2026". */
function monthAndYear(date: string): string {
  const [year = '', month] = date.split('-');
  return month ? `${MONTH_NAMES[Number(month) - 1] ?? fail(`bad month in ${date}`)} ${year}` : year;
}

// ---------------------------------------------------------------------------------------
// Claimants: table first, then the regular "Country: body" form
// ---------------------------------------------------------------------------------------

const usedBodies = new Set<string>();
const usedExceptions = new Set<string>();
const usedNotes = new Set<string>();

function parseClaimant(text: string, entryId: string): Claimant {
  if (Object.hasOwn(CLAIMANT_EXCEPTIONS, text)) {
    usedExceptions.add(text);
    return CLAIMANT_EXCEPTIONS[text] as Claimant;
  }
  const match = /^([^:]+): ([^:]+)$/.exec(text);
  if (!match) return fail(`${entryId}: claimant "${text}" is neither in the table nor "Country: body"`);
  const [, country = '', body = ''] = match;
  const claimant = lookup(COUNTRIES, country, 'claimant country', entryId);
  const known = lookup(BODIES, body, 'claimant body', entryId);
  usedBodies.add(body);
  return {
    claimant,
    claimantDetail: known.detail ?? capitalise(body),
    ...(known.note ? { note: known.note } : {}),
  };
}

/** Fails on table rows no ledger entry uses: a stale row hides a renamed claimant or note. */
function checkClaimantTablesUsed(): void {
  const stale = [
    ...Object.keys(CLAIMANT_EXCEPTIONS).filter((key) => !usedExceptions.has(key)),
    ...Object.keys(BODIES).filter((key) => !usedBodies.has(key)),
    ...Object.keys(CLAIMANT_NOTES).filter((key) => !usedNotes.has(key)),
  ];
  if (stale.length > 0) fail(`claimant table rows no ledger entry uses: ${stale.join('; ')}`);
}

// ---------------------------------------------------------------------------------------
// Sources: one per URL
// ---------------------------------------------------------------------------------------

/** The outlet's name before any " (…)" or ", …", plus the published date. */
const sourceBaseId = (source: LedgerSource): string => {
  const name = slugify(source.outlet.split(/ \(|,/)[0] ?? source.outlet);
  return `${name || 'source'}-${source.published ?? 'undated'}`;
};

function buildSources(entries: LedgerEntry[]): { sources: Source[]; idByUrl: Map<string, string> } {
  const byUrl = new Map<string, LedgerSource>();
  for (const entry of entries) {
    const seen = byUrl.get(entry.source.url);
    if (!seen) byUrl.set(entry.source.url, entry.source);
    else if (JSON.stringify(seen) !== JSON.stringify(entry.source)) {
      fail(`${entry.id}: source ${entry.source.url} is described differently by different ledger entries`);
    }
  }

  // Suffixes (-2, -3) for clashing ids follow the URL order, so they never depend on the
  // order of the ledger.
  const ordered = [...byUrl.values()].sort(
    (a, b) => compare(sourceBaseId(a), sourceBaseId(b)) || compare(a.url, b.url),
  );
  const used = new Map<string, number>();
  const idByUrl = new Map<string, string>();
  const sources: Source[] = [];
  for (const source of ordered) {
    const base = sourceBaseId(source);
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    const id = count === 1 ? base : `${base}-${count}`;
    idByUrl.set(source.url, id);
    sources.push({
      id,
      outlet: source.outlet,
      // Only a headline that appeared on the page; never a guessed one.
      ...(present(source.headline) ? { title: source.headline } : {}),
      url: source.url,
      ...(present(source.published) ? { published: source.published } : {}),
      ...(present(source.archive_url) ? { archiveUrl: source.archive_url } : {}),
      ...(present(source.via) ? { via: source.via } : {}),
      language: source.language,
    });
  }
  // Dated sources first, in date order; then undated ones; ids break ties.
  sources.sort(
    (a, b) =>
      Number(a.published === undefined) - Number(b.published === undefined) ||
      compare(a.published ?? '', b.published ?? '') ||
      compare(a.id, b.id),
  );
  return { sources, idByUrl };
}

// ---------------------------------------------------------------------------------------
// Metrics
// ---------------------------------------------------------------------------------------

const metricId = (ledgerId: string): string => ledgerId.replaceAll('_', '-');

function buildMetric(metric: LedgerMetric): Metric {
  const reference = present(metric.reference) ? parseClaimant(metric.reference, metric.id) : undefined;
  const topic = lookup(LEDGER_TOPICS, metric.topic, 'topic', metric.id) ?? fail(`${metric.id}: no topic`);
  // No `lead`: the headline rule picks the figure that leads each card.
  return {
    id: metricId(metric.id),
    name: metric.name,
    unit: metric.unit,
    topic,
    ...(metric.headline ? { headline: true } : {}),
    definition: metric.definition,
    measure: oneOf<Measure>(MEASURES, metric.measure, 'measure', metric.id),
    ...(reference
      ? {
          reference: {
            claimant: reference.claimant,
            ...(reference.claimantDetail ? { claimantDetail: reference.claimantDetail } : {}),
          },
        }
      : {}),
  };
}

// ---------------------------------------------------------------------------------------
// Records
// ---------------------------------------------------------------------------------------

function buildFigure(entry: LedgerEntry, metric: Metric, sourceId: string): Figure {
  const claimant = parseClaimant(entry.claimant, entry.id);
  let relay: string | undefined;
  if (present(entry.claimant_note)) {
    relay = lookup(CLAIMANT_NOTES, entry.claimant_note, 'claimant note', entry.id);
    usedNotes.add(entry.claimant_note);
  }
  const note = [entry.summary, claimant.note, relay].filter(present).join(' ');
  const hasRange = present(entry.low) && present(entry.high);
  if (!present(entry.value) && !hasRange) fail(`${entry.id}: a figure needs a value, or a low and a high`);
  if (present(entry.low) !== present(entry.high)) fail(`${entry.id}: low and high come together`);
  const topics = mapTopics(entry).filter((topic) => topic !== metric.topic);

  // Keys in the documented order; optional fields only when the ledger has them.
  return {
    id: slugify(entry.id),
    metric: metric.id,
    date: entry.date,
    ...(present(entry.value) ? { value: entry.value } : {}),
    ...(present(entry.low) ? { low: entry.low } : {}),
    ...(present(entry.high) ? { high: entry.high } : {}),
    qualifier: oneOf<Qualifier>(QUALIFIERS, entry.qualifier, 'qualifier', entry.id),
    ...(present(entry.period) ? { period: { from: entry.period.from, to: entry.period.to } } : {}),
    status: toStatus(entry.status, entry.id),
    claimant: claimant.claimant,
    ...(claimant.claimantDetail ? { claimantDetail: claimant.claimantDetail } : {}),
    actors: mapActors(entry),
    sources: [sourceId],
    note,
    ...(topics.length > 0 ? { topics } : {}),
  };
}

/**
 * Wording fixes to a ledger summary shown to readers: the ledger's own shorthand (a metric
 * id) is not for them. Each must still match, or the import stops.
 */
const SUMMARY_WORDING: Record<string, { replace: string; with: string }> = {
  'event-rfa-13221-entries-2024': {
    replace: 'so no workers_sent figure is recorded.',
    with: 'so they are not counted here as workers sent.',
  },
};

function eventSummary(entry: LedgerEntry): string {
  const fix = SUMMARY_WORDING[entry.id];
  if (!fix) return entry.summary;
  if (!entry.summary.includes(fix.replace)) fail(`${entry.id}: summary no longer contains "${fix.replace}"`);
  return entry.summary.replace(fix.replace, fix.with);
}

function buildEvent(entry: LedgerEntry, sourceId: string): FactEvent {
  if (present(entry.value) || present(entry.low) || present(entry.high))
    fail(`${entry.id}: an entry with a number but no metric`);
  const claimant = parseClaimant(entry.claimant, entry.id);
  const title = lookup(EVENT_TITLES, entry.id, 'event title for', entry.id);
  if (title.length > 90) fail(`${entry.id}: title is longer than 90 characters`);
  // Events carry no claimant, so a claimant that is a real party is named among the actors.
  const actors: ActorId[] = [...mapActors(entry)];
  if (isParty.get(claimant.claimant)) actors.push(claimant.claimant);
  return {
    id: slugify(entry.id),
    date: entry.date,
    title,
    summary: eventSummary(entry),
    actors: sortedUnique(actors, actorOrder),
    topics: mapTopics(entry),
    status: toStatus(entry.status, entry.id),
    sources: [sourceId],
  };
}

function buildStatement(entry: LedgerEntry, sourceId: string): Statement {
  const speaker = entry.speaker ?? fail(`${entry.id}: a statement needs a speaker`);
  const quote = entry.quote ?? fail(`${entry.id}: a statement needs a quote`);
  if (entry.language !== 'en' && !present(entry.quote_en))
    fail(`${entry.id}: a quote in "${entry.language}" needs an English translation (quote_en)`);
  // The speaker's side is the claimant's; anonymous and insider claimants are their own kind.
  const actor = parseClaimant(entry.claimant, entry.id).claimant;
  const others = mapActors(entry).filter((id) => id !== actor);
  return {
    id: slugify(entry.id),
    date: entry.date,
    speaker,
    ...(present(entry.speaker_role) ? { role: entry.speaker_role } : {}),
    actor,
    ...(others.length > 0 ? { actors: others } : {}),
    quote,
    language: entry.language,
    ...(present(entry.quote_en) ? { translation: entry.quote_en } : {}),
    ...(present(entry.context) ? { context: entry.context } : {}),
    status: toStatus(entry.status, entry.id),
    topics: mapTopics(entry),
    sources: [sourceId],
  };
}

// ---------------------------------------------------------------------------------------
// What changed since version 1, from the ledger's own records of it
// ---------------------------------------------------------------------------------------
// The lists are parsed from corrections.md, new-entries.md and merge-log.md in the ledger
// folder, not from git, so that the same ledger folder always gives the same file.

/** Fields whose change alters what a reader is told; the rest are wording or provenance. */
const SUBSTANCE_FIELDS = new Set([
  // A status changed from one value to another; a status given for the first time
  // ("status null→reported") is not a correction (see changesSubstance).
  'status',
  'metric',
  'date',
  'value',
  'low',
  'high',
  'quote',
  'speaker',
  'qualifier',
  // What span an amount covers changes what its number means, like a metric.
  'period',
]);
const WORDING_FIELDS = new Set([
  'claimant',
  'unit',
  'outlet',
  'via',
  'evidence',
  'evidence_note',
  'summary',
  'context',
  'source.url',
  'archive_url',
  'reported',
  'published',
  'headline',
]);

/** Splits on `separator` outside double-quoted values ("claimant "A; B"→"C""). */
function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let at = 0; at < text.length; at++) {
    if (text[at] === '"') quoted = !quoted;
    if (!quoted && text.startsWith(separator, at)) {
      parts.push(current);
      current = '';
      at += separator.length - 1;
    } else {
      current += text[at] ?? '';
    }
  }
  parts.push(current);
  return parts;
}

/** Whether one item of a corrections.md "Fields:" list changes the entry's substance. */
function changesSubstance(item: string, entryId: string): boolean {
  const field = /^[a-z_.]+/.exec(item)?.[0] ?? fail(`corrections.md, ${entryId}: cannot read "${item}"`);
  if (WORDING_FIELDS.has(field)) return false;
  if (!SUBSTANCE_FIELDS.has(field)) return fail(`corrections.md, ${entryId}: unknown field "${field}"`);
  // A qualifier that is exact reads as the bare number, as version 1 printed it.
  if (field === 'qualifier' && /^qualifier exact\b/.test(item)) return false;
  // Version 1 had no status on events and showed statements as on the record: a status given
  // for the first time adds information, it corrects nothing a reader was told.
  return !(field === 'status' && /^status null→/.test(item));
}

interface History {
  versionOneIds: Set<string>;
  added: Set<string>;
  revised: Set<string>;
}

function readCorrections(folder: string, history: History): void {
  const text = readFileSync(join(folder, 'corrections.md'), 'utf8');
  for (const line of text.split('\n')) {
    const match = /^- `([^`]+)` — (.*)$/.exec(line);
    if (!match) continue;
    const [, id = '', rest = ''] = match;
    if (rest.startsWith('NEW.')) {
      history.added.add(id);
      continue;
    }
    history.versionOneIds.add(id);
    const fields = /Fields: (.*?)\.?$/.exec(rest)?.[1] ?? fail(`corrections.md, ${id}: no "Fields:" list`);
    const items = splitOutsideQuotes(fields, '; ').flatMap((item) => splitOutsideQuotes(item, ', '));
    if (items.some((item) => changesSubstance(item, id))) history.revised.add(id);
  }
}

/** new-entries.md's table: the third column holds the id(s) written, "—" when dropped. */
function readNewEntries(folder: string, history: History): void {
  const text = readFileSync(join(folder, 'new-entries.md'), 'utf8');
  for (const line of text.split('\n')) {
    if (!/^\| \d+ \|/.test(line)) continue;
    const written = line.split(' | ')[2] ?? fail(`new-entries.md: cannot read "${line}"`);
    for (const [, id = ''] of written.matchAll(/`([^`]+)`/g)) history.added.add(id);
  }
}

/** merge-log.md: changes made while merging, after corrections.md was written. */
function readMergeLog(folder: string, history: History): void {
  const text = readFileSync(join(folder, 'merge-log.md'), 'utf8');
  for (const line of text.split('\n')) {
    const match = /^- ([a-z0-9.-]+): (.*)$/.exec(line);
    if (!match) continue;
    const [, id = '', change = ''] = match;
    if (/^claimant |^main link /.test(change)) continue;
    if (/^metric |`value` left empty/.test(change)) {
      if (history.versionOneIds.has(id)) history.revised.add(id);
    } else {
      fail(`merge-log.md, ${id}: cannot classify "${change}"`);
    }
  }
}

function readHistory(folder: string, entries: LedgerEntry[]): { added: string[]; revised: string[] } {
  const history: History = { versionOneIds: new Set(), added: new Set(), revised: new Set() };
  readCorrections(folder, history);
  readNewEntries(folder, history);
  readMergeLog(folder, history);

  // Version-1 ids and new ids must split the ledger exactly, or a file is out of date.
  const ledgerIds = new Set(entries.map((entry) => entry.id));
  for (const id of [...history.versionOneIds, ...history.added]) {
    if (!ledgerIds.has(id)) fail(`ledger history names "${id}", which is not in the ledger`);
  }
  for (const id of ledgerIds) {
    const inOne = history.versionOneIds.has(id);
    if (inOne === history.added.has(id))
      fail(`"${id}" must be either a version-1 entry (corrections.md) or new (new-entries.md, "— NEW.")`);
  }
  const ids = (set: Set<string>) => [...set].map(slugify).sort(compare);
  return { added: ids(history.added), revised: ids(history.revised) };
}

// ---------------------------------------------------------------------------------------
// Meta
// ---------------------------------------------------------------------------------------

/** Each ref exists and each number in a text is the value, low or high of one of its refs. */
function checkSummary(summary: SummarySentence[], figures: Figure[], itemIds: Set<string>): void {
  const figureById = new Map(figures.map((figure) => [figure.id, figure]));
  for (const sentence of summary) {
    const numbers = new Set<number>();
    for (const ref of sentence.refs) {
      if (!itemIds.has(ref)) fail(`summary "${sentence.text}": unknown ref "${ref}"`);
      const figure = figureById.get(ref);
      for (const number of [figure?.value, figure?.low, figure?.high])
        if (present(number)) numbers.add(number);
    }
    for (const number of numbersInText(sentence.text)) {
      if (!numbers.has(number.value))
        fail(`summary "${sentence.text}": "${number.text}" is not the value, low or high of its refs`);
    }
  }
}

function buildMeta(
  items: { date: string; id: string }[],
  history: { added: string[]; revised: string[] },
  figures: Figure[],
): Meta {
  // The latest item date; source publication dates do not count.
  const updated = items.map((item) => item.date).reduce(laterDate);
  checkSummary(SUMMARY, figures, new Set(items.map((item) => item.id)));
  const { added, revised } = history;
  return {
    title: META.title,
    subtitle: META.subtitle,
    description: META.description,
    updated,
    version: META.version,
    summary: SUMMARY,
    license: META.license,
    credit: META.credit,
    contact: META.contact,
    changes: [
      {
        version: META.version,
        date: updated,
        summary:
          `Corrected under a full fact-check and extended to ${monthAndYear(updated)}: ` +
          `${added.length} items added, ${revised.length} revised; sources now name the original publisher and link to its page where one was found.`,
        added,
        revised,
      },
      FIRST_VERSION,
    ],
  };
}

// ---------------------------------------------------------------------------------------
// The dataset
// ---------------------------------------------------------------------------------------

function checkIds(entries: LedgerEntry[]): void {
  const ids = new Set<string>();
  for (const entry of entries) {
    const id = slugify(entry.id);
    if (ids.has(id)) fail(`${entry.id}: its slug "${id}" is already used`);
    ids.add(id);
  }
  for (const key of Object.keys(EVENT_TITLES)) {
    if (!entries.some((entry) => entry.id === key))
      fail(`EVENT_TITLES has "${key}", which is not in the ledger`);
  }
}

function buildFactsheet(entries: LedgerEntry[], ledgerMetrics: LedgerMetric[], folder: string): Factsheet {
  checkIds(entries);
  const { sources, idByUrl } = buildSources(entries);
  const sourceOf = (entry: LedgerEntry): string =>
    idByUrl.get(entry.source.url) ?? fail(`${entry.id}: no source`);
  const metricById = new Map(ledgerMetrics.map((metric) => [metric.id, buildMetric(metric)]));

  const figures: Figure[] = [];
  const events: FactEvent[] = [];
  const statements: Statement[] = [];
  for (const entry of entries) {
    if (entry.kind === 'statement') {
      statements.push(buildStatement(entry, sourceOf(entry)));
    } else if (present(entry.metric)) {
      const metric = metricById.get(entry.metric) ?? fail(`${entry.id}: unknown metric "${entry.metric}"`);
      figures.push(buildFigure(entry, metric, sourceOf(entry)));
    } else {
      // Ledger events, and findings without a number (sk-jcs-koksan-mlrs-drones-dec23).
      events.push(buildEvent(entry, sourceOf(entry)));
    }
  }
  checkClaimantTablesUsed();
  figures.sort(byDateThenId);
  events.sort(byDateThenId);
  statements.sort(byDateThenId);
  if (figures.length + events.length + statements.length !== entries.length)
    fail('some ledger entries were not turned into a figure, event or statement');

  // Metrics in metrics.json's order; only those with a figure.
  const usedMetrics = new Set(figures.map((figure) => figure.metric));
  const metrics = [...metricById.values()].filter((metric) => usedMetrics.has(metric.id));

  // A reference must name a claimant series that exists, or its spelling has drifted.
  const series = new Set(figures.map((figure) => `${figure.claimant}|${figure.claimantDetail ?? ''}`));
  for (const metric of metrics) {
    const reference = metric.reference;
    if (reference && !series.has(`${reference.claimant}|${reference.claimantDetail ?? ''}`))
      fail(`metric ${metric.id}: its reference claimant has no figure`);
  }

  const usedActors = new Set<string>([
    ...metrics.flatMap((metric) => (metric.reference ? [metric.reference.claimant] : [])),
    ...figures.flatMap((figure) => [figure.claimant, ...figure.actors]),
    ...events.flatMap((event) => event.actors),
    ...statements.flatMap((statement) => [statement.actor, ...(statement.actors ?? [])]),
  ]);
  const actors: Actor[] = ACTOR_CATALOGUE.filter((actor) => usedActors.has(actor.id)).map((actor) => ({
    id: actor.id,
    name: actor.name,
    ...('short' in actor ? { short: actor.short } : {}),
  }));

  const usedTopics = new Set<string>([
    ...metrics.map((metric) => metric.topic),
    ...figures.flatMap((figure) => figure.topics ?? []),
    ...events.flatMap((event) => event.topics),
    ...statements.flatMap((statement) => statement.topics),
  ]);
  const topics: Topic[] = TOPIC_CATALOGUE.filter((topic) => usedTopics.has(topic.id)).map((topic) => ({
    ...topic,
  }));

  const meta = buildMeta([...figures, ...events, ...statements], readHistory(folder, entries), figures);
  return {
    $schema: './factsheet.schema.json',
    meta,
    actors,
    topics,
    sources,
    metrics,
    figures,
    events,
    statements,
  };
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function main(): void {
  const ledgerPath = process.argv[2] ? resolve(process.argv[2]) : DEFAULT_LEDGER;
  const folder = dirname(ledgerPath);
  const entries = readJson(ledgerPath);
  const metrics = readJson(join(folder, 'metrics.json'));
  if (!Array.isArray(entries)) fail(`${ledgerPath}: expected a list of ledger entries`);
  if (!Array.isArray(metrics)) fail(`${folder}/metrics.json: expected a list of metrics`);

  const factsheet = buildFactsheet(entries as LedgerEntry[], metrics as LedgerMetric[], folder);
  const text = `${JSON.stringify(factsheet, null, 2)}\n`;
  mkdirSync(dirname(OUTPUT), { recursive: true });
  writeFileSync(OUTPUT, text);

  const changes = factsheet.meta.changes?.[0];
  const where = relative(process.cwd(), OUTPUT) || OUTPUT;
  console.log(
    `Wrote ${where} from ${(entries as unknown[]).length} ledger entries: ${factsheet.figures.length} figures, ` +
      `${factsheet.events.length} events, ${factsheet.statements.length} statements, ` +
      `${factsheet.sources.length} sources, ${factsheet.metrics.length} metrics, ${factsheet.actors.length} actors, ` +
      `${factsheet.topics.length} topics; ${changes?.added?.length ?? 0} added, ` +
      `${changes?.revised?.length ?? 0} revised since version 1.`,
  );

  const result = validateFactsheet(JSON.parse(text));
  if (!result.ok) {
    for (const problem of result.problems) console.error(`  ${formatProblem(problem)}`);
    console.error(`✗ the dataset breaks ${result.problems.length} rule(s) of the format.`);
    process.exit(1);
  }
}

main();
