/**
 * Times set beside names in a report that tells no race of them: a team selection's "Liam MacPhee,
 * 34, of Halifax (2:09:02)", an entry list's "Priya Ramanathan (2:27:05)". They are the runners'
 * bests, not results.
 */
import type { ArticleFacts, RaceFrame } from './articleFacts';

// A verb of running a race or finishing one, or a place ("second in", not "his second Games"), in the
// sentence that tells a time.
const RACE_VERB =
  /\b(?:won|wins?|winning|finish(?:ed|es|ing)?|ran|runs?|running|clock(?:ed|s|ing)|cross(?:ed|es|ing)|took|takes|came|comes|placed|timed|stopped the clock|home in|victory|beat|beating|lower(?:ed|ing|s)?|set|setting|broke|breaking|smash(?:ed|ing)|improv(?:ed|ing)|edged|behind|ahead of|gold|silver|bronze|results?|(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?=\s+(?:in|at|place|with|behind)\b|,))\b/i;

/**
 * Drops the times of a race that no phrase names (no meeting, no round) and in which no runner has a
 * place, when no sentence that tells one of its times tells a race being run.
 */
export function dropUnracedTimes(facts: ArticleFacts): void {
  const unnamed = (f: RaceFrame): boolean => f.kind === null && f.meetName === null && f.round === null;
  const drop = new Set<number>();
  for (const f of facts.frames) {
    if (!unnamed(f)) continue;
    const own = facts.results.filter((r) => r.frame === f.index);
    const times = own.filter((r) => r.field === 'time');
    if (times.length === 0 || own.some((r) => r.field === 'place' || r.listed)) continue;
    if (facts.narrative.some((n) => n.frame === f.index)) continue;
    if (times.every((r) => !RACE_VERB.test(r.source.quote))) drop.add(f.index);
  }
  if (drop.size > 0) facts.results = facts.results.filter((r) => !(drop.has(r.frame) && r.field === 'time'));
}
