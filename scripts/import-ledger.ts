/**
 * Builds the default dataset, data/factsheet.json, from the research ledger.
 *
 *   npx tsx scripts/import-ledger.ts [path-to-facts.json]
 *
 * The ledger path defaults to ../shared/research/facts.json (relative to the project
 * root). The output is deterministic: the same ledger always gives a byte-identical file.
 *
 * Rules (see data/PROVENANCE.md):
 * - Numbers, dates, statuses and quotes are copied from the ledger, never changed.
 * - The ledger's `evidence` field is for checking only and is never copied.
 * - Every ledger claimant string must be in CLAIMANTS below; every figure needs a note in
 *   FIGURE_NOTES and every event a title in EVENT_TITLES. Anything unknown throws, so a
 *   new ledger entry is reviewed by a person instead of being guessed at.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type {
  Actor,
  FactEvent,
  Factsheet,
  Figure,
  Metric,
  Source,
  Statement,
  Status,
  Topic,
} from '../src/data/schema.ts';
import { formatProblem, validateFactsheet } from '../src/data/validate.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_LEDGER = resolve(ROOT, '../shared/research/facts.json');
const OUTPUT = resolve(ROOT, 'data/factsheet.json');

// ---------------------------------------------------------------------------------------
// The ledger's shape
// ---------------------------------------------------------------------------------------

interface LedgerSource {
  outlet: string;
  headline: string | null;
  url: string;
  published: string | null;
}

interface LedgerEntry {
  id: string;
  kind: 'statement' | 'event' | 'troops' | 'supplies' | 'casualties';
  date: string;
  reported: string | null;
  claimant: string;
  actors: string[];
  topics: string[];
  summary: string;
  source: LedgerSource;
  evidence: string;
  status?: string | null;
  metric?: string | null;
  value?: number | null;
  unit?: string | null;
  low?: number | null;
  high?: number | null;
  speaker?: string | null;
  speaker_role?: string | null;
  quote?: string | null;
  context?: string | null;
}

// ---------------------------------------------------------------------------------------
// Catalogues: actors, topics, metrics
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
  // Buckets: claimants that are not one government.
  { id: 'unnamed-officials', name: 'Unnamed officials', party: false },
  { id: 'independent-analysts', name: 'Independent analysts', party: false },
  { id: 'news-media', name: 'News media', party: false },
  { id: 'anonymous-sources', name: 'Anonymous sources', party: false },
  // Only the source of one event (which carries no claimant), so never written out.
  { id: 'civil-society', name: 'Civil-society groups', party: false },
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

interface MetricDef {
  ledger: string;
  id: string;
  name: string;
  unit: string;
  topic: TopicId;
  headline?: true;
}

/** Ledger metric -> dataset metric, in display order. Exactly seven are headline metrics. */
const METRICS: MetricDef[] = [
  {
    ledger: 'troops_deployed',
    id: 'troops-deployed',
    name: 'Troops deployed',
    unit: 'soldiers',
    topic: 'troops',
    headline: true,
  },
  {
    ledger: 'troops_projected',
    id: 'troops-projected',
    name: 'Troops expected (projections)',
    unit: 'soldiers',
    topic: 'troops',
  },
  {
    ledger: 'troops_additional',
    id: 'troops-additional',
    name: 'Reinforcements',
    unit: 'soldiers',
    topic: 'troops',
  },
  {
    ledger: 'deminers_projected',
    id: 'deminers-projected',
    name: 'Deminers expected',
    unit: 'soldiers',
    topic: 'troops',
  },
  {
    ledger: 'builders_projected',
    id: 'builders-projected',
    name: 'Military builders expected',
    unit: 'soldiers',
    topic: 'troops',
  },
  {
    ledger: 'builders_deployed',
    id: 'builders-deployed',
    name: 'Military builders deployed',
    unit: 'soldiers',
    topic: 'troops',
  },
  {
    ledger: 'casualties_total',
    id: 'casualties-total',
    name: 'Casualties (killed and wounded)',
    unit: 'soldiers',
    topic: 'casualties',
    headline: true,
  },
  { ledger: 'killed', id: 'killed', name: 'Killed', unit: 'soldiers', topic: 'casualties', headline: true },
  {
    ledger: 'killed_in_incident',
    id: 'killed-in-incident',
    name: 'Killed in one strike or unit',
    unit: 'soldiers',
    topic: 'casualties',
  },
  {
    ledger: 'casualties_one_week',
    id: 'casualties-one-week',
    name: 'Casualties in a single week',
    unit: 'soldiers',
    topic: 'casualties',
  },
  { ledger: 'wounded', id: 'wounded', name: 'Wounded', unit: 'soldiers', topic: 'casualties' },
  { ledger: 'captured', id: 'captured', name: 'Taken prisoner', unit: 'soldiers', topic: 'casualties' },
  {
    ledger: 'containers_shipped',
    id: 'containers-shipped',
    name: 'Containers shipped',
    unit: 'containers',
    topic: 'supplies',
    headline: true,
  },
  {
    ledger: 'artillery_shells',
    id: 'artillery-shells',
    name: 'Artillery shells',
    unit: 'shells',
    topic: 'supplies',
    headline: true,
  },
  {
    ledger: 'artillery_shells_one_year',
    id: 'artillery-shells-one-year',
    name: 'Artillery shells in one year',
    unit: 'shells',
    topic: 'supplies',
  },
  {
    ledger: 'ballistic_missiles',
    id: 'ballistic-missiles',
    name: 'Ballistic missiles',
    unit: 'missiles',
    topic: 'supplies',
    headline: true,
  },
  {
    ledger: 'artillery_systems',
    id: 'artillery-systems',
    name: 'Heavy artillery systems',
    unit: 'systems',
    topic: 'supplies',
    headline: true,
  },
  { ledger: 'mlrs', id: 'mlrs', name: 'Multiple rocket launchers', unit: 'launchers', topic: 'supplies' },
  {
    ledger: 'ammo_share_pct',
    id: 'ammo-share',
    name: "Share of Russia's ammunition",
    unit: '%',
    topic: 'supplies',
  },
];

