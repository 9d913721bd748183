import type { Conflict, Race } from '../../model/types';
import { FactLegend } from '../common/FactLegend';
import { ResultRow } from './ResultRow';
import './results-table.css';

interface ResultsTableProps {
  race: Race;
  /** The race's conflicts; each is marked on the athlete's cell it is about. */
  conflicts: readonly Conflict[];
}

/** The results of a race as a real table: a caption, column headers, one row per athlete. */
export function ResultsTable({ race, conflicts }: ResultsTableProps) {
  const n = race.articles.length;
  return (
    <section className="results" aria-labelledby="results-heading">
      <h3 id="results-heading">Results</h3>
      <FactLegend />
      {/* A focusable scroll region, so keyboard users can scroll a table wider than the screen. */}
      <div className="table-scroll" role="region" aria-labelledby="results-caption" tabIndex={0}>
        <table className="results-table">
          <caption id="results-caption">
            {race.name}: results as {n === 1 ? 'one article reports' : `${n} articles report`} them
          </caption>
          <thead>
            <tr>
              <th scope="col">Place</th>
              <th scope="col">Athlete</th>
              <th scope="col">Country</th>
              <th scope="col">Time</th>
              <th scope="col">Gap</th>
              <th scope="col">Records</th>
              <th scope="col">Sources</th>
            </tr>
          </thead>
          <tbody>
            {race.results.map((result) => (
              <ResultRow
                key={result.athleteId}
                result={result}
                conflicts={conflicts.filter((c) => c.athleteId === result.athleteId)}
              />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
