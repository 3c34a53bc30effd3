/**
 * A deterministic synthetic dataset (format v1) of any size, for tests and benchmarks.
 *
 * Pure: no Node or DOM APIs, so both the Node scripts and the Vitest suite (which is
 * type-checked with the app's settings) can import it. The CLI lives in scripts/synth-data.ts.
 *
 * The same (items, seed) always gives the same dataset, key order included, so the JSON
 * text is byte-identical. The shape imitates a real fact sheet: a few actors that appear
 * everywhere and a long tail, every status and date precision, ranges on some figures,
 * values from a handful to tens of millions, text with unicode, markup-like characters,
 * quotes, commas and newlines.
 */
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
} from '../../src/data/schema.ts';

/** mulberry32: a small, fast 32-bit PRNG; good enough for test data, and reproducible. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;

const int = (rng: Rng, min: number, max: number): number => min + Math.floor(rng() * (max - min + 1));
const chance = (rng: Rng, p: number): boolean => rng() < p;
function pick<T>(rng: Rng, list: readonly T[]): T {
  return list[Math.floor(rng() * list.length)] as T;
}
/** Skewed towards the start of the list: a few actors appear in most records, as in real data. */
function pickSkewed<T>(rng: Rng, list: readonly T[]): T {
  const r = rng();
  return list[Math.floor(r * r * list.length)] as T;
}
/** 1..max distinct entries, skewed towards the start of the list. */
function pickSome<T>(rng: Rng, list: readonly T[], min: number, max: number, skewed = true): T[] {
  const count = Math.min(list.length, int(rng, min, max));
  const chosen = new Set<T>();
  let guard = 0;
  while (chosen.size < count && guard++ < 50) chosen.add(skewed ? pickSkewed(rng, list) : pick(rng, list));
  return [...chosen];
}

const slugify = (text: string): string =>
  text
    .replace(/æ/gi, 'ae')
    .replace(/ø/gi, 'o')
    .replace(/ł/gi, 'l')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'x';

const WORDS = (
  'the a of to and in on for with from by at about after before over under against between during ' +
  'troops soldiers units battalion brigade border front line region village bridge depot warehouse ' +
  'shipment shells rockets missiles drones artillery fuel oil grain rice fertiliser containers trains ' +
  'ships port railway convoy satellite images intelligence service ministry defence foreign office ' +
  'officials analysts observers report reported estimate estimated confirmed denied disputed claimed ' +
  'sources said says according statement briefing hearing parliament summit treaty agreement talks ' +
  'sanctions exports imports payment transfer technology workers labour casualties wounded killed ' +
  'captured prisoners exchange offensive counter-offensive advance retreat positions training camp ' +
  'deployment rotation reinforcements losses figures range numbers thousands hundreds dozens roughly ' +
  'nearly more than fewer than at least up to new first second latest earlier later weekly monthly ' +
  'annual northern southern eastern western coastal mountain river forest city capital province ' +
  'Kursk Pyongyang Vladivostok Rason Khasan Tumen Donetsk Belgorod Seoul Kyiv Moscow Tokyo'
).split(' ');

/** Words that exercise escaping and normalisation wherever text is shown or searched. */
const ODD_WORDS = [
  'café',
  'naïve',
  'Zoë',
  'São Paulo',
  'Łódź',
  'Kyiv’s',
  'Ünal',
  'Nguyễn',
  '김정은',
  'Шойгу',
  '—',
  '…',
  '“so-called”',
  '"quoted"',
  "'single'",
  '<b>bold</b>',
  '<script>alert(1)</script>',
  'A&B',
  '&amp;',
  '5 > 3',
  '2 < 4',
  '50%',
  '$1.2bn',
  '≈',
  '🚀',
];

