// Seeded generator of invented race-report articles for the extractor benchmark. Every name, city
// and meeting here is made up or generic; the same seed always gives the same articles.
import type { Article } from '../src/data/types';

/** mulberry32: a tiny, fast, seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const between = (random: Random, lo: number, hi: number): number => lo + random() * (hi - lo);

const FIRST = ['Aran', 'Bela', 'Corin', 'Dagny', 'Elio', 'Farah', 'Galen', 'Hedda', 'Ivo', 'Juna', 'Kasim'];
const FIRST_MORE = ['Liesl', 'Mato', 'Nerys', 'Odin', 'Priya', 'Quill', 'Rasmus', 'Sela', 'Tamsin', 'Ulric'];
const LAST = ['Abernathy', 'Brevik', 'Castellan', 'Dunmore', 'Eklund', 'Farrow', 'Gatimu', 'Halvorsen'];
const LAST_MORE = ['Imbert', 'Jelani', 'Kestrel', 'Lindqvist', 'Mwangi', 'Nakamura', 'Okonjo', 'Pellworth'];
const LAST_EVEN_MORE = ['Quarrie', 'Rotich', 'Sandvik', 'Tarrant', 'Udeh', 'Varga', 'Whitlock', 'Yegon'];
const FIRST_NAMES = [...FIRST, ...FIRST_MORE];
const LAST_NAMES = [...LAST, ...LAST_MORE, ...LAST_EVEN_MORE];

interface Nation {
  code: string;
  name: string;
  demonym: string;
}
const NATIONS: readonly Nation[] = [
  { code: 'KEN', name: 'Kenya', demonym: 'Kenyan' },
  { code: 'ETH', name: 'Ethiopia', demonym: 'Ethiopian' },
  { code: 'NOR', name: 'Norway', demonym: 'Norwegian' },
  { code: 'GBR', name: 'Great Britain', demonym: 'British' },
  { code: 'USA', name: 'the United States', demonym: 'American' },
  { code: 'JAM', name: 'Jamaica', demonym: 'Jamaican' },
  { code: 'AUS', name: 'Australia', demonym: 'Australian' },
  { code: 'ESP', name: 'Spain', demonym: 'Spanish' },
  { code: 'UGA', name: 'Uganda', demonym: 'Ugandan' },
  { code: 'JPN', name: 'Japan', demonym: 'Japanese' },
];

interface Event {
  label: string;
  /** Winning time range in seconds, men then women. */
  men: [number, number];
  women: [number, number];
  /** Typical spacing between consecutive finishers, in seconds. */
  spread: number;
}
const EVENTS: readonly Event[] = [
  { label: '100m', men: [9.78, 10.15], women: [10.7, 11.15], spread: 0.05 },
  { label: '800m', men: [102, 106], women: [115, 120], spread: 0.35 },
  { label: '1500m', men: [207, 215], women: [230, 240], spread: 0.6 },
  { label: '5000m', men: [770, 800], women: [840, 880], spread: 2.5 },
  { label: '10,000m', men: [1600, 1660], women: [1740, 1830], spread: 5 },
  { label: 'marathon', men: [7400, 7700], women: [8100, 8500], spread: 25 },
];

