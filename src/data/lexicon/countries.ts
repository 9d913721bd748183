/**
 * Countries as athletics reports name them: IOC code, names, demonyms and team nicknames.
 * A general domain table; nothing here is about a particular race.
 */
interface CountryEntry {
  code: string;
  names: string[];
  demonyms: string[];
}

const COUNTRIES: CountryEntry[] = [
  {
    code: 'USA',
    names: ['United States', 'United States of America', 'USA', 'U.S.', 'US', 'America', 'Team USA'],
    demonyms: ['American', 'Americans'],
  },
  {
    code: 'GBR',
    names: [
      'Great Britain',
      'Britain',
      'United Kingdom',
      'UK',
      'GB',
      'Team GB',
      'England',
      'Scotland',
      'Wales',
      'Northern Ireland',
      'GB & NI',
    ],
    demonyms: [
      'British',
      'Brit',
      'Briton',
      'English',
      'Scottish',
      'Scot',
      'Welsh',
      'Welshman',
      'Englishman',
      'Scotsman',
      'Welshwoman',
      'Englishwoman',
      'Scotswoman',
      'Brits',
    ],
  },
  { code: 'NOR', names: ['Norway'], demonyms: ['Norwegian'] },
  {
    code: 'AUS',
    names: [
      'Australia',
      'New South Wales',
      'NSW',
      'Queensland',
      'Tasmania',
      'Western Australia',
      'South Australia',
    ],
    // The states' people run for Australia: "the Victorian", "Queenslander Jed …", "NSW's Riley …".
    demonyms: [
      'Australian',
      'Aussie',
      'Queenslander',
      'Victorian',
      'Tasmanian',
      'West Australian',
      'Western Australian',
      'South Australian',
      'Territorian',
    ],
  },
  { code: 'KEN', names: ['Kenya'], demonyms: ['Kenyan'] },
  { code: 'ETH', names: ['Ethiopia'], demonyms: ['Ethiopian'] },
  { code: 'UGA', names: ['Uganda'], demonyms: ['Ugandan'] },
  { code: 'TAN', names: ['Tanzania'], demonyms: ['Tanzanian'] },
  { code: 'ERI', names: ['Eritrea'], demonyms: ['Eritrean'] },
  { code: 'JAM', names: ['Jamaica'], demonyms: ['Jamaican'] },
  { code: 'CAN', names: ['Canada'], demonyms: ['Canadian'] },
  { code: 'NZL', names: ['New Zealand'], demonyms: ['New Zealander', 'Kiwi'] },
  { code: 'IRL', names: ['Ireland'], demonyms: ['Irish', 'Irishman', 'Irishwoman'] },
  // (Overseas regions and islands of France, whose athletes run for it.)
  {
    code: 'FRA',
    names: ['France', 'Guadeloupe', 'Martinique', 'Réunion', 'French Guiana', 'Corsica'],
    demonyms: ['French', 'Frenchman', 'Frenchwoman', 'Guadeloupean', 'Martinican', 'Réunionese', 'Corsican'],
  },
  { code: 'GER', names: ['Germany', 'Bavaria'], demonyms: ['German', 'Bavarian'] },
  {
    code: 'ESP',
    names: ['Spain', 'Catalonia'],
    demonyms: ['Spanish', 'Spaniard', 'Catalan', 'Basque', 'Andalusian'],
  },
  { code: 'ITA', names: ['Italy', 'Sicily', 'Sardinia'], demonyms: ['Italian', 'Sicilian', 'Sardinian'] },
  {
    code: 'NED',
    names: ['Netherlands', 'the Netherlands', 'Holland'],
    demonyms: ['Dutch', 'Dutchman', 'Dutchwoman'],
  },
  { code: 'BEL', names: ['Belgium', 'Flanders', 'Wallonia'], demonyms: ['Belgian', 'Flemish', 'Walloon'] },
  { code: 'SUI', names: ['Switzerland'], demonyms: ['Swiss'] },
  { code: 'SWE', names: ['Sweden'], demonyms: ['Swedish', 'Swede'] },
  { code: 'FIN', names: ['Finland'], demonyms: ['Finnish', 'Finn'] },
  { code: 'DEN', names: ['Denmark'], demonyms: ['Danish', 'Dane'] },
  { code: 'POL', names: ['Poland'], demonyms: ['Polish', 'Pole'] },
  { code: 'CZE', names: ['Czech Republic', 'Czechia'], demonyms: ['Czech'] },
  { code: 'SVK', names: ['Slovakia'], demonyms: ['Slovak', 'Slovakian'] },
  { code: 'AUT', names: ['Austria'], demonyms: ['Austrian'] },
  { code: 'POR', names: ['Portugal'], demonyms: ['Portuguese'] },
  { code: 'GRE', names: ['Greece'], demonyms: ['Greek'] },
  { code: 'TUR', names: ['Turkey', 'Türkiye'], demonyms: ['Turkish', 'Turk'] },
  { code: 'UKR', names: ['Ukraine'], demonyms: ['Ukrainian'] },
  { code: 'RUS', names: ['Russia'], demonyms: ['Russian'] },
  { code: 'BLR', names: ['Belarus'], demonyms: ['Belarusian'] },
  { code: 'HUN', names: ['Hungary'], demonyms: ['Hungarian'] },
  { code: 'ROU', names: ['Romania'], demonyms: ['Romanian'] },
  { code: 'BUL', names: ['Bulgaria'], demonyms: ['Bulgarian'] },
  { code: 'SRB', names: ['Serbia'], demonyms: ['Serbian', 'Serb'] },
  { code: 'CRO', names: ['Croatia'], demonyms: ['Croatian', 'Croat'] },
  { code: 'SLO', names: ['Slovenia'], demonyms: ['Slovenian', 'Slovene'] },
  { code: 'EST', names: ['Estonia'], demonyms: ['Estonian'] },
  { code: 'LAT', names: ['Latvia'], demonyms: ['Latvian'] },
  { code: 'LTU', names: ['Lithuania'], demonyms: ['Lithuanian'] },
  { code: 'ISL', names: ['Iceland'], demonyms: ['Icelandic', 'Icelander'] },
  { code: 'LUX', names: ['Luxembourg'], demonyms: ['Luxembourgish'] },
  { code: 'CYP', names: ['Cyprus'], demonyms: ['Cypriot'] },
  { code: 'ISR', names: ['Israel'], demonyms: ['Israeli'] },
  { code: 'MAR', names: ['Morocco'], demonyms: ['Moroccan'] },
  { code: 'ALG', names: ['Algeria'], demonyms: ['Algerian'] },
  { code: 'TUN', names: ['Tunisia'], demonyms: ['Tunisian'] },
  { code: 'EGY', names: ['Egypt'], demonyms: ['Egyptian'] },
  { code: 'RSA', names: ['South Africa'], demonyms: ['South African'] },
  { code: 'BOT', names: ['Botswana'], demonyms: ['Botswanan', 'Motswana', 'Batswana'] },
  { code: 'NGR', names: ['Nigeria'], demonyms: ['Nigerian'] },
  { code: 'GHA', names: ['Ghana'], demonyms: ['Ghanaian'] },
  { code: 'CIV', names: ["Côte d'Ivoire", 'Ivory Coast'], demonyms: ['Ivorian'] },
  { code: 'ZAM', names: ['Zambia'], demonyms: ['Zambian'] },
  { code: 'ZIM', names: ['Zimbabwe'], demonyms: ['Zimbabwean'] },
  { code: 'NAM', names: ['Namibia'], demonyms: ['Namibian'] },
  { code: 'BDI', names: ['Burundi'], demonyms: ['Burundian'] },
  { code: 'RWA', names: ['Rwanda'], demonyms: ['Rwandan'] },
  { code: 'DJI', names: ['Djibouti'], demonyms: ['Djiboutian'] },
  { code: 'SUD', names: ['Sudan'], demonyms: ['Sudanese'] },
  { code: 'BRN', names: ['Bahrain'], demonyms: ['Bahraini'] },
  { code: 'QAT', names: ['Qatar'], demonyms: ['Qatari'] },
  { code: 'KSA', names: ['Saudi Arabia'], demonyms: ['Saudi', 'Saudi Arabian'] },
  { code: 'UAE', names: ['United Arab Emirates', 'UAE'], demonyms: ['Emirati'] },
  { code: 'IND', names: ['India'], demonyms: ['Indian'] },
  { code: 'PAK', names: ['Pakistan'], demonyms: ['Pakistani'] },
  { code: 'SRI', names: ['Sri Lanka'], demonyms: ['Sri Lankan'] },
  { code: 'CHN', names: ['China'], demonyms: ['Chinese'] },
  { code: 'JPN', names: ['Japan'], demonyms: ['Japanese'] },
  { code: 'KOR', names: ['South Korea', 'Korea'], demonyms: ['South Korean', 'Korean'] },
  { code: 'TPE', names: ['Chinese Taipei', 'Taiwan'], demonyms: ['Taiwanese'] },
  { code: 'PHI', names: ['Philippines'], demonyms: ['Filipino', 'Filipina'] },
  { code: 'THA', names: ['Thailand'], demonyms: ['Thai'] },
  { code: 'MAS', names: ['Malaysia'], demonyms: ['Malaysian'] },
  { code: 'SGP', names: ['Singapore'], demonyms: ['Singaporean'] },
  { code: 'INA', names: ['Indonesia'], demonyms: ['Indonesian'] },
  { code: 'KAZ', names: ['Kazakhstan'], demonyms: ['Kazakh', 'Kazakhstani'] },
  { code: 'UZB', names: ['Uzbekistan'], demonyms: ['Uzbek'] },
  { code: 'BRA', names: ['Brazil'], demonyms: ['Brazilian'] },
  { code: 'ARG', names: ['Argentina'], demonyms: ['Argentine', 'Argentinian'] },
  { code: 'CHI', names: ['Chile'], demonyms: ['Chilean'] },
  { code: 'COL', names: ['Colombia'], demonyms: ['Colombian'] },
  { code: 'VEN', names: ['Venezuela'], demonyms: ['Venezuelan'] },
  { code: 'ECU', names: ['Ecuador'], demonyms: ['Ecuadorian', 'Ecuadorean'] },
  { code: 'PER', names: ['Peru'], demonyms: ['Peruvian'] },
  { code: 'MEX', names: ['Mexico'], demonyms: ['Mexican'] },
  { code: 'CUB', names: ['Cuba'], demonyms: ['Cuban'] },
  { code: 'DOM', names: ['Dominican Republic'], demonyms: ['Dominican'] },
  { code: 'PUR', names: ['Puerto Rico'], demonyms: ['Puerto Rican'] },
  { code: 'BAH', names: ['Bahamas', 'The Bahamas'], demonyms: ['Bahamian'] },
  { code: 'BAR', names: ['Barbados'], demonyms: ['Barbadian', 'Bajan'] },
  { code: 'TTO', names: ['Trinidad and Tobago', 'Trinidad'], demonyms: ['Trinidadian'] },
  { code: 'GRN', names: ['Grenada'], demonyms: ['Grenadian'] },
  { code: 'LCA', names: ['Saint Lucia', 'St Lucia', 'St. Lucia'], demonyms: ['Saint Lucian', 'St Lucian'] },
  { code: 'DMA', names: ['Dominica'], demonyms: [] },
  { code: 'BER', names: ['Bermuda'], demonyms: ['Bermudian'] },
  { code: 'VIN', names: ['Saint Vincent'], demonyms: ['Vincentian'] },
  { code: 'PAR', names: ['Paraguay'], demonyms: ['Paraguayan'] },
  { code: 'URU', names: ['Uruguay'], demonyms: ['Uruguayan'] },
  { code: 'BOL', names: ['Bolivia'], demonyms: ['Bolivian'] },
  { code: 'GUA', names: ['Guatemala'], demonyms: ['Guatemalan'] },
  { code: 'HON', names: ['Honduras'], demonyms: ['Honduran'] },
  { code: 'PAN', names: ['Panama'], demonyms: ['Panamanian'] },
  { code: 'CRC', names: ['Costa Rica'], demonyms: ['Costa Rican'] },
  { code: 'ESA', names: ['El Salvador'], demonyms: ['Salvadoran', 'Salvadorean'] },
  { code: 'HAI', names: ['Haiti'], demonyms: ['Haitian'] },
  { code: 'GUY', names: ['Guyana'], demonyms: ['Guyanese'] },
  { code: 'SUR', names: ['Suriname'], demonyms: ['Surinamese'] },
  { code: 'CAY', names: ['Cayman Islands'], demonyms: ['Caymanian'] },
  { code: 'IVB', names: ['British Virgin Islands'], demonyms: [] },
  { code: 'MLT', names: ['Malta'], demonyms: ['Maltese'] },
  { code: 'ALB', names: ['Albania'], demonyms: ['Albanian'] },
  { code: 'MNE', names: ['Montenegro'], demonyms: ['Montenegrin'] },
  { code: 'BIH', names: ['Bosnia and Herzegovina', 'Bosnia'], demonyms: ['Bosnian'] },
  { code: 'MKD', names: ['North Macedonia'], demonyms: ['Macedonian'] },
  { code: 'MDA', names: ['Moldova'], demonyms: ['Moldovan'] },
  { code: 'KOS', names: ['Kosovo'], demonyms: ['Kosovan', 'Kosovar'] },
  { code: 'ARM', names: ['Armenia'], demonyms: ['Armenian'] },
  { code: 'AZE', names: ['Azerbaijan'], demonyms: ['Azerbaijani'] },
  { code: 'KGZ', names: ['Kyrgyzstan'], demonyms: ['Kyrgyz'] },
  { code: 'TJK', names: ['Tajikistan'], demonyms: ['Tajik'] },
  { code: 'MGL', names: ['Mongolia'], demonyms: ['Mongolian'] },
  { code: 'NEP', names: ['Nepal'], demonyms: ['Nepalese', 'Nepali'] },
  { code: 'BAN', names: ['Bangladesh'], demonyms: ['Bangladeshi'] },
  { code: 'IRI', names: ['Iran'], demonyms: ['Iranian'] },
  { code: 'IRQ', names: ['Iraq'], demonyms: ['Iraqi'] },
  { code: 'SYR', names: ['Syria'], demonyms: ['Syrian'] },
  { code: 'LBN', names: ['Lebanon'], demonyms: ['Lebanese'] },
  { code: 'KUW', names: ['Kuwait'], demonyms: ['Kuwaiti'] },
  { code: 'OMA', names: ['Oman'], demonyms: ['Omani'] },
  { code: 'LBA', names: ['Libya'], demonyms: ['Libyan'] },
  { code: 'SSD', names: ['South Sudan'], demonyms: ['South Sudanese'] },
  { code: 'SOM', names: ['Somalia'], demonyms: ['Somali'] },
  { code: 'MAW', names: ['Malawi'], demonyms: ['Malawian'] },
  { code: 'MOZ', names: ['Mozambique'], demonyms: ['Mozambican'] },
  { code: 'LES', names: ['Lesotho'], demonyms: ['Basotho'] },
  { code: 'MRI', names: ['Mauritius'], demonyms: ['Mauritian'] },
  { code: 'SEN', names: ['Senegal'], demonyms: ['Senegalese'] },
  { code: 'BUR', names: ['Burkina Faso'], demonyms: ['Burkinabe', 'Burkinabé'] },
  { code: 'CMR', names: ['Cameroon'], demonyms: ['Cameroonian'] },
  { code: 'ANG', names: ['Angola'], demonyms: ['Angolan'] },
  { code: 'LBR', names: ['Liberia'], demonyms: ['Liberian'] },
  { code: 'SLE', names: ['Sierra Leone'], demonyms: ['Sierra Leonean'] },
  { code: 'GAM', names: ['Gambia', 'The Gambia'], demonyms: ['Gambian'] },
  { code: 'VIE', names: ['Vietnam'], demonyms: ['Vietnamese'] },
  { code: 'HKG', names: ['Hong Kong'], demonyms: [] },
  { code: 'FIJ', names: ['Fiji'], demonyms: ['Fijian'] },
  { code: 'PNG', names: ['Papua New Guinea'], demonyms: [] },
  { code: 'LIE', names: ['Liechtenstein'], demonyms: [] },
];

