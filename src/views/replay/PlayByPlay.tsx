import { memo, useDeferredValue } from 'react';
import type { SourceSpan } from '../../data/types';
import type { Caption, RaceReplay } from '../../model/replay/types';
import { useAppStore } from '../../state/useAppStore';
import { formatTime } from '../common/formatTime';
import { SourceQuotes } from '../common/SourceQuotes';
import { captionMoment, captionStates } from './captionMoments';

const KIND_LABELS: Record<Caption['kind'], string> = {
  lead: 'Lead',
  split: 'Split',
  pass: 'Pass',
  surge: 'Surge',
  kick: 'Kick',
  fade: 'Fade',
  bell: 'Bell',
};

const spanKey = (s: SourceSpan): string => `${s.article}:${s.start}:${s.end}`;

/**
 * Captions in race order, those of one moment that one sentence tells ("surged past him": a
 * surge and a pass) together, by their indices.
 */
function captionGroups(captions: readonly Caption[]): number[][] {
  const groups: number[][] = [];
  for (const [i, caption] of captions.entries()) {
    const last = groups[groups.length - 1];
    const head = last?.[0] === undefined ? undefined : captions[last[0]];
    const keys = new Set(caption.sources.map(spanKey));
    if (last && head && head.time === caption.time && head.sources.some((s) => keys.has(spanKey(s))))
      last.push(i);
    else groups.push([i]);
  }
  return groups;
}

const joinAnd = (words: readonly string[]): string =>
  words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;

/**
 * The play-by-play: the narrative events in race order, each at its moment with the article's
 * words and sources, and a button to jump there. The events of the moment are marked current.
 * Spoiler-free, events the replay has not reached are held back.
 */
export function PlayByPlay({ replay }: { replay: RaceReplay }) {
  // Re-renders only when a caption comes or goes, not on every frame; and the list, a text
  // alternative below the chart, renders after the frame that moved the chart (deferred), so
  // the two never add up to one long frame.
  const moment = useDeferredValue(useAppStore((s) => captionMoment(replay, s.t)));
  const spoilerFree = useAppStore((s) => s.spoilerFree);
  return <PlayByPlayList replay={replay} moment={moment} spoilerFree={spoilerFree} />;
}

const PlayByPlayList = memo(function PlayByPlayList({
  replay,
  moment,
  spoilerFree,
}: {
  replay: RaceReplay;
  moment: number;
  spoilerFree: boolean;
}) {
  const seek = useAppStore((s) => s.seek);
  if (replay.captions.length === 0)
    return <p className="replay-note">The articles describe no moments of this race.</p>;
  const states = captionStates(replay, moment);
  return (
    <ol className="play-by-play">
      {captionGroups(replay.captions).map((group) => {
        const members = group.map((i) => replay.captions[i]).filter((c): c is Caption => c !== undefined);
        const caption = members[0];
        const first = group[0];
        if (!caption || first === undefined) return null;
        const state = states[first];
        if (spoilerFree && state === 'f') {
          return (
            <li key={caption.id} className="play-by-play-hidden">
              Hidden until the replay reaches it.
            </li>
          );
        }
        const labels = [...new Set(members.map((c) => KIND_LABELS[c.kind]))];
        const label = joinAnd(labels.map((l, i) => (i === 0 ? l : l.toLowerCase())));
        return (
          <li key={caption.id} aria-current={state === 'c' ? 'true' : undefined}>
            <button type="button" className="link-button" onClick={() => seek(caption.time)}>
              {formatTime(Math.round(caption.time * 100) / 100)}
            </button>{' '}
            <strong>{label}</strong>
            {caption.at !== null && <span className="replay-note"> at {Math.round(caption.at)} m</span>}
            {caption.placement === 'placed' && (
              <span className="replay-note"> (moment placed by the app)</span>
            )}
            <SourceQuotes sources={members.flatMap((c) => c.sources)} limit={2} />
          </li>
        );
      })}
    </ol>
  );
});