const COMPETITIONS = [
  (city: string, year: number) => `the ${city} ${year} Olympics`,
  (city: string, year: number) => `the World Championships in ${city} (${year})`,
  (city: string) => `the Diamond League meeting in ${city}`,
  (city: string) => `the ${city} Diamond League`,
  (city: string, _year: number, nation: Nation) => `the ${nation.demonym} national championships in ${city}`,
];
const CITIES = ['Lowmere', 'Port Carrow', 'Velden', 'Ashbury', 'Santa Ilsa', 'Nordhavn', 'Kestwick', 'Orlan'];
const MONTHS = ['May', 'June', 'July', 'August', 'September'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth'];
const MEDALS = ['gold', 'silver', 'bronze'];
const NOISE = [
  'Advertisement',
  'Share this article',
  'Photo: Staff photographer',
  'Read more: the season so far in numbers',
  'Sign up for our athletics newsletter',
  '© Invented Sports Media',
];
const QUOTES = [
  'I knew I had something left for the last 100 metres.',
  "It wasn't the plan to lead that early, but the legs felt good.",
  'The crowd carried me home. I could not have asked for more.',
  "I'm disappointed, but that is racing. I will be back.",
  'We trained all winter for this moment and it paid off.',
];

/** Formats seconds as the articles write them: ss.hh, m:ss.hh, or h:mm:ss for road races. */
function formatTime(total: number, road: boolean): string {
  if (road) {
    const whole = Math.round(total);
    const h = Math.floor(whole / 3600);
    const m = Math.floor((whole % 3600) / 60);
    return `${h}:${String(m).padStart(2, '0')}:${String(whole % 60).padStart(2, '0')}`;
  }
  const hundredths = Math.round(total * 100);
  const secs = (hundredths % 6000) / 100;
  const mins = Math.floor(hundredths / 6000);
  return mins === 0 ? secs.toFixed(2) : `${mins}:${secs.toFixed(2).padStart(5, '0')}`;
}

interface Runner {
  name: string;
  nation: Nation;
  time: number;
}

function createField(random: Random, event: Event, women: boolean): Runner[] {
  const size = 8 + Math.floor(random() * 5);
  const [lo, hi] = women ? event.women : event.men;
  let time = between(random, lo, hi);
  const names = new Set<string>();
  const field: Runner[] = [];
  while (field.length < size) {
    const name = `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`;
    if (names.has(name)) continue;
    names.add(name);
    field.push({ name, nation: pick(random, NATIONS), time });
    time += between(random, 0.2, 1.8) * event.spread;
  }
  return field;
}

/** "On August 6", "on Sunday", "On 14 July": `on` is "On" at the start of a sentence. */
function dateLine(random: Random, on = 'On'): string {
  const kind = Math.floor(random() * 3);
  if (kind === 0) return `${on} ${pick(random, MONTHS)} ${1 + Math.floor(random() * 28)}`;
  if (kind === 1) return `${on} ${pick(random, WEEKDAYS)}`;
  return `${on} ${1 + Math.floor(random() * 28)} ${pick(random, MONTHS)}`;
}

const asLeadIn = (quote: string): string => quote.replace(/\.$/, ',');

const who = (random: Random, r: Runner): string =>
  random() < 0.5 ? `${r.nation.demonym} ${r.name}` : `${r.nation.name}'s ${r.name}`;

function narrative(random: Random, field: readonly Runner[], road: boolean, event: Event): string[] {
  const [first, second, third] = field as [Runner, Runner, Runner];
  const time = (r: Runner) => formatTime(r.time, road);
  const gap = (r: Runner) => (r.time - first.time).toFixed(road ? 0 : 2);
  const chaser = pick(random, field.slice(3));
  const sprint = event.label === '100m';
  return [
    sprint
      ? `${who(random, chaser)} was quickest out of the blocks, but by 60 metres ${first.name} had drawn level ` +
        `and was pulling clear of the field.`
      : `${who(random, chaser)} set the early pace, towing the field through the first lap before the ` +
        `favourites began to move up on the outside. ${first.name} stayed patient in the pack.`,
    `${sprint ? 'In the final metres' : `With ${road ? '5km' : '200m'} to go`} ${first.name} struck, and only ` +
      `${second.name} could respond. ${second.name} took ${MEDALS[1]} in ${time(second)}, ${gap(second)} seconds ` +
      `behind, while ${third.name} held on for ${MEDALS[2]} in ${time(third)}.`,
    `"${asLeadIn(pick(random, QUOTES))}" said ${first.name} afterwards. ${third.name} added: "${pick(random, QUOTES)}"`,
    `${chaser.name} eventually finished ${ORDINALS[field.indexOf(chaser)] ?? 'well down the field'} in ` +
      `${time(chaser)}, a performance that ${random() < 0.5 ? 'pleased' : 'frustrated'} the ${chaser.nation.demonym} team.`,
  ];
}

/** A further paragraph about the race, its field or its setting, different each time. */
function filler(random: Random, field: readonly Runner[], road: boolean): string {
  const [first, second] = field as [Runner, Runner];
  const other = pick(random, field.slice(1));
  const earlier = formatTime(other.time * between(random, 0.99, 1.02), road);
  switch (Math.floor(random() * 7)) {
    case 0:
      return `${other.name} came into the meeting with a season's best of ${earlier}, set in ${pick(random, CITIES)} ${dateLine(random, 'on')}.`;
    case 1:
      return `Conditions in ${pick(random, CITIES)} were ${pick(random, ['warm and still', 'cool, with a headwind on the back straight', 'humid', 'wet and blustery'])}, with the temperature at ${12 + Math.floor(random() * 20)} degrees.`;
    case 2:
      return `${who(random, other)} was ${ORDINALS[field.indexOf(other)] ?? 'further back'} in ${formatTime(other.time, road)}, ${pick(random, ['a personal best', "a season's best", 'some way off their best', 'a national record'])}.`;
    case 3:
      return `"${asLeadIn(pick(random, QUOTES))}" ${other.name} told reporters in the mixed zone.`;
    case 4:
      return `Next up for ${first.name} is the meeting in ${pick(random, CITIES)} on ${pick(random, WEEKDAYS)}, where ${second.name} is expected to line up again.`;
    case 5:
      return `In the heats ${dateLine(random, 'on')}, ${other.name} had qualified ${pick(random, ORDINALS.slice(0, 4))} fastest in ${earlier}.`;
    default:
      return pick(random, NOISE);
  }
}

function resultsList(field: readonly Runner[], road: boolean): string {
  return field.map((r, i) => `${i + 1}. ${r.name} (${r.nation.code}) ${formatTime(r.time, road)}`).join('\n');
}

const encoder = new TextEncoder();
const byteLength = (text: string): number => encoder.encode(text).length;

/** One invented article of roughly `targetBytes` UTF-8 bytes (2–4 KB in practice). */
function createArticle(random: Random, index: number, targetBytes: number): Article {
  const event = pick(random, EVENTS);
  const women = random() < 0.5;
  const road = event.label === 'marathon';
  const field = createField(random, event, women);
  const winner = field[0] as Runner;
  const year = 2015 + Math.floor(random() * 10);
  const competition = pick(random, COMPETITIONS)(pick(random, CITIES), year, winner.nation);
  const sex = women ? "women's" : "men's";
  const paragraphs = [
    `${winner.name} wins ${sex} ${event.label} at ${competition}`,
    `${dateLine(random)}, ${who(random, winner)} won the ${sex} ${event.label} at ${competition}, ` +
      `clocking ${formatTime(winner.time, road)} to take ${MEDALS[0]}.`,
    ...narrative(random, field, road, event),
    `The result means ${winner.name} has now won ${2 + Math.floor(random() * 4)} of their last ` +
      `${6 + Math.floor(random() * 3)} races, a run that has defined the season.`,
  ];
  if (random() < 0.7) paragraphs.push(`Results\n${resultsList(field, road)}`);
  let text = paragraphs.join('\n\n');
  // Pad with further narrative and noise lines until the article reaches its size.
  while (byteLength(text) < targetBytes) {
    text += `\n\n${filler(random, field, road)}`;
  }
  return { name: `bench-${String(index).padStart(5, '0')}.txt`, text: text + '\n' };
}

/**
 * Invented race-report articles (2–4 KB each) totalling at least `totalBytes` UTF-8 bytes.
 * Deterministic: the same `totalBytes` and `seed` always give the same articles.
 */
export function generateArticles(totalBytes: number, seed = 1): Article[] {
  const random = mulberry32(seed);
  const articles: Article[] = [];
  let bytes = 0;
  while (bytes < totalBytes) {
    const article = createArticle(random, articles.length + 1, 2048 + Math.floor(random() * 1536));
    articles.push(article);
    bytes += byteLength(article.text);
  }
  return articles;
}
