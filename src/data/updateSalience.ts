/** What a sentence leaves behind for the sentences after it: its subject, and who it named. */
import type { Mention } from './findMentions';
import type { Sentence } from './splitSentences';
import type { Salience } from './resolveMention';
import { salientSubject } from './attach';

// People named with a role off the track ("Lakeview coach Ron Tibbs", "his agent Ana Ruiz", "her coach,
// Sébastien Marchand, has spreadsheets", "Her coach, former steeplechaser Declan Gilhooly").
const OFF_TRACK_ROLE =
  /\b(?:coach|coaches|trainer|manager|agent|father|mother|dad|mum|mom|wife|husband|president|director|promoter|commentator|pundit|journalist|reporter|official|referee|starter|spokes(?:man|woman|person)|chairman|chairwoman|physio|physiotherapist|doctor),?\s+(?:(?:former|ex-[\p{Ll}-]+|retired|veteran|long-time|longtime)\s+[\p{Ll}-]+\s+)?$/iu;

const AFTER_OPENING_CLAUSE = /^\W*(?:If|While|Whereas|Although|Though)\b[^,.;]*,\s*$/;

/**
 * After a sentence: its subject becomes the last subject, and everyone it named moves to the front
 * of the recent list. Someone named with a role off the track (a coach, an agent) is neither: the
 * epithets and pronouns that follow ("the Lakeview junior ran …") are about the athletes.
 */
export function updateSalience(text: string, s: Sentence, mentions: Mention[], salience: Salience): void {
  // (Once named with the role, for the rest of the article: "Twinomugisha persuaded her to give him one
  // more year" leaves the runner the subject.)
  for (const m of mentions)
    if (
      m.id &&
      (m.kind === 'name' || m.kind === 'surname') &&
      OFF_TRACK_ROLE.test(text.slice(Math.max(s.start, m.start - 48), m.start))
    )
      (salience.offTrack ??= new Set()).add(m.id);
  const offTrack = salience.offTrack;
  const onTrack = offTrack === undefined ? mentions : mentions.filter((m) => !m.id || !offTrack.has(m.id));
  // "Westbrook's route to the final had not been smooth. He was only third …": a sentence that
  // opens on a runner's possessive, with no subject of its own, is about that runner; so is one whose
  // main clause does after an opening "If …," ("If Brandt's win was a battle, Jerono's was a procession").
  const possessive = (opens: RegExp): Mention | undefined =>
    onTrack.find((m) => m.possessive && m.kind !== 'pronoun' && opens.test(text.slice(s.start, m.start)));
  const subject =
    possessive(AFTER_OPENING_CLAUSE) ?? salientSubject(text, s, onTrack) ?? possessive(/^\W*$/) ?? null;
  // "There was heartbreak for Tom Caddy in the same race. The 23-year-old hit the fifth hurdle": a
  // sentence with no runner for its subject that names one runner only is about that runner (by
  // surname too: "The injury ends the best season of Okafor-Lindqvist's career. Last month he won …").
  const named = subject
    ? undefined
    : new Set(onTrack.filter((m) => m.id && (m.kind === 'name' || m.kind === 'surname')).map((m) => m.id));
  const only = named?.size === 1 ? [...named][0] : undefined;
  if (subject?.id) salience.lastSubject = subject.id;
  else if (only) salience.lastSubject = only;
  for (const m of onTrack) {
    if (!m.id) continue;
    toFront(salience.recent, m.id);
    if (salience.recent.length > 12) salience.recent.length = 12;
  }
  if (subject?.id) toFront(salience.recent, subject.id);
  const fresh = new Set<string>();
  for (const m of onTrack)
    if (m.id && m.kind === 'name' && !salience.fullyNamed?.has(m.id)) {
      fresh.add(m.id);
      (salience.fullyNamed ??= new Set()).add(m.id);
    }
  salience.introduced = fresh.size === 1 ? [...fresh][0] : null;
}

/** Moves `id` to the front of `list` (adding it if absent), in place. */
function toFront(list: string[], id: string): void {
  const i = list.indexOf(id);
  if (i === 0) return;
  if (i > 0) list.splice(i, 1);
  list.unshift(id);
}
