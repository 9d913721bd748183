import type { MouseEvent } from 'react';
import type { Race } from '../../model/types';
import { DEFAULT_URL_STATE, serializeUrl } from '../../state/url';
import { formatDate, parseIsoDate } from '../common/formatDate';
import { formatDateRange } from '../common/formatDateRange';

interface RaceListProps {
  /** Already in date order. */
  races: readonly Race[];
  currentId: string | null;
  onSelect: (raceId: string) => void;
}

interface RaceGroup {
  label: string;
  races: Race[];
}

function groupByYear(races: readonly Race[]): RaceGroup[] {
  const groups: RaceGroup[] = [];
  for (const race of races) {
    const year = race.date === null ? null : parseIsoDate(race.date.value)?.year;
    const label = year === null || year === undefined ? 'Date uncertain' : String(year);
    const last = groups.at(-1);
    if (last?.label === label) last.races.push(race);
    else groups.push({ label, races: [race] });
  }
  return groups;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

// A plain click navigates in place; modified clicks keep the browser's meaning (new tab...).
const isPlainClick = (e: MouseEvent): boolean =>
  e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;

/** The races, grouped by year, each a link that also updates the address. */
export function RaceList({ races, currentId, onSelect }: RaceListProps) {
  return (
    <nav className="race-list" aria-label="Races">
      <h2 className="panel-heading">Races</h2>
      {groupByYear(races).map((group) => (
        <section key={group.label} className="race-group" aria-label={group.label}>
          <h3 className="race-group-heading">{group.label}</h3>
          <ul>
            {group.races.map((race) => {
              const current = race.id === currentId;
              return (
                <li key={race.id}>
                  <a
                    className="race-link"
                    href={serializeUrl({ ...DEFAULT_URL_STATE, view: 'races', race: race.id })}
                    aria-current={current ? 'page' : undefined}
                    onClick={(e) => {
                      if (!isPlainClick(e)) return;
                      e.preventDefault();
                      onSelect(race.id);
                    }}
                  >
                    <span className="race-link-name">{race.name}</span>
                    <span className="race-link-meta">
                      {race.date !== null ? formatDate(race.date.value) : formatDateRange(race.dateRange)}
                    </span>
                    <span className="race-link-meta">
                      {race.kind === 'narrative' ? (
                        <span className="badge badge-narrative">Narrative only</span>
                      ) : (
                        plural(race.results.length, 'result')
                      )}
                      {' · '}
                      {plural(race.articles.length, 'article')}
                    </span>
                  </a>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </nav>
  );
}