// ---------------------------------------------------------------------------------------
// The claimant table
// ---------------------------------------------------------------------------------------

interface ClaimantEntry {
  /** The side whose claim it is. */
  claimant: ActorId;
  /** The organisation or person, spelled the same every time it is used. */
  claimantDetail?: string;
  /** How the claim reached the source; goes at the end of a figure's note. */
  via?: string;
}

const NIS = 'National Intelligence Service';
const JCS = 'Joint Chiefs of Staff';
const DIA = 'Defense Intelligence Agency';
const SHIN = 'Defence Minister Shin Won-sik';
const ZELENSKY = 'President Volodymyr Zelensky';
const GUR = 'Military intelligence (GUR)';
const UMEROV = 'Defence Minister Rustem Umerov';
const PONOMARENKO = 'Ambassador to South Korea Dmytro Ponomarenko';
const NSC = 'White House National Security Council';
const STATE_DEPT = 'State Department';
const KCNA = 'State media (KCNA)';
const SHOIGU = 'Security Council (Sergei Shoigu)';

/**
 * Every claimant string in the ledger -> one claimant (actor + detail). Variants of the
 * same organisation share one detail; the lawmaker, interview or outlet that relayed the
 * claim goes in `via`. For anonymous groups the outlet that carried them is part of the
 * detail, since it is the only thing that tells one unnamed group from another.
 */
