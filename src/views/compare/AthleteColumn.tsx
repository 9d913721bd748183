import { useState } from 'react';
import { athleteProfile } from '../../model/rivalry/athleteProfile';
import { formatRaceTime } from '../../model/rivalry/formatRaceTime';
import { formatWhen } from '../../model/rivalry/formatWhen';
import { describeAppearance } from '../../model/rivalry/describeAppearance';
import { shortNames } from '../../model/rivalry/shortNames';
import type { Dataset, Race } from '../../model/types';
import { FactValue } from '../common/FactValue';
import { FoldToggle } from '../common/FoldToggle';
import { SourcePopover } from '../common/SourcePopover';
import { recordNames } from '../races/recordNames';

/** Props of one athlete's column in the comparison. */
export interface AthleteColumnProps {
  dataset: Dataset;
  athleteId: string;
  colour: string;
  onOpenRace: (race: Race) => void;
}

const MEDAL_WORDS = { gold: 'Gold', silver: 'Silver', bronze: 'Bronze' } as const;

// A talkative athlete's quotes start folded, so the columns stay side by side about racing.
const FOLDED_QUOTES = 3;

/** One athlete's column: country, best time per event, medals, records, races and quotes. */
export function AthleteColumn({ dataset, athleteId, colour, onOpenRace }: AthleteColumnProps) {
  const [allQuotes, setAllQuotes] = useState(false);
  const profile = athleteProfile(dataset, athleteId);
  if (profile === null) return null;
  const { athlete, country, bestTimes, medals, records, appearances, quotes } = profile;
  const nameOf = shortNames(dataset.athletes);
  const headingId = `compare-${athlete.id}`;
  const none = (what: string) => <p className="compare-none">No {what} in the articles.</p>;
  return (
    <article className="compare-column" aria-labelledby={headingId} style={{ borderTopColor: colour }}>
      <h3 id={headingId}>{athlete.name}</h3>
      <h4>Country</h4>
      {country ? (
        <FactValue fact={country} format={(c) => c} title={`Country of ${athlete.name}`} />
      ) : (
        none('country')
      )}
      <h4>Best times</h4>
      {bestTimes.length === 0 ? (
        none('times')
      ) : (
        <ul className="compare-list" aria-label="Best times">
          {bestTimes.map((p) => (
            <li key={p.event ?? p.race.id}>
              {p.event}:{' '}
              <FactValue
                fact={p.time}
                format={formatRaceTime}
                title={`Time of ${athlete.name} in ${p.race.name}`}
              />{' '}
              <span className="compare-where">{p.race.name}</span>
            </li>
          ))}
        </ul>
      )}
      <h4>Medals</h4>
      {medals.length === 0 ? (
        none('medals')
      ) : (
        <ul className="compare-list" aria-label="Medals">
          {medals.map((m) => (
            <li key={m.race.id}>
              <SourcePopover title={`Place of ${athlete.name} in ${m.race.name}`} sources={m.place.sources}>
                {MEDAL_WORDS[m.medal]}
              </SourcePopover>{' '}
              <span className="compare-where">{m.race.name}</span>
            </li>
          ))}
        </ul>
      )}
      <h4>Records</h4>
      {records.length === 0 ? (
        none('records')
      ) : (
        <ul className="compare-list" aria-label="Records">
          {records.map((r) => (
            <li key={`${r.race.id}-${r.record}`}>
              <SourcePopover title={`${recordNames[r.record]} of ${athlete.name}`} sources={r.sources}>
                <abbr title={recordNames[r.record]}>{r.record}</abbr>
                {r.time && ` ${formatRaceTime(r.time.value)}`}
              </SourcePopover>{' '}
              <span className="compare-where">{r.race.name}</span>
            </li>
          ))}
        </ul>
      )}
      <h4>Races</h4>
      {appearances.length === 0 ? (
        none('races')
      ) : (
        <ul className="compare-list compare-races" aria-label="Races">
          {appearances.map((a) => (
            <li key={a.race.id}>
              <button type="button" className="link-button" onClick={() => onOpenRace(a.race)}>
                {a.race.name}
              </button>{' '}
              <span className="compare-when">{formatWhen(a.when)}</span>
              <span className="compare-outcome">
                {a.absent ? 'did not run' : describeAppearance(a.race, athlete.id, nameOf)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <h4>Quotes</h4>
      {quotes.length === 0 ? (
        none('quotes')
      ) : (
        <div id={`${headingId}-quotes`}>
          {(allQuotes ? quotes : quotes.slice(0, FOLDED_QUOTES)).map((q, i) => (
            <figure key={i} className="compare-quote">
              <blockquote>“{q.text}”</blockquote>
              <figcaption>
                <SourcePopover title={`Quote of ${athlete.name}`} sources={q.sources}>
                  Source<span className="visually-hidden"> of quote {i + 1}</span>
                </SourcePopover>
              </figcaption>
            </figure>
          ))}
        </div>
      )}
      {quotes.length > FOLDED_QUOTES && (
        <FoldToggle
          open={allQuotes}
          total={quotes.length}
          controls={`${headingId}-quotes`}
          onToggle={() => setAllQuotes(!allQuotes)}
          noun="quotes"
          owner={athlete.name}
        />
      )}
    </article>
  );
}
