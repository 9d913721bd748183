import type { Clause } from './clauses';
import type { Mention } from './findMentions';
import { subjectAt } from './attach';
import { numberValue } from './lexicon/numbers';
import { allMatches } from './allMatches';
import { gateOf } from './gateOf';

/** A moment of the race story read from a clause, before it is placed in a race. */
export interface NarrativeFinding {
  at: number;
  kind: 'lead' | 'pass' | 'surge' | 'kick' | 'fade';
  athleteId: string;
  others: string[];
  /** Metres still to run, when stated. */
  toGo: number | null;
  /** Metres from the start, when stated. */
  from: number | null;
  /** As a fraction of the race: 0 at the start, 0.75 for "most of the race". */
  fraction: number | null;
}

const NUM =
  '(\\d[\\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|fifty|a hundred|one hundred|hundred)';
const TO_GO = new RegExp(
  `\\b(?:with|at|around|about|inside|in)\\s+(?:just\\s+|only\\s+|around\\s+|about\\s+|some\\s+|roughly\\s+|approximately\\s+|less than\\s+|under\\s+|barely\\s+)?(?:${NUM}\\s*(?:m|metres?|meters?|-metre|-meter)|(half a lap|a lap|one lap|two laps))\\s+(?:to go|remaining|left|to run)`,
  'i',
);
const FINAL_N = new RegExp(
  `\\b(?:in|over|down|during|into)\\s+the\\s+(?:final|last|closing)\\s+${NUM}\\s*(?:m\\b|metres?|meters?)`,
  'i',
);
const FROM_START =
  /\b(?:by|at|after|around|through|past|approaching)\s+(?:the\s+)?(\d[\d,]*)\s*-?\s?(?:m|metres?|meters?)(?:\s+(?:mark|point))?/i;
const BELL = /\b(?:at the bell|bell (?:rang|lap|sounded)|final lap|last lap|with a lap to go)\b/i;
const STRAIGHT = /\b(?:home ?straight|homestretch|home stretch|final straight|finishing straight|run-in)\b/i;
const BEND = /\b(?:final bend|last bend|final turn|last turn|top of the straight)\b/i;
const EARLY =
  /\b(?:early|from the (?:start|gun|outset|get-go|off)|from the front|get-go|wire[- ]to[- ]wire|at the start|opening lap|first lap|from the beginning)\b/i;
const MOST = /\b(?:for most of the race|most of the (?:race|way)|for much of the race)\b/i;

// Cheap gate: a clause with none of these words tells no moment of the race.
const NARRATIVE_GATE = gateOf(
  /overt|pass|past\b|went by|hauled|reeled|overhaul|lead|led\b|front|pace|tempo|surg|push|move|attack|inject|went for|struck|strike|accelerat|burst|launch|kick|unleash|sprint|fad|falter|tying|tied up|wilt|steam|price/i,
);
// What every match of each pattern below holds: a clause without it skips that pattern.
const PASS_GATE = /overt|pass|past|went by|hauled|reeled|overhaul/i;
const LEAD_GATE = /lead|led|front|pace|tempo/i;
const SURGE_GATE = /surg|push|made|attack|inject|mov|went for|struck|strike|accelerat|burst|launch/i;
const KICK_GATE = /kick|unleash|burst|sprint/i;
const FADE_GATE = /fad|falter|tying|tied|wilt|steam|price/i;
const LEAD =
  /\b(?:(?:took|taking|take|takes|seized|seizing|hit|hitting|went to|going to|moved to|moving to|held|holding|maintained|maintaining|set|setting|assumed|grabbed)\s+(?:the|a|an)\s+(?:[\w-]+\s+)?(?:lead|pace|front)|led(?!\s+(?:to|by)\b)|leading(?!\s+(?:up|into|to)\b)|front-running|from the front|pushed the pace|pushing the pace|dictated the pace|set the tempo)\b/gi;
const PASS =
  /\b(?:overtook|overtake|overtaking|overtakes|passed|passing|passes|went past|going past|goes past|moved past|moving past|powering past|powered past|surged past|surging past|stormed past|storming past|kicked past|kicking past|edged past|edging past|swept past|sweeping past|got past|getting past|went by|came past|coming past|sprinted past|sprinting past|burst past|bursting past|flew past|flying past|hauled in|reeled in|overhauled|overhauling)\s+/gi;
const SURGE =
  /\b(?:surged|surge|surging|surges|pushed again|pushing again|made (?:his|her|their) move|attacked|attacking|injected|moved up|moving up|went for home|struck|strike|accelerated|accelerating|burst|bursting|launched)\b/gi;
const KICK = /\b(?:kick|kicked|kicking|unleashed|finishing burst|sprint finish)\b/gi;
const FADE =
  /\b(?:fading|faded|fades|faltered|falters|tying up|tied up|wilted|ran out of steam|paid the price)\b/gi;

/**
 * Leads, passes, surges, kicks and fades in a clause, with the distance the sentence gives
 * ("with 200 metres to go", "by the 800-meter mark", "at the bell", "early", "most of the race").
 */