const CLAIMANTS: Record<string, ClaimantEntry> = {
  // South Korea
  'South Korea NIS': { claimant: 'south-korea', claimantDetail: NIS },
  'South Korea NIS (briefing to lawmakers)': {
    claimant: 'south-korea',
    claimantDetail: NIS,
    via: 'From an NIS briefing to lawmakers.',
  },
  'South Korea NIS (via lawmakers)': {
    claimant: 'south-korea',
    claimantDetail: NIS,
    via: 'Relayed by lawmakers after an NIS briefing.',
  },
  'South Korea NIS (via lawmaker Lee Seong-kweun)': {
    claimant: 'south-korea',
    claimantDetail: NIS,
    via: 'Relayed by lawmaker Lee Seong-kweun after an NIS briefing.',
  },
  'South Korea NIS (via lawmakers Lee Seong-kweun, Kim Byung-kee)': {
    claimant: 'south-korea',
    claimantDetail: NIS,
    via: 'Relayed by lawmakers Lee Seong-kweun and Kim Byung-kee after an NIS briefing.',
  },
  'South Korea NIS (via lawmakers Lee Seong-kweun, Park Sun-won)': {
    claimant: 'south-korea',
    claimantDetail: NIS,
    via: 'Relayed by lawmakers Lee Seong-kweun and Park Sun-won after an NIS briefing.',
  },
  'South Korea NIS (via lawmakers Park Sun-won, Lee Seong-kweun)': {
    claimant: 'south-korea',
    claimantDetail: NIS,
    via: 'Relayed by lawmakers Park Sun-won and Lee Seong-kweun after an NIS briefing.',
  },
  'South Korea NIS / South Korean media': {
    claimant: 'south-korea',
    claimantDetail: NIS,
    via: 'Reported by KBS as confirmed by the NIS.',
  },
  'South Korea JCS': { claimant: 'south-korea', claimantDetail: JCS },
  'South Korea Defense Intelligence Agency': { claimant: 'south-korea', claimantDetail: DIA },
  'South Korea Defense Intelligence Agency (via Rep. Kang Dae-sik)': {
    claimant: 'south-korea',
    claimantDetail: DIA,
    via: 'Relayed by lawmaker Kang Dae-sik.',
  },
  'South Korea Defense Intelligence Agency (briefing to opposition lawmaker)': {
    claimant: 'south-korea',
    claimantDetail: DIA,
    via: 'From a briefing to an opposition lawmaker.',
  },
  'South Korea Defense Minister Shin Won-sik': { claimant: 'south-korea', claimantDetail: SHIN },
  'South Korea Defense Minister Shin Won-sik (Bloomberg interview)': {
    claimant: 'south-korea',
    claimantDetail: SHIN,
    via: 'In an interview with Bloomberg.',
  },
  'South Korea Defence Minister Kim Yong-hyun': {
    claimant: 'south-korea',
    claimantDetail: 'Defence Minister Kim Yong-hyun',
  },

  // Ukraine
  'Volodymyr Zelensky': { claimant: 'ukraine', claimantDetail: ZELENSKY },
  'Volodymyr Zelensky (Kyodo interview)': {
    claimant: 'ukraine',
    claimantDetail: ZELENSKY,
    via: 'In an interview with Kyodo News.',
  },
  'Volodymyr Zelensky (citing GUR and Foreign Intelligence Service)': {
    claimant: 'ukraine',
    claimantDetail: ZELENSKY,
    via: 'Citing military intelligence (GUR) and the Foreign Intelligence Service.',
  },
  'Volodymyr Zelensky / SBU': {
    claimant: 'ukraine',
    claimantDetail: ZELENSKY,
    via: 'Announced by Zelensky and the SBU.',
  },
  'Ukraine (Zelensky/SBU); confirmed by South Korea NIS': {
    claimant: 'ukraine',
    claimantDetail: ZELENSKY,
    via: "Announced by Zelensky and the SBU; South Korea's NIS confirmed the capture.",
  },
  'Ukraine GUR (HUR)': { claimant: 'ukraine', claimantDetail: GUR },
  'Ukraine GUR (Kyrylo Budanov)': {
    claimant: 'ukraine',
    claimantDetail: GUR,
    via: 'Said by GUR chief Kyrylo Budanov.',
  },
  'Ukraine GUR (Kyrylo Budanov), Bloomberg interview': {
    claimant: 'ukraine',
    claimantDetail: GUR,
    via: 'Said by GUR chief Kyrylo Budanov in an interview with Bloomberg.',
  },
  'Ukraine GUR (Kyrylo Budanov), The War Zone interview': {
    claimant: 'ukraine',
    claimantDetail: GUR,
    via: 'Said by GUR chief Kyrylo Budanov in an interview with The War Zone.',
  },
  'Ukraine GUR/HUR assessment (reported by CNN), backed by an unnamed Western intelligence official': {
    claimant: 'ukraine',
    claimantDetail: GUR,
    via: 'A GUR assessment reported by CNN; an unnamed Western intelligence official gave similar figures.',
  },
  'Ukrainian military intelligence sources (anonymous), via Kyiv Post / Interfax-Ukraine': {
    claimant: 'ukraine',
    claimantDetail: 'Military intelligence sources (anonymous)',
    via: 'Reported by Kyiv Post and Interfax-Ukraine.',
  },
  'Ukrainian military source (via Reuters); Volodymyr Zelensky': {
    claimant: 'ukraine',
    claimantDetail: 'Military source (anonymous)',
    via: 'Reported by Reuters.',
  },
  'Ukraine Special Operations Forces (Col. Oleksandr Kindratenko); later South Korea NIS': {
    claimant: 'ukraine',
    claimantDetail: 'Special Operations Forces',
    via: "Said by spokesman Col. Oleksandr Kindratenko; South Korea's NIS later said much the same.",
  },
  'Rustem Umerov (Ukraine Defence Minister)': { claimant: 'ukraine', claimantDetail: UMEROV },
  'Rustem Umerov (Ukraine Defence Minister), KBS interview': {
    claimant: 'ukraine',
    claimantDetail: UMEROV,
    via: 'In an interview with KBS.',
  },
  "Dmytro Ponomarenko (Ukraine's ambassador to South Korea), VOA interview": {
    claimant: 'ukraine',
    claimantDetail: PONOMARENKO,
    via: 'In an interview with Voice of America.',
  },

  // United States
  'White House NSC (John Kirby)': {
    claimant: 'united-states',
    claimantDetail: NSC,
    via: 'Said by John Kirby.',
  },
  'US State Department': { claimant: 'united-states', claimantDetail: STATE_DEPT },
  'US State Department (Vedant Patel)': {
    claimant: 'united-states',
    claimantDetail: STATE_DEPT,
    via: 'Said by spokesman Vedant Patel.',
  },
  'Antony Blinken (US Secretary of State)': {
    claimant: 'united-states',
    claimantDetail: STATE_DEPT,
    via: 'Said by Secretary of State Antony Blinken.',
  },
  'US Pentagon (Sabrina Singh)': {
    claimant: 'united-states',
    claimantDetail: 'Pentagon',
    via: 'Said by Sabrina Singh for the Pentagon.',
  },
  'Lloyd Austin': {
    claimant: 'united-states',
    claimantDetail: 'Pentagon',
    via: 'Said by Defense Secretary Lloyd Austin.',
  },
  'Donald Trump': { claimant: 'united-states', claimantDetail: 'President Donald Trump' },

  // United Kingdom, NATO, MSMT
  'UK Ministry of Defence (Defence Intelligence)': {
    claimant: 'united-kingdom',
    claimantDetail: 'Ministry of Defence',
    via: 'Assessment by Defence Intelligence.',
  },
  'NATO (Mark Rutte)': { claimant: 'nato', claimantDetail: 'Secretary General Mark Rutte' },
  'Multilateral Sanctions Monitoring Team': { claimant: 'msmt' },
  'Multilateral Sanctions Monitoring Team (as summarised by Arirang News)': {
    claimant: 'msmt',
    via: 'As summarised by Arirang News.',
  },
  'Multilateral Sanctions Monitoring Team (11 states incl. US, South Korea, Japan, UK)': {
    claimant: 'msmt',
    via: 'The MSMT groups 11 states, including the US, South Korea, Japan and the UK.',
  },

  // North Korea
  KCNA: { claimant: 'north-korea', claimantDetail: KCNA },
  'KCNA (Kim Jong Un)': {
    claimant: 'north-korea',
    claimantDetail: KCNA,
    via: "Kim Jong Un's own figure, reported by KCNA.",
  },
  'KCNA (WPK Central Military Commission)': {
    claimant: 'north-korea',
    claimantDetail: KCNA,
    via: "A statement of the Workers' Party Central Military Commission.",
  },
  'KCNA (via AFP)': { claimant: 'north-korea', claimantDetail: KCNA, via: 'Reported by AFP.' },
  'KCNA (via CNN)': { claimant: 'north-korea', claimantDetail: KCNA, via: 'Reported by CNN.' },
  'KCNA (via Reuters)': { claimant: 'north-korea', claimantDetail: KCNA, via: 'Reported by Reuters.' },
  'KCNA (via TASS)': { claimant: 'north-korea', claimantDetail: KCNA, via: 'Reported by TASS.' },
  'KCNA / Russian Foreign Ministry': {
    claimant: 'north-korea',
    claimantDetail: KCNA,
    via: "Also announced by Russia's Foreign Ministry.",
  },
  'KCNA / TASS': { claimant: 'north-korea', claimantDetail: KCNA, via: 'Also reported by TASS.' },
  'KCTV / KCNA (state media)': { claimant: 'north-korea', claimantDetail: KCNA },
  'North Korean state TV (via KBS/Yonhap)': {
    claimant: 'north-korea',
    claimantDetail: KCNA,
    via: 'Reported by KBS and Yonhap.',
  },
  'Rodong Sinmun / KCNA (as reported by Japanese media)': {
    claimant: 'north-korea',
    claimantDetail: KCNA,
    via: 'Shown by Rodong Sinmun and KCNA, as reported by Japanese media.',
  },
  'North Korea (as characterised in NIS briefing, via Korea Herald)': {
    claimant: 'north-korea',
    claimantDetail: 'Government',
    via: 'As characterised in an NIS briefing, reported by the Korea Herald.',
  },
  'Kim Jong Un': { claimant: 'north-korea', claimantDetail: 'Leader Kim Jong Un' },
  'Choe Son Hui': { claimant: 'north-korea', claimantDetail: 'Foreign Minister Choe Son Hui' },
  'North Korean UN representative': { claimant: 'north-korea', claimantDetail: 'Mission to the UN' },

  // Russia
  Kremlin: { claimant: 'russia', claimantDetail: 'Kremlin' },
  'Kremlin (Dmitry Peskov)': {
    claimant: 'russia',
    claimantDetail: 'Kremlin',
    via: 'Said by spokesman Dmitry Peskov.',
  },
  'Vladimir Putin': { claimant: 'russia', claimantDetail: 'President Vladimir Putin' },
  'Sergei Shoigu (Russia)': { claimant: 'russia', claimantDetail: SHOIGU },
  'Sergei Shoigu (Russian Security Council Secretary)': { claimant: 'russia', claimantDetail: SHOIGU },
  'Valery Gerasimov (Russian General Staff)': {
    claimant: 'russia',
    claimantDetail: 'General Staff (Valery Gerasimov)',
  },
  'Russian state media (Sputnik)': { claimant: 'russia', claimantDetail: 'State media (Sputnik)' },

  // Claimants that are not one government
  'Western officials (anonymous), via BBC': {
    claimant: 'unnamed-officials',
    claimantDetail: 'Western officials (via the BBC)',
  },
  'Western intelligence sources (via The Times)': {
    claimant: 'unnamed-officials',
    claimantDetail: 'Western intelligence sources (via The Times)',
  },
  'Assessments by some G20 governments (anonymous sources, via Bloomberg)': {
    claimant: 'unnamed-officials',
    claimantDetail: 'Some G20 governments (via Bloomberg)',
  },
  'Open Source Centre (UK non-profit), via Newsweek/Reuters': {
    claimant: 'independent-analysts',
    claimantDetail: 'Open Source Centre',
    via: 'The Open Source Centre is a UK non-profit; its findings were reported by Newsweek and Reuters.',
  },
  'US, Ukrainian and South Korean officials (as summarised by Business Times)': {
    claimant: 'news-media',
    claimantDetail: 'Business Times',
    via: 'Business Times credits the figures to US, Ukrainian and South Korean officials.',
  },
  'US and South Korean officials (Reuters summary)': {
    claimant: 'news-media',
    claimantDetail: 'Reuters',
    via: 'A Reuters background line crediting US and South Korean officials.',
  },
  "Reuters background citing 'South Korean, Ukrainian and Western sources'": {
    claimant: 'news-media',
    claimantDetail: 'Reuters',
    via: "A Reuters background line crediting 'South Korean, Ukrainian and Western sources'.",
  },
  'Kremlin insider (Telegram)': {
    claimant: 'anonymous-sources',
    claimantDetail: 'Kremlin insider on Telegram (unidentified)',
  },
  "North Korean defectors' group (via Yonhap)": {
    claimant: 'civil-society',
    claimantDetail: "North Korean defectors' group",
    via: 'Reported by Yonhap.',
  },
};

