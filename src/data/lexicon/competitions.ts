/**
 * Championships and meetings: names, host cities, years and (for championships) the days the
 * athletics programme ran. A general domain table used to name races and to date them when an
 * article gives only "the Paris Olympics" or "Budapest 2023".
 */
import type { CompetitionKind } from '../types';

/** One edition of a championship. */
export interface Edition {
  kind: CompetitionKind;
  year: number;
  city: string;
  /** First and last day of the whole Games/championships, yyyy-mm-dd. */
  start: string;
  end: string;
  /** The edition's usual label, when it differs from its year ("Tokyo 2020" was held in 2021). */
  label?: string;
}

export const EDITIONS: readonly Edition[] = [
  { kind: 'olympics', year: 2000, city: 'Sydney', start: '2000-09-15', end: '2000-10-01' },
  { kind: 'olympics', year: 2004, city: 'Athens', start: '2004-08-13', end: '2004-08-29' },
  { kind: 'olympics', year: 2008, city: 'Beijing', start: '2008-08-08', end: '2008-08-24' },
  { kind: 'olympics', year: 2012, city: 'London', start: '2012-07-27', end: '2012-08-12' },
  { kind: 'olympics', year: 2016, city: 'Rio', start: '2016-08-05', end: '2016-08-21' },
  { kind: 'olympics', year: 2021, city: 'Tokyo', start: '2021-07-23', end: '2021-08-08', label: '2020' },
  { kind: 'olympics', year: 2024, city: 'Paris', start: '2024-07-26', end: '2024-08-11' },
  { kind: 'olympics', year: 2028, city: 'Los Angeles', start: '2028-07-14', end: '2028-07-30' },
  { kind: 'olympics', year: 2032, city: 'Brisbane', start: '2032-07-23', end: '2032-08-08' },
  { kind: 'world-championships', year: 2009, city: 'Berlin', start: '2009-08-15', end: '2009-08-23' },
  { kind: 'world-championships', year: 2011, city: 'Daegu', start: '2011-08-27', end: '2011-09-04' },
  { kind: 'world-championships', year: 2013, city: 'Moscow', start: '2013-08-10', end: '2013-08-18' },
  { kind: 'world-championships', year: 2015, city: 'Beijing', start: '2015-08-22', end: '2015-08-30' },
  { kind: 'world-championships', year: 2017, city: 'London', start: '2017-08-04', end: '2017-08-13' },
  { kind: 'world-championships', year: 2019, city: 'Doha', start: '2019-09-27', end: '2019-10-06' },
  { kind: 'world-championships', year: 2022, city: 'Eugene', start: '2022-07-15', end: '2022-07-24' },
  { kind: 'world-championships', year: 2023, city: 'Budapest', start: '2023-08-19', end: '2023-08-27' },
  { kind: 'world-championships', year: 2025, city: 'Tokyo', start: '2025-09-13', end: '2025-09-21' },
  { kind: 'world-championships', year: 2027, city: 'Beijing', start: '2027-09-11', end: '2027-09-19' },
  { kind: 'world-indoors', year: 2022, city: 'Belgrade', start: '2022-03-18', end: '2022-03-20' },
  { kind: 'world-indoors', year: 2024, city: 'Glasgow', start: '2024-03-01', end: '2024-03-03' },
  { kind: 'world-indoors', year: 2025, city: 'Nanjing', start: '2025-03-21', end: '2025-03-23' },
  { kind: 'world-indoors', year: 2026, city: 'Toruń', start: '2026-03-20', end: '2026-03-22' },
  { kind: 'continental', year: 2018, city: 'Berlin', start: '2018-08-06', end: '2018-08-12' },
  { kind: 'continental', year: 2022, city: 'Munich', start: '2022-08-15', end: '2022-08-21' },
  { kind: 'continental', year: 2024, city: 'Rome', start: '2024-06-07', end: '2024-06-12' },
  { kind: 'continental', year: 2026, city: 'Birmingham', start: '2026-08-10', end: '2026-08-16' },
  { kind: 'commonwealth', year: 2018, city: 'Gold Coast', start: '2018-04-04', end: '2018-04-15' },
  { kind: 'commonwealth', year: 2022, city: 'Birmingham', start: '2022-07-28', end: '2022-08-08' },
  { kind: 'commonwealth', year: 2026, city: 'Glasgow', start: '2026-07-23', end: '2026-08-02' },
];

