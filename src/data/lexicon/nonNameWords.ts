/**
 * Capitalised words that are not parts of people's names: sentence openers, places, organisations,
 * competition words, months and days, and the verbs of headlines in capitals ("BENCE TOTH WINS GOLD").
 * A general domain table for telling "Ana Ruiz" from "Diamond League" or "However".
 */
const WORDS = `
a an the this that these those there here then than and or but nor so yet for of in on at by to from with without
into onto over under after before during since until while when where why how what who whom whose which as if
though although because despite however meanwhile moreover furthermore instead still also even just only once
it its it's he she his her him they them their we our us you your i i'm i’m i've i'd i'll my me mine yes no not
according after again against ahead all almost already although always among another any anyone anything around
back behind being below beside best better between beyond both can could did do does doing done down each early
either else enough ever every everyone everything few finally first following former further great half having
here's his hers if indeed inside into last later latter least less let like little long many may maybe might more
most much must near nearly neither never new next nobody none nothing now often one other others otherwise out
outside own past perhaps quite rather really same second several shall should since some someone something
two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen
nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred dozen
sometimes soon such sure thanks third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth today tomorrow together too toward towards twice under unlike unless up upon
very via was well were whatever whenever whether whichever while whoever whole will would yesterday yet
mr mrs ms dr sir st saint jr sr
january february march april may june july august september october november december mar monday tuesday wednesday thursday friday saturday sunday
olympic olympics olympian games game world worlds championship championships champion champions title cup trials
diamond league meet meeting gala grand slam track field prix classic invitational challenge memorial relays series tour final
finals semi semifinal semifinals semi-final semi-finals heat heats round race races event events gold silver
bronze medal medals medallist medalist record records team club athletics federation association committee
stadium stade arena park centre center road street city university college school media news press times post
diario gazzetta gazette journal herald tribune chronicle courier zeitung jornal
daily weekly sport sports sporting global international national continental european commonwealth indoor
outdoor men's women's men women mens womens boys girls junior senior freshman sophomore redshirt under u20 u18 masters
summer winter spring autumn fall morning afternoon evening night week weekend month year
north south east west northern southern eastern western central new old upper lower
reuters ap afp bbc nbc cbs espn sky eurosport netflix getty images photo photos video watch read share
facebook twitter reddit linkedin instagram youtube tiktok whatsapp email comment comments reply subscribe
advertisement article continues below home page menu search login sign subscribe
oregon california texas florida ohio ore calif
dl wr or pb sb nr mr wl cr ar

god lord
sorry hey hi hello okay ok oh wow cheers congrats bravo yeah yep nope alright anyway honestly obviously clearly
runner-up runners-up sadly luckily unfortunately fortunately basically literally frankly seriously shoutout respect
state university college tech academy institute school high club harriers harrier ac tc athletic striders strider
country cross-country indoors outdoors marathon marathons half-marathon maratona maratón maraton halbmarathon semi-marathon medio mezza steeplechase hurdles relay relays mile miles metres meters kilometres km
compatriot compatriots teammate teammates team-mate team-mates club-mate club-mates clubmate clubmates training-partner countryman countrywoman fellow favourite favorite favourites defending
reigning newly crowned olympian medallist medalist winner winners finalist finalists debutant rookie coach legend
icon superstar star stars captain sprinter sprinters hurdler hurdlers runner runners miler milers
steeplechaser athlete athletes distance middle-distance long-distance marathoner veteran youngster teenager said says asked added told explained congratulations watch read meet afterwards
unlike like despite amid sunday's saturday's monday's tuesday's wednesday's thursday's friday's tonight's
yesterday's today's photo credit credits source sources via by-line byline updated published posted
wins takes claims grabs seals clinches retains defends storms edges triumphs sprints cruises dominates stuns upsets
brave plucky heroic battling defiant jubilant tearful
transcript transcripts excerpt excerpts episode podcast notes commentary commentator summariser host hosts producer listener listeners mailbag
`;

const SET: ReadonlySet<string> = new Set(
  WORDS.split(/\s+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase()),
);

// Words recur across sentences and articles: remember answers, within a bounded memory.
const SEEN_LIMIT = 50_000;
const seen = new Map<string, boolean>();

/** True when a capitalised word cannot be part of a person's name. */
export function isNonNameWord(word: string): boolean {
  let known = seen.get(word);
  if (known === undefined) {
    known = SET.has(word.toLowerCase().replace(/[’']s$/, '')) || /-year-olds?$/i.test(word);
    if (seen.size >= SEEN_LIMIT) seen.clear();
    seen.set(word, known);
  }
  return known;
}

// Common words that are also surnames: right after a first name they are part of it ("Shamier
// Little", "Jessica Hill"), though alone they open no name. ("Odane St Aubyn-Clarke": a surname's
// "Saint" written without its dot.)
const SURNAME_WORDS: ReadonlySet<string> = new Set([
  'st',
  'little',
  'long',
  'west',
  'north',
  'south',
  'east',
  'summer',
  'winter',
  'park',
  'field',
  'young',
  'rich',
  'hill',
  'brown',
  'king',
  'price',
  'cross',
  'ward',
  'church',
  'street',
  'hall',
  'rose',
  // "Mohamed Ait Said", "Said Aouita" after a first name.
  'said',
  // "Nancy Jepkosgei Too".
  'too',
]);

/** A common word that is also a surname, so after a first name it may end a name ("Shamier Little"). */
export function isSurnameWord(word: string): boolean {
  return SURNAME_WORDS.has(word.toLowerCase());
}