/** A statement's `actor` is the speaker's side. */
const SPEAKERS: Record<string, ActorId> = {
  'Kim Jong Un': 'north-korea',
  'Kim Jong Un (as quoted in WPK Central Military Commission statement)': 'north-korea',
  'WPK Central Military Commission (statement via KCNA)': 'north-korea',
  'Kim Jong Gyu': 'north-korea',
  'Choe Son Hui': 'north-korea',
  'North Korean representative to the UN (New York)': 'north-korea',
  'Vladimir Putin': 'russia',
  'Dmitry Peskov': 'russia',
  'Sergei Shoigu': 'russia',
  'Volodymyr Zelensky': 'ukraine',
  'Kim Yong-hyun': 'south-korea',
  'Lloyd Austin': 'united-states',
  'John Kirby': 'united-states',
  'Donald Trump': 'united-states',
  'Mark Rutte': 'nato',
  'Unnamed Kremlin insider cited on Telegram': 'anonymous-sources',
};

// ---------------------------------------------------------------------------------------
// Editorial text, keyed by ledger id (own words, from the ledger's summary/unit/claimant)
// ---------------------------------------------------------------------------------------

/**
 * What each figure's number means: the qualifiers of the ledger's `unit` ("more than",
 * "up to", "in Kursk region", "container-capacity estimate"…). The claimant table's `via`
 * is appended to make the full note.
 */