export const COUNTRY_CODES: ReadonlySet<string> = new Set(COUNTRIES.map((c) => c.code));

const byWord = new Map<string, string>();
for (const c of COUNTRIES) {
  for (const w of [...c.names, ...c.demonyms]) byWord.set(w.toLowerCase(), c.code);
}

/** IOC code for a country name, demonym or team name ("Norway", "Norwegian", "Team GB"), else null. */
export function countryCodeOf(word: string): string | null {
  const w = word.trim().toLowerCase();
  return byWord.get(w) ?? (COUNTRY_CODES.has(word.trim()) ? word.trim() : null);
}

const firstWords = new Set([...byWord.keys()].map((w) => w.split(' ')[0] ?? w));

// Capitalised words recur: remember the answer per word, within a bounded memory.
const startsCountry = new Map<string, boolean>();

/** Whether a word can begin a country name or demonym ("Great", "Norway's", "American"): a cheap test before a lookup. */
export function mayStartCountry(word: string): boolean {
  let known = startsCountry.get(word);
  if (known === undefined) {
    known = firstWords.has(word.toLowerCase().replace(/'s?$/, '')) || COUNTRY_CODES.has(word);
    if (startsCountry.size >= 50_000) startsCountry.clear();
    startsCountry.set(word, known);
  }
  return known;
}

/** Every country name and demonym, longest first, for building alternations. */
export const COUNTRY_WORDS: readonly string[] = [...byWord.keys()]
  .filter((w) => !/^(?:us|uk|gb)$/.test(w))
  .sort((a, b) => b.length - a.length);

/**
 * Every demonym ("Norwegian", "Kenyan"), longest first: the words "the …" can call a person by.
 * Country names are left out: "the Netherlands" is a place, not a runner.
 */
export const DEMONYM_WORDS: readonly string[] = [
  ...new Set(COUNTRIES.flatMap((c) => c.demonyms.map((d) => d.toLowerCase()))),
].sort((a, b) => b.length - a.length);