/** Display names of championship kinds. */
export const KIND_NAMES: Record<CompetitionKind, string> = {
  olympics: 'Olympics',
  'world-championships': 'World Championships',
  'world-indoors': 'World Indoor Championships',
  'diamond-league': 'Diamond League',
  'grand-slam-track': 'Grand Slam Track',
  continental: 'European Championships',
  commonwealth: 'Commonwealth Games',
  national: 'National Championships',
  meet: 'Meeting',
};

/** Diamond League meeting cities and the meeting names they go by. */
export const DIAMOND_LEAGUE_CITIES: Readonly<Record<string, readonly string[]>> = {
  Doha: ['Doha Meeting'],
  Xiamen: [],
  Shanghai: [],
  Suzhou: [],
  Rabat: ['Meeting International Mohammed VI'],
  Marrakech: [],
  Eugene: ['Prefontaine Classic'],
  Oslo: ['Bislett Games'],
  Stockholm: ['Bauhaus-galan', 'BAUHAUS-galan'],
  Paris: ['Meeting de Paris'],
  Monaco: ['Herculis'],
  London: ['London Athletics Meet', 'Anniversary Games'],
  Lausanne: ['Athletissima'],
  Silesia: ['Kamila Skolimowska Memorial'],
  Chorzow: [],
  Zurich: ['Weltklasse'],
  Brussels: ['Memorial Van Damme'],
  Rome: ['Golden Gala'],
  Florence: [],
  Birmingham: [],
  Gateshead: [],
};

/** Stadiums and venues that place a race in a city. */
export const VENUES: Readonly<Record<string, string>> = {
  'Stade de France': 'Paris',
  'Stade Louis II': 'Monaco',
  'Stade Charléty': 'Paris',
  'Hayward Field': 'Eugene',
  'Bislett Stadium': 'Oslo',
  'Stadio Olimpico': 'Rome',
  Letzigrund: 'Zurich',
  'King Baudouin Stadium': 'Brussels',
  'Stade Olympique de la Pontaise': 'Lausanne',
  'National Athletics Centre': 'Budapest',
  'Japan National Stadium': 'Tokyo',
  'London Stadium': 'London',
  'Olympic Stadium': '',
  'Franklin Field': 'Philadelphia',
  'Icahn Stadium': 'New York',
};

/** Countries and regions that stand for a meeting city in a report ("absent in Switzerland"). */
export const CITY_COUNTRY: Readonly<Record<string, string>> = {
  Lausanne: 'Switzerland',
  Zurich: 'Switzerland',
  Monaco: 'Monaco',
  Oslo: 'Norway',
  Stockholm: 'Sweden',
  Brussels: 'Belgium',
  Rome: 'Italy',
  Eugene: 'Oregon',
  Doha: 'Qatar',
  Rabat: 'Morocco',
  Budapest: 'Hungary',
  Tokyo: 'Japan',
  Paris: 'France',
  London: 'England',
  Silesia: 'Poland',
};

/** The editions of a championship kind, in year order. */
export function editionsOf(kind: CompetitionKind): Edition[] {
  return EDITIONS.filter((e) => e.kind === kind);
}

/** The edition of `kind` held in `city` and/or labelled or held in `year`; null when none or several fit. */
export function findEdition(kind: CompetitionKind, city: string | null, year: number | null): Edition | null {
  const fits = editionsOf(kind).filter(
    (e) =>
      (city === null || e.city.toLowerCase() === city.toLowerCase()) &&
      (year === null || e.year === year || e.label === String(year)),
  );
  if (fits.length === 1) return fits[0] ?? null;
  if (fits.length > 1 && year === null) return fits[fits.length - 1] ?? null;
  return null;
}

/** Every championship host city, for recognising "Budapest 2023" or "in Tokyo". */
export const HOST_CITIES: readonly string[] = [...new Set(EDITIONS.map((e) => e.city))];