const FIGURE_NOTES: Record<string, string> = {
  'us-kirby-1000-containers-oct2023':
    'More than 1,000 containers of military equipment and munitions; the first US figure, from before the troop deployment.',
  'msmt-100-ballistic-missiles': 'More than 100 ballistic missiles transferred during 2024.',
  'msmt-200-heavy-artillery': 'More than 200 heavy artillery pieces in 2024, enough for three brigades.',
  'msmt-9m-rounds-2024':
    'As many as 9 million artillery and rocket-launcher rounds, delivered by Russian-flagged ships during 2024 (49 shipments, according to Arirang).',
  'ua-budanov-148-kn23-2024': 'KN-23 short-range ballistic missiles supplied during 2024.',
  'ua-zelensky-3.5m-shells-2024':
    'Artillery shells transferred during 2024; Zelensky said Russia expected several million more in 2025.',
  'us-state-10000-containers-feb2024':
    'More than 10,000 containers of munitions or related materials since September 2023; the earliest official source found for the "over 10,000 containers" figure.',
  'sk-shin-6700-containers-feb2024':
    'About 6,700 containers since September 2023, which he said could hold about 3 million 152mm shells or 500,000 122mm shells.',
  'sk-shin-10000-containers-jun2024':
    'At least 10,000 shipping containers detected going from North Korea to Russia.',
  'sk-shin-4.8m-shells-jun2024':
    'Container-capacity estimate: up to 4.8 million shells could fit in the containers; not a count of shells delivered.',
  'sk-dia-13000-containers-aug2024':
    'More than 13,000 containers suspected of carrying arms, since mid-2022.',
  'sk-dia-6m-shells-aug2024':
    'Container-capacity estimate: the 13,000+ containers could hold more than 6 million 152mm shells.',
  'ua-6-officers-killed-donetsk':
    'Six North Korean officers (plus three wounded) among about 20 killed in a Ukrainian missile strike near occupied Donetsk; not independently verified.',
  'times-half-russia-shells-oct2024':
    "Around 3 million shells a year, about half of Russia's artillery shells; many were said to be faulty.",
  'nis-first-1500-special-forces':
    'About 1,500 special forces carried to Vladivostok on Russian Pacific Fleet ships between 8 and 13 October 2024: the first contingent.',
  'ua-zelensky-10000-oct17': 'About 10,000 North Korean soldiers that Russia intended to involve.',
  'nis-decides-12000-four-brigades':
    'About 12,000 troops from four brigades, including special forces, that North Korea had decided to send.',
  'ua-budanov-11000-training':
    'Nearly 11,000 infantry training in eastern Russia, expected to be combat-ready by 1 November 2024.',
  'nis-3000-10000-by-december':
    'A revised estimate of 3,000 troops in Russia; the NIS said the total would reach about 10,000 by December 2024.',
  'us-kirby-3000':
    'At least 3,000 soldiers moved to eastern Russia in early to mid-October 2024; the first official US estimate.',
  'ua-gur-12000-500-officers-3-generals':
    'Nearly 12,000 soldiers in Russia, 500 officers and three generals among them.',
  'us-pentagon-10000':
    'About 10,000 soldiers sent to train in eastern Russia, up from the earlier US figure of 3,000.',
  'us-blinken-8000-kursk': 'Up to 8,000 in the Kursk region, out of roughly 10,000 in Russia.',
  'ua-ponomarenko-100000-rotation':
    'About 100,000 over one year if 10,000–15,000 troops were rotated every two to three months; a conditional projection.',
  'ua-ponomarenko-11000-to-15000': '11,000 in the Kursk region, expected to rise to 15,000.',
  'ua-zelensky-11000-kursk': "11,000 soldiers already in Russia's Kursk region, said in his nightly address.",
  'ua-umerov-15000-projection':
    'Up to 15,000 in the Kursk region if Russia deployed five North Korean units of about 3,000 troops each.',
  'g20-bloomberg-100000':
    'As many as 100,000 troops over time through rotation; Bloomberg said this was not imminent.',
  'nis-11000-kursk-marine-airborne':
    'About 11,000 moved to Kursk in late October 2024, attached to Russian airborne and marine units; 170mm howitzers and 240mm rocket launchers were also sent.',
  'origin-btimes-12000-15000':
    'About 12,000 deployed and possibly up to 15,000 by the end of 2024, as given in the starting article.',
  'ua-zelensky-12000-kyodo':
    'About 12,000 soldiers deployed, for which Zelensky told Kyodo News there was evidence.',
  'nis-100-killed-dec2024':
    'At least 100 killed since entering combat in December 2024; Lee called it a conservative estimate.',
  'nis-1000-wounded-dec2024': 'Nearly 1,000 wounded.',
  'reuters-boilerplate-10000-containers':
    'More than 10,000 containers of artillery rounds and anti-tank rockets, plus self-propelled howitzers and rocket launchers.',
  'sk-jcs-1100-casualties-dec23': 'About 1,100 killed or wounded since North Korean troops entered combat.',
  'ua-zelensky-3000-casualties-dec23':
    'More than 3,000 killed or wounded in the Kursk region, on preliminary data, posted on X; LIGA.net gave it as "nearly 3,000".',
  'us-kirby-1000-in-week': 'About 1,000 killed or wounded in Kursk in a single week, not a running total.',
  'ua-budanov-150-kn23-2025-projected': 'KN-23 missiles expected to be sent during 2025.',
  'ua-budanov-120-koksan': 'M1989 Koksan 170mm self-propelled guns provided over the previous three months.',
  'ua-budanov-120-mlrs': 'M-1991 240mm multiple rocket launchers provided over the previous three months.',
  'uk-western-officials-4000-bbc':
    'About 4,000 battle casualties (killed, wounded, missing or captured) in three months, nearly 40% of roughly 11,000 troops.',
  'ua-captured-2-jan2025': 'Two soldiers taken prisoner alive in Kursk on 9 January 2025.',
  'ua-zelensky-4000-ramstein':
    'Killed and wounded, said at the Ramstein (Ukraine Defence Contact Group) meeting.',
  'nis-2700-wounded-jan2025': 'Roughly 2,700 wounded as of mid-January 2025.',
  'nis-300-killed-jan2025': 'About 300 killed; with about 2,700 wounded, roughly 3,000 casualties in total.',
  'uk-western-officials-1000-killed-bbc':
    'Around 1,000 killed by mid-January 2025, out of about 4,000 casualties.',
  'nis-1000-3000-second-wave': 'A second deployment of 1,000 to 3,000 more troops in January–February 2025.',
  'osint-osc-15800-containers':
    'More than 15,800 ammunition containers in at least 64 shipments, August 2023 to March 2025, from satellite analysis.',
  'osint-osc-4.2-5.8m-rounds':
    'An estimated 4.2 to 5.8 million rounds carried by the shipments, August 2023 to March 2025.',
  'sk-jcs-220-artillery-mlrs':
    'Around 220 170mm self-propelled howitzers and 240mm rocket launchers combined (Yonhap); the AP version attaches the number to the 240mm launchers only.',
  'sk-jcs-3000-additional': 'Some 3,000 or more soldiers sent in January and February 2025.',
  'sk-jcs-4000-casualties': 'About 4,000 killed or wounded among the roughly 11,000 first deployed.',
  'nis-15000-total-two-deployments': 'Troops sent in total across two deployments.',
  'nis-4700-casualties-apr2025': 'Killed or wounded, including about 600 dead.',
  'nis-600-killed-apr2025': 'Roughly 600 killed, with about 4,100 wounded, as of late April 2025.',
  'msmt-20000-containers':
    "More than 20,000 containers of military supplies since September 2023, from the MSMT's first report.",
  'uk-mod-6000-casualties-jun2025':
    'More than 6,000 casualties in Kursk, assessed as "highly likely"; over half of the roughly 11,000 first deployed.',
  'ru-shoigu-1000-deminers': 'Sappers to clear mines in the Kursk region, as announced by Russia.',
  'ru-shoigu-5000-builders':
    'Military construction workers to rebuild infrastructure in the Kursk region, as announced by Russia.',
  'nis-10m-shells-jun2025': 'More than 10 million artillery shells, plus missiles and long-range artillery.',
  'ua-hur-25000-30000-projected':
    'Between 25,000 and 30,000 more troops expected in the coming months; not borne out in later NIS figures.',
  'ua-budanov-40pct-ammo': 'As much as 40% of the ammunition Russia uses.',
  'sk-dia-12m-shells-jul2025':
    'More than 12 million, counted as 152mm-shell equivalent, for about 28,000 containers.',
  'sk-dia-28000-containers-jul2025':
    'About 28,000 containers of weapons and artillery munitions as of July 2025, up from 13,000+ in August 2024.',
  'kcna-memorial-wall-101-portraits':
    'Dead soldiers shown by photo and name on a memorial wall; not a casualty total (a later event showed at least 250 portraits).',
  'nis-2000-killed-sep2025': 'Around 2,000 killed, up from "at least 600" in April 2025.',
  'nis-6000-third-deployment':
    'Soldiers and engineers in a planned third deployment; about 1,000 combat engineers were already in Russia.',
  'nk-acknowledged-350-fatalities':
    "Deaths Pyongyang had officially acknowledged for its first two deployments; the NIS's own estimate at the time was about 2,000.",
  'nis-10000-near-border-nov2025':
    'About 10,000 troops deployed near the Russia–Ukraine border in November 2025.',
  'nis-5000-construction-troops-nov2025':
    'Around 5,000 military construction troops, sent to Russia in phases since September 2025.',
  'reuters-14000-6000-killed-dec2025':
    '"More than 6,000 killed" as worded; this likely confuses deaths with total casualties and conflicts with NIS estimates. The same line says about 14,000 were sent in 2024.',
  'kcna-9-engineers-killed': 'Members of the engineer regiment killed during the Kursk demining mission.',
  'nis-6000-casualties-feb2026': 'About 6,000 killed or wounded, with no breakdown of deaths.',
};

