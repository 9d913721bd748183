import { useState, type ReactNode } from 'react';
import type { SourceSpan } from '../../data/types';
import type { Race, Remark } from '../../model/types';
import type { Highlight } from '../common/findHighlight';
import { highlightOf, RACE_MOMENT } from '../common/highlightOf';
import { FoldToggle } from '../common/FoldToggle';
import { SourceQuotes } from '../common/SourceQuotes';
import { describeEvents, eventsBySentence } from './describeEvent';

interface RaceStoryProps {
  race: Race;
  remarks: readonly Remark[];
  nameOf: (athleteId: string) => string;
}

interface StoryItem {
  key: string;
  text: ReactNode;
  sources: readonly SourceSpan[];
  highlight: Highlight;
}

// Long lists (a talkative athlete) start folded so the page stays about the race.
const FOLDED_LENGTH = 5;

function StorySection({ id, title, items }: { id: string; title: string; items: StoryItem[] }) {
  const [open, setOpen] = useState(false);
  if (items.length === 0) return null;
  const shown = open ? items : items.slice(0, FOLDED_LENGTH);
  return (
    <section className="story-section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <ul className="story-list" id={`${id}-list`}>
        {shown.map((item) => (
          <li key={item.key}>
            <p className="story-text">{item.text}</p>
            <SourceQuotes sources={item.sources} limit={1} highlight={item.highlight} />
          </li>
        ))}
      </ul>
      {items.length > FOLDED_LENGTH && (
        <FoldToggle
          open={open}
          total={items.length}
          controls={`${id}-list`}
          onToggle={() => setOpen(!open)}
        />
      )}
    </section>
  );
}

/** What the articles tell beyond the results: the race as it unfolded, stated orderings, absences, words. */
export function RaceStory({ race, remarks, nameOf }: RaceStoryProps) {
  const names = (...ids: string[]): Highlight => ids.flatMap((id) => highlightOf.name(nameOf(id)));
  return (
    <>
      <StorySection
        id="story-narrative"
        title="How the race unfolded"
        items={eventsBySentence(race.narrative).map((group) => ({
          key: group.key,
          text: describeEvents(group.events, nameOf),
          sources: group.sources,
          highlight: [...group.events.map((e) => e.quote), ...RACE_MOMENT],
        }))}
      />
      <StorySection
        id="story-orderings"
        title="Who finished ahead of whom, as stated"
        items={race.orderings.map((o, i) => ({
          key: `${o.ahead}-${o.behind}-${i}`,
          text: `${nameOf(o.ahead)} finished ahead of ${nameOf(o.behind)}`,
          sources: o.sources,
          highlight: names(o.ahead, o.behind),
        }))}
      />
      <StorySection
        id="story-absences"
        title="Did not run"
        items={race.absences.map((a) => ({
          key: a.athleteId,
          text: `${nameOf(a.athleteId)} did not run`,
          sources: a.sources,
          highlight: names(a.athleteId),
        }))}
      />
      <StorySection
        id="story-remarks"
        title="What they said"
        items={remarks.map((r, i) => ({
          key: `${r.speakerId}-${i}`,
          text: <strong>{nameOf(r.speakerId)}</strong>,
          sources: r.sources,
          highlight: [r.text],
        }))}
      />
    </>
  );
}