function sentence(rng: Rng, min: number, max: number): string {
  const count = int(rng, min, max);
  const words: string[] = [];
  for (let i = 0; i < count; i++) {
    let word = chance(rng, 0.04) ? pick(rng, ODD_WORDS) : pick(rng, WORDS);
    if (i < count - 1 && chance(rng, 0.08)) word += ',';
    words.push(word);
  }
  const text = words.join(' ');
  const end = pick(rng, ['.', '.', '.', '.', '!', '?', '…']);
  return text.charAt(0).toUpperCase() + text.slice(1) + end;
}

/** Sentences joined by spaces, and now and then a paragraph break. */
function paragraph(rng: Rng, sentences: number, min = 6, max = 18): string {
  let text = '';
  for (let i = 0; i < sentences; i++) {
    if (i > 0) text += chance(rng, 0.15) ? '\n' : ' ';
    text += sentence(rng, min, max);
  }
  return text;
}

const STATUSES: readonly Status[] = [
  'confirmed',
  'reported',
  'estimated',
  'projected',
  'claimed',
  'disputed',
];

// ~2020-01-01 .. 2026-06-30, in days since 1970-01-01.
const FIRST_DAY = Date.UTC(2020, 0, 1) / 86_400_000;
const LAST_DAY = Date.UTC(2026, 5, 30) / 86_400_000;

/** A real calendar date at day (65%), month (25%) or year (10%) precision. */
function randomDate(rng: Rng, precision?: 'day' | 'month' | 'year'): string {
  const day = int(rng, FIRST_DAY, LAST_DAY);
  const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
  const r = rng();
  const chosen = precision ?? (r < 0.65 ? 'day' : r < 0.9 ? 'month' : 'year');
  return chosen === 'day' ? iso : chosen === 'month' ? iso.slice(0, 7) : iso.slice(0, 4);
}

const ACTOR_NAMES: readonly [string, string?][] = [
  ['Northern Republic', 'NR'],
  ['Eastern Federation', 'EF'],
  ['Western Union', 'WU'],
  ['Southern Kingdom', 'SK'],
  ['Ærøland'],
  ['Kōmura Islands'],
  ['Zëvia', 'ZV'],
  ['Duchy of Łęcz'],
  ['Norland'],
  ['Sudmark'],
  ['Valoria'],
  ['Karistan'],
  ['Mirovia'],
  ['Zanmark'],
  ['Belgravia'],
  ['Torland'],
  ['Lysia'],
  ['Ostravia'],
  ['Perunia'],
  ['Quellen'],
  ['Ravonia'],
  ['Solvan'],
  ['Tarkesh'],
  ['Umbria Nova'],
  ['Veskar'],
  ['Wendria'],
  ['Xanthe'],
  ['Yarova'],
  ['Zhelin'],
  ['Arcadia League', 'AL'],
  ['Borealis Pact', 'BP'],
  ['Coalition of the Straits', 'CoS'],
  ['Delta Council'],
  ['Emerald Coast'],
  ['Fjordmark'],
  ['Grand Steppe'],
  ['Highland Accord'],
  ['Iron Gate Alliance', 'IGA'],
  ['Jade Frontier'],
  ['United Nations Panel', 'UN'],
];

const TOPIC_NAMES = [
  'Troops',
  'Casualties',
  'Munitions',
  'Missiles',
  'Oil & fuel',
  'Food aid',
  'Sanctions',
  'Diplomacy',
  'Labour',
  'Technology transfer',
  'Rhetoric',
  'Prisoners',
];