/** A short headline for each event, in our own words and no stronger than the summary. */
const EVENT_TITLES: Record<string, string> = {
  'event-nis-first-deployment-confirmed':
    "South Korea's spy agency reveals the first North Korean deployment to Russia",
  'event-umerov-first-clash': 'Ukraine reports first clashes with North Korean troops in Kursk',
  'event-nk-ratifies-treaty': 'Kim Jong Un ratifies the partnership treaty with Russia',
  'event-us-confirms-combat': 'US says North Korean troops have begun combat in Kursk',
  'event-treaty-in-force': 'Russia–North Korea partnership treaty enters into force',
  'sk-jcs-koksan-mlrs-drones-dec23':
    "South Korea's JCS says North Korea is supplying rocket launchers and artillery",
  'event-first-pows-captured': 'Ukraine captures two wounded North Korean soldiers',
  'event-nk-troops-withdrawn-jan2025':
    'Ukrainian special forces see no North Korean troops in their sectors for weeks',
  'event-kn23-kyiv-apr24-2025': 'North Korean KN-23 missile reported in deadly strike on Kyiv',
  'event-russia-gerasimov-acknowledges': 'Russia acknowledges North Korean troops for the first time',
  'event-nk-confirms-deployment': 'North Korea officially confirms it sent troops to Kursk',
  'event-kim-coffins-ceremony-footage': "State TV shows Kim draping flags over soldiers' coffins",
  'event-repatriation-20-coffins-aug1': 'Kim receives 20 coffins flown back from Russia',
  'event-kim-memorial-ceremony-aug2025': 'Kim holds a state ceremony for soldiers who fought in Kursk',
  'event-pows-letter-south-korea-dec2025': 'North Korean prisoners in Ukraine ask to go to South Korea',
  'event-parade-kursk-units-oct2025': "Kursk units march in Pyongyang's Workers' Party anniversary parade",
  'event-kim-memorial-museum-groundbreaking':
    'Ground broken for a Pyongyang museum honouring the Kursk troops',
  'ru-demining-42400ha': 'Russian state media says North Korean sappers cleared 42,400 hectares',
  'event-engineers-return-dec2025': 'North Korean engineer regiment returns from Kursk; nine killed',
  'event-saeppyol-street-feb2026': 'Kim opens a Pyongyang housing district for families of the fallen',
};

/**
 * Events whose ledger summary does not make clear who reports them get the reporter
 * named up front; the rest of the summary is the ledger's text.
 */
const EVENT_SUMMARIES: Record<string, { replace: string; with: string }> = {
  'event-nis-first-deployment-confirmed': {
    replace: 'The NIS ',
    with: "South Korea's National Intelligence Service (NIS) ",
  },
  'sk-jcs-koksan-mlrs-drones-dec23': {
    replace: 'The JCS said ',
    with: "South Korea's Joint Chiefs of Staff (JCS) said ",
  },
  'event-pows-letter-south-korea-dec2025': {
    replace: 'The two ',
    with: "According to a North Korean defectors' group cited by Yonhap, the two ",
  },
  'event-parade-kursk-units-oct2025': {
    replace: 'Units ',
    with: 'According to North Korean state media (KCNA), units ',
  },
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

const STATUS_SET: ReadonlySet<string> = new Set<Status>([
  'confirmed',
  'reported',
  'estimated',
  'projected',
  'claimed',
  'disputed',
]);

const toStatus = (value: string, entryId: string): Status =>
  STATUS_SET.has(value) ? (value as Status) : fail(`${entryId}: unknown status "${value}"`);

const actorOrder = new Map<string, number>(ACTOR_CATALOGUE.map((actor, index) => [actor.id, index]));
const topicOrder = new Map<string, number>(TOPIC_CATALOGUE.map((topic, index) => [topic.id, index]));
const isParty = new Map<string, boolean>(ACTOR_CATALOGUE.map((actor) => [actor.id, actor.party]));

const sortedUnique = <T extends string>(ids: Iterable<T>, order: Map<string, number>): T[] =>
  [...new Set(ids)].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));

