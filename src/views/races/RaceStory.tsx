import type { ReactNode } from 'react';
import type { SourceSpan } from '../../data/types';
import type { Race, Remark } from '../../model/types';
import { SourceQuotes } from '../common/SourceQuotes';
import { describeEvent } from './describeEvent';

interface RaceStoryProps {
  race: Race;
  remarks: readonly Remark[];
  nameOf: (athleteId: string) => string;
}

interface StoryItem {
  key: string;
  text: ReactNode;
  sources: readonly SourceSpan[];
}

function StorySection({ id, title, items }: { id: string; title: string; items: StoryItem[] }) {
  if (items.length === 0) return null;
  return (
    <section className="story-section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <ul className="story-list">
        {items.map((item) => (
          <li key={item.key}>
            <p className="story-text">{item.text}</p>
            <SourceQuotes sources={item.sources} limit={2} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What the articles tell beyond the results: the race as it unfolded, stated orderings, absences, words. */
export function RaceStory({ race, remarks, nameOf }: RaceStoryProps) {
  return (
    <>
      <StorySection
        id="story-narrative"
        title="How the race unfolded"
        items={race.narrative.map((e) => ({ key: e.id, text: describeEvent(e, nameOf), sources: e.sources }))}
      />
      <StorySection
        id="story-orderings"
        title="Who finished ahead of whom, as stated"
        items={race.orderings.map((o, i) => ({
          key: `${o.ahead}-${o.behind}-${i}`,
          text: `${nameOf(o.ahead)} finished ahead of ${nameOf(o.behind)}`,
          sources: o.sources,
        }))}
      />
      <StorySection
        id="story-absences"
        title="Did not run"
        items={race.absences.map((a) => ({
          key: a.athleteId,
          text: `${nameOf(a.athleteId)} did not run`,
          sources: a.sources,
        }))}
      />
      <StorySection
        id="story-remarks"
        title="What they said"
        items={remarks.map((r, i) => ({
          key: `${r.speakerId}-${i}`,
          text: (
            <>
              <strong>{nameOf(r.speakerId)}</strong>: “{r.text}”
            </>
          ),
          sources: r.sources,
        }))}
      />
    </>
  );
}