/** name, unit, topic index, power of ten of typical values, decimals. The first 7 are headline. */
const METRICS: readonly [string, string, number, number, number][] = [
  ['Troops deployed', 'soldiers', 0, 4, 0],
  ['Casualties', 'people', 1, 3, 0],
  ['Artillery shells shipped', 'shells', 2, 6, 0],
  ['Ballistic missiles supplied', 'missiles', 3, 1, 0],
  ['Oil delivered', 'barrels', 4, 7, 0],
  ['Containers shipped', 'containers', 2, 4, 0],
  ['Workers sent abroad', 'workers', 8, 4, 0],
  ['Soldiers killed', 'people', 1, 2, 0],
  ['Soldiers wounded', 'people', 1, 3, 0],
  ['Soldiers captured', 'people', 11, 0, 0],
  ['Rocket launchers supplied', 'launchers', 2, 2, 0],
  ['Self-propelled guns supplied', 'guns', 2, 2, 0],
  ['Drones supplied', 'drones', 9, 3, 0],
  ['Missile launches', 'launches', 3, 1, 0],
  ['Refined products delivered', 'tonnes', 4, 5, 1],
  ['Fuel value', 'USD million', 4, 2, 1],
  ['Grain delivered', 'tonnes', 5, 5, 0],
  ['Rice shipped', 'tonnes', 5, 4, 0],
  ['Fertiliser shipped', 'tonnes', 5, 4, 1],
  ['Sanctions designations', 'entities', 6, 1, 0],
  ['Sanctioned ship visits', 'port calls', 6, 1, 0],
  ['Frozen assets', 'USD billion', 6, 0, 2],
  ['Official visits', 'visits', 7, 0, 0],
  ['Agreements signed', 'agreements', 7, 0, 0],
  ['Remittances', 'USD million', 8, 2, 1],
  ['Engineers seconded', 'people', 9, 2, 0],
  ['Satellite launches assisted', 'launches', 9, 0, 0],
  ['Threats reported', 'statements', 10, 1, 0],
  ['Prisoners exchanged', 'people', 11, 2, 0],
  ['Rail cars observed', 'rail cars', 2, 3, 0],
];

const CLAIMANT_DETAILS = [
  'Ministry of Defence',
  'National Intelligence Service',
  'General Staff',
  'Foreign Ministry',
  'Presidential Office',
  'Military Intelligence Directorate',
  'Joint Chiefs of Staff',
  'Defence Intelligence Agency',
  'State news agency',
  'Open-source monitors “Watchtower”',
  'Anonymous senior official',
  'Parliamentary committee',
  'Border Guard Service',
  'Office of the Prime Minister',
  'Institute for Strategic Studies',
];

const OUTLETS = [
  'Wire Service',
  'Daily Ledger',
  'The Harbour Times',
  'Süddeutsche Rundschau',
  'El País Global',
  'Ñandú News',
  'Northern Broadcasting',
  'Radio Free Steppe',
  'The Straits Observer',
  'Kōmura Shimbun',
  'Reuters-like Agency',
  'Policy & Defence Review',
  'Open Source Monitor',
  'Gazette "Frontier"',
  'Evening Post',
  'Channel 7 <Live>',
  'Le Courrier Diplomatique',
  'Economic Weekly',
  'Satellite Imagery Lab',
  'Think Tank Brief',
];

const FIRST_NAMES = [
  'Anna',
  'José',
  'Søren',
  'Zoë',
  'Łukasz',
  'Min-jun',
  'Olga',
  'Kwame',
  'Aiko',
  'Pierre',
  'Fatima',
  'Ivan',
  'Mei',
  'Oskar',
  'Nguyễn',
  'Björn',
];
const LAST_NAMES = [
  'Kim',
  'Novak',
  'García',
  'Müller',
  'Petrov',
  'Tanaka',
  'O’Brien',
  'Dubois',
  'Haddad',
  'Andersson',
  'Lee',
  'Kowalski',
  'Sato',
  'Park',
  'Ivanova',
  'Mensah',
];
const ROLES = [
  'Defence Minister',
  'Foreign Minister',
  'President',
  'Prime Minister',
  'Spokesperson',
  'Intelligence chief',
  'Ambassador to the UN',
  'Military analyst',
  'Member of parliament',
  'General',
];

export interface SynthCounts {
  figures: number;
  events: number;
  statements: number;
  sources: number;
}