const mapActors = (entry: LedgerEntry): ActorId[] =>
  entry.actors
    .map((name) => lookup(LEDGER_ACTORS, name, 'actor', entry.id))
    .filter((id): id is ActorId => id !== null);

const mapTopics = (entry: LedgerEntry): TopicId[] =>
  entry.topics
    .map((name) => lookup(LEDGER_TOPICS, name, 'topic', entry.id))
    .filter((id): id is TopicId => id !== null);

const present = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

/** By date (as written), then id. */
const byDateThenId = (a: { date: string; id: string }, b: { date: string; id: string }): number =>
  compare(a.date, b.date) || compare(a.id, b.id);

// ---------------------------------------------------------------------------------------
// Sources: one per URL
// ---------------------------------------------------------------------------------------

function buildSources(entries: LedgerEntry[]): { sources: Source[]; idByUrl: Map<string, string> } {
  const byUrl = new Map<string, LedgerSource>();
  for (const entry of entries) {
    const source = entry.source;
    const seen = byUrl.get(source.url);
    if (!seen) byUrl.set(source.url, source);
    else if (
      seen.outlet !== source.outlet ||
      seen.headline !== source.headline ||
      seen.published !== source.published
    ) {
      fail(`${entry.id}: source ${source.url} is described differently by different ledger entries`);
    }
  }

  // The outlet's name before any "(citing …)" or ", via …", plus the published date.
  const baseId = (source: LedgerSource): string => {
    const name = slugify(source.outlet.split(/ \(|,/)[0] ?? source.outlet);
    return `${name || 'source'}-${source.published ?? 'undated'}`;
  };
  const ordered = [...byUrl.values()].sort((a, b) => compare(baseId(a), baseId(b)) || compare(a.url, b.url));
  const used = new Map<string, number>();
  const idByUrl = new Map<string, string>();
  const sources: Source[] = [];
  for (const source of ordered) {
    const base = baseId(source);
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
    });
  }
  // Dated sources first, in date order; then undated ones; ids break ties.
  sources.sort((a, b) => compare(a.published ?? '9999', b.published ?? '9999') || compare(a.id, b.id));
  return { sources, idByUrl };
}

// ---------------------------------------------------------------------------------------
// Records
// ---------------------------------------------------------------------------------------

const metricByLedger = new Map(METRICS.map((metric) => [metric.ledger, metric]));

/**
 * Figures whose scope differs from the rest of their ledger metric: a part, a single week
 * or a yearly amount would read as a total in key figures, charts and revision chains,
 * so they get a metric of their own. The numbers themselves are unchanged.
 */
const LEDGER_METRIC_BY_ENTRY: Record<string, string> = {
  'ua-6-officers-killed-donetsk': 'killed_in_incident',
  'kcna-9-engineers-killed': 'killed_in_incident',
  'us-kirby-1000-in-week': 'casualties_one_week',
  'times-half-russia-shells-oct2024': 'artillery_shells_one_year',
  'ua-zelensky-3.5m-shells-2024': 'artillery_shells_one_year',
  'msmt-9m-rounds-2024': 'artillery_shells_one_year',
};

function buildFigure(entry: LedgerEntry, sourceId: string): Figure {
  const metric =
    metricByLedger.get(LEDGER_METRIC_BY_ENTRY[entry.id] ?? entry.metric ?? '') ??
    fail(`${entry.id}: unknown metric "${entry.metric}"`);
  const claimant = lookup(CLAIMANTS, entry.claimant, 'claimant', entry.id);
  const qualifier = lookup(FIGURE_NOTES, entry.id, 'figure note for', entry.id);
  const note = claimant.via ? `${qualifier} ${claimant.via}` : qualifier;
  const extraTopics = sortedUnique(mapTopics(entry), topicOrder).filter((topic) => topic !== metric.topic);

  // Keys in the documented order; low/high only when the ledger has them.
  return {
    id: slugify(entry.id),
    metric: metric.id,
    date: entry.date,
    value: entry.value ?? fail(`${entry.id}: no value`),
    ...(present(entry.low) ? { low: entry.low } : {}),
    ...(present(entry.high) ? { high: entry.high } : {}),
    status: toStatus(entry.status ?? fail(`${entry.id}: a figure needs a status`), entry.id),
    claimant: claimant.claimant,
    ...(claimant.claimantDetail ? { claimantDetail: claimant.claimantDetail } : {}),
    actors: sortedUnique(mapActors(entry), actorOrder),
    sources: [sourceId],
    note,
    ...(extraTopics.length > 0 ? { topics: extraTopics } : {}),
  };
}

function buildEvent(entry: LedgerEntry, sourceId: string): FactEvent {
  const claimant = lookup(CLAIMANTS, entry.claimant, 'claimant', entry.id);
  const title = lookup(EVENT_TITLES, entry.id, 'event title for', entry.id);
  if (title.length > 90) fail(`${entry.id}: title is longer than 90 characters`);
  let summary = entry.summary;
  const rewrite = EVENT_SUMMARIES[entry.id];
  if (rewrite) {
    if (!summary.startsWith(rewrite.replace))
      fail(`${entry.id}: summary no longer starts with "${rewrite.replace}"`);
    summary = rewrite.with + summary.slice(rewrite.replace.length);
  }
  const actors = mapActors(entry);
  if (isParty.get(claimant.claimant)) actors.push(claimant.claimant);
  return {
    id: slugify(entry.id),
    date: entry.date,
    title,
    summary,
    actors: sortedUnique(actors, actorOrder),
    topics: sortedUnique(mapTopics(entry), topicOrder),
    sources: [sourceId],
  };
}