export function findNarrative(
  text: string,
  clause: Clause,
  sentence: Clause,
  mentions: readonly Mention[],
): NarrativeFinding[] {
  // Every moment below is someone's named in the clause (or, for "fading", just after it).
  if (!mentions.some((m) => m.id && m.start >= clause.start && m.start <= clause.end + 2)) return [];
  const slice = text.slice(clause.start, clause.end);
  if (!NARRATIVE_GATE.test(slice)) return [];
  // Where in the race, read only once something happened.
  let where: ReturnType<typeof distanceIn> | undefined;
  const whereOnce = (): ReturnType<typeof distanceIn> =>
    (where =
      where !== undefined
        ? where
        : (distanceIn(slice) ?? distanceIn(text.slice(sentence.start, sentence.end))));
  const out: NarrativeFinding[] = [];
  const add = (
    kind: NarrativeFinding['kind'],
    at: number,
    others: string[] = [],
    who?: Mention | null,
  ): void => {
    const subject = who ?? subjectAt(text, clause, mentions, at);
    if (!subject?.id) return;
    if (out.some((o) => o.kind === kind && o.athleteId === subject.id)) return;
    out.push({
      at,
      kind,
      athleteId: subject.id,
      others: others.filter((o) => o !== subject.id),
      ...(whereOnce() ?? { toGo: null, from: null, fraction: null }),
    });
  };
  for (const m of PASS_GATE.test(slice) ? allMatches(PASS, slice) : []) {
    const at = clause.start + m.index;
    const subject = subjectAt(text, clause, mentions, at);
    const objects = objectsAfter(text, clause, mentions, at + m[0].length, subject?.id ?? null);
    if (objects.length > 0) add('pass', at, objects, subject);
  }
  for (const m of LEAD_GATE.test(slice) ? allMatches(LEAD, slice) : []) {
    const at = clause.start + m.index;
    add('lead', at, [], null);
    if (out.length && MOST.test(slice)) {
      const last = out[out.length - 1];
      if (last && last.kind === 'lead') last.fraction = last.fraction ?? 0;
    }
  }
  for (const m of SURGE_GATE.test(slice) ? allMatches(SURGE, slice) : [])
    add('surge', clause.start + m.index);
  for (const m of KICK_GATE.test(slice) ? allMatches(KICK, slice) : []) add('kick', clause.start + m.index);
  for (const m of FADE_GATE.test(slice) ? allMatches(FADE, slice) : []) {
    const at = clause.start + m.index;
    const next = mentions.find((x) => x.id && x.start > at && x.start <= at + m[0].length + 2);
    add('fade', at, [], /^fading$/i.test(m[0]) && next ? next : null);
  }
  return oneMovePerAthlete(out);
}

/**
 * A surge and a kick of one athlete in one clause are one move told twice ("unleashed a burst"),
 * or a move and a memory ("surged, attempting to repeat the explosive kick that won Tokyo"):
 * the word that comes first names it.
 */
function oneMovePerAthlete(found: NarrativeFinding[]): NarrativeFinding[] {
  const isMove = (f: NarrativeFinding): boolean => f.kind === 'surge' || f.kind === 'kick';
  return found.filter(
    (f) =>
      !isMove(f) || !found.some((g) => g !== f && isMove(g) && g.athleteId === f.athleteId && g.at < f.at),
  );
}

/** The distance a text gives for a moment of the race. */
export function distanceIn(
  s: string,
): { toGo: number | null; from: number | null; fraction: number | null } | null {
  let m = TO_GO.exec(s);
  if (m) {
    if (m[2])
      return { toGo: /half/i.test(m[2]) ? 200 : /two/i.test(m[2]) ? 800 : 400, from: null, fraction: null };
    const n = numberValue((m[1] ?? '').replace(/^(?:a|one) hundred$/i, '100'));
    if (n !== null) return { toGo: n, from: null, fraction: null };
  }
  m = FINAL_N.exec(s);
  if (m) {
    const n = numberValue((m[1] ?? '').replace(/^(?:a|one) hundred$/i, '100'));
    if (n !== null) return { toGo: n, from: null, fraction: null };
  }
  m = FROM_START.exec(s);
  if (m) return { toGo: null, from: Number((m[1] ?? '').replace(/,/g, '')), fraction: null };
  if (BELL.test(s)) return { toGo: 400, from: null, fraction: null };
  if (BEND.test(s)) return { toGo: 200, from: null, fraction: null };
  if (STRAIGHT.test(s)) return { toGo: 100, from: null, fraction: null };
  if (MOST.test(s)) return { toGo: null, from: null, fraction: 0 };
  if (EARLY.test(s)) return { toGo: null, from: 0, fraction: null };
  return null;
}

/**
 * Who a pass goes past: the people named right after the verb. A pronoun there ("surged past
 * him") is never the one passing: it is the person named last before the verb in the sentence
 * who is not the subject ("Berg was stunned as Ruiz surged past him"; "Ruiz sat on Berg's
 * shoulder and kicked past him").
 */
function objectsAfter(
  text: string,
  clause: Clause,
  mentions: readonly Mention[],
  from: number,
  subjectId: string | null,
): string[] {
  const ids: string[] = [];
  let cursor = from;
  for (const m of mentions) {
    if (m.start < from || m.end > clause.end) continue;
    const x = m.kind === 'pronoun' ? { ...m, id: pronounObject(m, mentions, from, subjectId) } : m;
    if (!x.id) continue;
    const gap = text.slice(cursor, x.start);
    const ok =
      ids.length === 0
        ? /^(?:(?:both|the|fellow|rival|compatriot|\p{L}+an|his|her|defending|reigning|world|olympic|champion|fading|long-time)\s+){0,3}$/iu.test(
            gap,
          )
        : /^\s*(?:,|and|,\s*and)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?$/u.test(gap);
    if (!ok) break;
    ids.push(x.id);
    cursor = x.end;
  }
  return ids;
}

function pronounObject(
  pronoun: Mention,
  mentions: readonly Mention[],
  verbEnd: number,
  subjectId: string | null,
): string | null {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i];
    if (m && m.id && m.kind !== 'pronoun' && m.end <= verbEnd && m.id !== subjectId) return m.id;
  }
  return pronoun.id !== subjectId ? pronoun.id : null;
}