/** How N items split: about half figures, a quarter events, a quarter statements. */
export function synthCounts(items: number): SynthCounts {
  const n = Math.max(0, Math.floor(items));
  const figures = Math.round(n * 0.5);
  const events = Math.floor((n - figures) / 2);
  return { figures, events, statements: n - figures - events, sources: Math.max(20, Math.round(n / 4)) };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A valid format-v1 dataset with exactly `items` figures, events and statements in all. */
export function synthDataset(items: number, seed = 1): Factsheet {
  const rng = mulberry32(Math.imul(seed | 0, 0x9e3779b1) ^ 0x5bd1e995);
  const counts = synthCounts(items);
  const width = String(Math.max(1, counts.figures, counts.events, counts.statements, counts.sources)).length;

  const actors: Actor[] = ACTOR_NAMES.map(([name, short]) => {
    const actor: Actor = { id: slugify(name), name };
    if (short) actor.short = short;
    return actor;
  });
  const actorIds = actors.map((a) => a.id);

  const topics: Topic[] = TOPIC_NAMES.map((name) => ({ id: slugify(name), name }));
  const topicIds = topics.map((t) => t.id);

  const metrics: Metric[] = METRICS.map(([name, unit, topic], at) => {
    const metric: Metric = { id: slugify(name), name, unit, topic: topicIds[topic] as string };
    if (at < 7) metric.headline = true;
    return metric;
  });

  // ~60 claimants: one per actor, then a second organisation for the 20 most active actors.
  const claimants: { actor: string; detail?: string }[] = [];
  for (let i = 0; i < 60; i++) {
    const actor = actorIds[i < 40 ? i : (i - 40) % 40] as string;
    const detailIndex = i < 40 ? i % CLAIMANT_DETAILS.length : (i * 7 + 3) % CLAIMANT_DETAILS.length;
    // Some claimants are a whole side with no named organisation.
    if (i % 9 === 4) claimants.push({ actor });
    else claimants.push({ actor, detail: CLAIMANT_DETAILS[detailIndex] });
  }

  const sources: Source[] = [];
  for (let i = 0; i < counts.sources; i++) {
    const outlet = pick(rng, OUTLETS);
    const published = randomDate(rng, chance(rng, 0.85) ? 'day' : 'month');
    const domain = `${slugify(outlet).replace(/-/g, '')}.example.${pick(rng, ['com', 'org', 'net', 'co.uk'])}`;
    const scheme = chance(rng, 0.1) ? 'http' : 'https';
    const path = `${published.replace(/-/g, '/')}/${slugify(sentence(rng, 3, 7)).slice(0, 60)}-${i}`;
    const source: Source = {
      id: `${slugify(outlet)}-${pad(i + 1, width)}`,
      outlet,
      url: `${scheme}://www.${domain}/${path}${chance(rng, 0.2) ? `?ref=rss&id=${i}` : ''}`,
    };
    if (chance(rng, 0.85)) source.title = sentence(rng, 5, 14);
    if (chance(rng, 0.88)) source.published = published;
    sources.push(source);
  }
  const sourceIds = sources.map((s) => s.id);
  const someSources = () => pickSome(rng, sourceIds, 1, chance(rng, 0.8) ? 1 : 3, false);

  const figures: Figure[] = [];
  for (let i = 0; i < counts.figures; i++) {
    const at = Math.floor(rng() * rng() * METRICS.length);
    const [, , , power, decimals] = METRICS[at] as (typeof METRICS)[number];
    const metric = metrics[at] as Metric;
    const claimant = pickSkewed(rng, claimants);
    const date = randomDate(rng);
    const scale = 10 ** decimals;
    const value = Math.max(0, Math.round(10 ** power * (0.2 + rng() * 4) * scale) / scale);
    const figure: Figure = {
      id: `${metric.id}-${date}-f${pad(i + 1, width)}`,
      metric: metric.id,
      date,
      value,
      status: pick(rng, STATUSES),
      claimant: claimant.actor,
      actors: [],
      sources: someSources(),
    };
    if (chance(rng, 0.35)) {
      const spread = 0.05 + rng() * 0.45;
      if (chance(rng, 0.9)) figure.low = Math.min(value, Math.floor(value * (1 - spread) * scale) / scale);
      if (chance(rng, 0.9)) figure.high = Math.max(value, Math.ceil(value * (1 + spread) * scale) / scale);
    }
    if (claimant.detail) figure.claimantDetail = claimant.detail;
    figure.actors = pickSome(rng, actorIds, 1, 3);
    if (chance(rng, 0.45)) {
      figure.note = chance(rng, 0.3)
        ? `Via lawmakers after a closed briefing; ${sentence(rng, 4, 12)}`
        : paragraph(rng, int(rng, 1, 2));
    }
    if (chance(rng, 0.2)) figure.topics = pickSome(rng, topicIds, 1, 2, false);
    // Re-order the keys as the format lists them, so the JSON reads like a hand-written file.
    figures.push({
      id: figure.id,
      metric: figure.metric,
      date: figure.date,
      value: figure.value,
      ...(figure.low !== undefined ? { low: figure.low } : {}),
      ...(figure.high !== undefined ? { high: figure.high } : {}),
      status: figure.status,
      claimant: figure.claimant,
      ...(figure.claimantDetail !== undefined ? { claimantDetail: figure.claimantDetail } : {}),
      actors: figure.actors,
      sources: figure.sources,
      ...(figure.note !== undefined ? { note: figure.note } : {}),
      ...(figure.topics !== undefined ? { topics: figure.topics } : {}),
    });
  }

  const events: FactEvent[] = [];
  for (let i = 0; i < counts.events; i++) {
    const date = randomDate(rng);
    const title = sentence(rng, 5, 12).replace(/[.!?…]$/, '');
    const actorsOf = pickSome(rng, actorIds, 1, 3);
    const topicsOf = pickSome(rng, topicIds, 1, 2, false);
    const summary = chance(rng, 0.8) ? paragraph(rng, int(rng, 1, 4)) : undefined;
    events.push({
      id: `event-${date}-e${pad(i + 1, width)}`,
      date,
      title,
      ...(summary !== undefined ? { summary } : {}),
      actors: actorsOf,
      topics: topicsOf,
      sources: someSources(),
    });
  }

  const speakers = Array.from({ length: 80 }, (_, at) => {
    const name = `${FIRST_NAMES[at % FIRST_NAMES.length] as string} ${LAST_NAMES[(at * 5 + Math.floor(at / 16)) % LAST_NAMES.length] as string}`;
    return {
      name,
      role:
        at % 7 === 6
          ? undefined
          : `${ROLES[at % ROLES.length] as string} of ${ACTOR_NAMES[(at * 3) % 40]?.[0] as string}`,
      actor: actorIds[(at * 3) % 40] as string,
    };
  });

  const statements: Statement[] = [];
  for (let i = 0; i < counts.statements; i++) {
    const speaker = pickSkewed(rng, speakers);
    const date = randomDate(rng);
    const statement: Statement = {
      id: `${slugify(speaker.name)}-${date}-s${pad(i + 1, width)}`,
      date,
      speaker: speaker.name,
      ...(speaker.role !== undefined ? { role: speaker.role } : {}),
      actor: speaker.actor,
      ...(chance(rng, 0.6) ? { actors: pickSome(rng, actorIds, 1, 3) } : {}),
      quote: paragraph(rng, int(rng, 1, 4), 8, 24),
      ...(chance(rng, 0.5) ? { context: paragraph(rng, int(rng, 1, 2)) } : {}),
      status: pick(rng, STATUSES),
      topics: pickSome(rng, topicIds, 1, 2, false),
      sources: someSources(),
    };
    statements.push(statement);
  }

  return {
    meta: {
      title: `Synthetic fact sheet: ${items.toLocaleString('en-GB')} items`,
      subtitle: `Generated data for tests and benchmarks (seed ${seed}); none of it is true.`,
      description:
        'Made by scripts/synth-data.ts: made-up actors, figures, events & quotes in the v1 format.',
      updated: '2026-06-30',
      version: `synth-${items}-${seed}`,
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