function buildStatement(entry: LedgerEntry, sourceId: string): Statement {
  const speaker = entry.speaker ?? fail(`${entry.id}: a statement needs a speaker`);
  const quote = entry.quote ?? fail(`${entry.id}: a statement needs a quote`);
  const actor = lookup(SPEAKERS, speaker, 'speaker', entry.id);
  const claimant = lookup(CLAIMANTS, entry.claimant, 'claimant', entry.id);
  if (claimant.claimant !== actor) {
    fail(`${entry.id}: speaker side "${actor}" differs from claimant side "${claimant.claimant}"`);
  }
  const others = sortedUnique(mapActors(entry), actorOrder).filter((id) => id !== actor);
  return {
    id: slugify(entry.id),
    date: entry.date,
    speaker,
    ...(present(entry.speaker_role) ? { role: entry.speaker_role } : {}),
    actor,
    ...(others.length > 0 ? { actors: others } : {}),
    quote,
    ...(present(entry.context) ? { context: entry.context } : {}),
    // A named speaker on the record is "confirmed" unless the ledger says otherwise.
    status: present(entry.status) ? toStatus(entry.status, entry.id) : 'confirmed',
    topics: sortedUnique(mapTopics(entry), topicOrder),
    sources: [sourceId],
  };
}

// ---------------------------------------------------------------------------------------
// The dataset
// ---------------------------------------------------------------------------------------

function buildFactsheet(entries: LedgerEntry[]): Factsheet {
  const ids = new Set<string>();
  for (const entry of entries) {
    const id = slugify(entry.id);
    if (ids.has(id)) fail(`${entry.id}: its slug "${id}" is already used`);
    ids.add(id);
  }
  // Tables must not carry entries for ids the ledger no longer has.
  for (const [name, table] of [
    ['FIGURE_NOTES', FIGURE_NOTES],
    ['EVENT_TITLES', EVENT_TITLES],
    ['EVENT_SUMMARIES', EVENT_SUMMARIES],
  ] as const) {
    for (const key of Object.keys(table)) {
      if (!entries.some((entry) => entry.id === key))
        fail(`${name} has "${key}", which is not in the ledger`);
    }
  }

  const { sources, idByUrl } = buildSources(entries);
  const sourceOf = (entry: LedgerEntry): string =>
    idByUrl.get(entry.source.url) ?? fail(`${entry.id}: no source`);

  const figures: Figure[] = [];
  const events: FactEvent[] = [];
  const statements: Statement[] = [];
  for (const entry of entries) {
    if (entry.kind === 'statement') {
      statements.push(buildStatement(entry, sourceOf(entry)));
    } else if (present(entry.metric) || present(entry.value)) {
      if (!present(entry.metric) || !present(entry.value))
        fail(`${entry.id}: has a metric or a value but not both`);
      figures.push(buildFigure(entry, sourceOf(entry)));
    } else {
      // Ledger events, and findings that state something without a number
      // (e.g. sk-jcs-koksan-mlrs-drones-dec23).
      events.push(buildEvent(entry, sourceOf(entry)));
    }
  }
  figures.sort(byDateThenId);
  events.sort(byDateThenId);
  statements.sort(byDateThenId);

  const usedMetrics = new Set(figures.map((figure) => figure.metric));
  const metrics: Metric[] = METRICS.filter((metric) => usedMetrics.has(metric.id)).map((metric) => ({
    id: metric.id,
    name: metric.name,
    unit: metric.unit,
    topic: metric.topic,
    ...(metric.headline ? { headline: true } : {}),
  }));

  const usedActors = new Set<string>([
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

  // The latest date anywhere in the data: item dates and source publication dates.
  const dates = [
    ...figures.map((figure) => figure.date),
    ...events.map((event) => event.date),
    ...statements.map((statement) => statement.date),
    ...sources.map((source) => source.published).filter(present),
  ];
  const updated = dates.reduce((latest, date) => (compare(date, latest) > 0 ? date : latest), '');
  if (!updated) fail('the ledger has no dates');
  const [year, month = '01'] = updated.split('-');

  return {
    $schema: './factsheet.schema.json',
    meta: {
      title: "North Korea's military support for Russia",
      subtitle:
        "Troops, casualties, arms shipments and statements on North Korea's part in Russia's war against Ukraine: who claims each number, and how sure it is",
      description:
        'Built from a research ledger in which every figure, event and quote is tied to a published source. Where claimants disagree, their figures are kept side by side rather than merged.',
      updated,
      version: `${year}.${month}.1`,
    },
    actors,
    topics,
    sources,
    metrics,
    figures,
    events,
    statements,
  };
}

function main(): void {
  const ledgerPath = process.argv[2] ? resolve(process.argv[2]) : DEFAULT_LEDGER;
  const entries = JSON.parse(readFileSync(ledgerPath, 'utf8')) as LedgerEntry[];
  if (!Array.isArray(entries)) fail(`${ledgerPath}: expected a list of ledger entries`);

  const factsheet = buildFactsheet(entries);
  const text = `${JSON.stringify(factsheet, null, 2)}\n`;
  mkdirSync(dirname(OUTPUT), { recursive: true });
  writeFileSync(OUTPUT, text);

  const where = relative(process.cwd(), OUTPUT) || OUTPUT;
  console.log(
    `Wrote ${where} from ${entries.length} ledger entries: ${factsheet.figures.length} figures, ` +
      `${factsheet.events.length} events, ${factsheet.statements.length} statements, ` +
      `${factsheet.sources.length} sources, ${factsheet.metrics.length} metrics, ${factsheet.actors.length} actors ` +
      `(claimant table: ${Object.keys(CLAIMANTS).length} entries).`,
  );

  const result = validateFactsheet(JSON.parse(text));
  if (!result.ok) {
    for (const problem of result.problems) console.error(`  ${formatProblem(problem)}`);
    console.error(`✗ the dataset breaks ${result.problems.length} rule(s) of the format.`);
    process.exit(1);
  }
}

main();
