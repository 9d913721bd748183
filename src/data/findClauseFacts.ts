import type { Clause } from './clauses';
import type { Mention } from './findMentions';
import type { RecordKind } from './types';
import { statusOwnerAt, subjectAt, isObject } from './attach';
import { NUMBER_PATTERN, numberValue } from './lexicon/numbers';
import { gateOf } from './gateOf';

const RECORD_WORDS: readonly [RegExp, RecordKind][] = [
  [
    /\b(?:world[- ]leading|world[- ]lead|world's fastest time this year|fastest time in the world this year)\b|\bWL\b/g,
    'WL',
  ],
  [/\b(?:world record|world best)\b|\bWR\b/g, 'WR'],
  [/\bOlympic record\b|\bOR\b/g, 'OR'],
  [/\b(?:championships? record|games record)\b|\bCR\b/g, 'CR'],
  [/\b(?:meet(?:ing)? record|stadium record|Diamond League record)\b|\bMR\b|\bDLR\b/g, 'MR'],
  [
    /\b(?:national record|(?:British|American|Kenyan|Norwegian|Australian|Ethiopian|Jamaican|Canadian|French|German|Spanish|Italian|Dutch|Irish|Swedish|Polish|Japanese|Chinese|Ugandan|Moroccan|Algerian|Belgian|Swiss|Portuguese|New Zealand|South African|Botswana|Nigerian) record)\b|\bNR\b/g,
    'NR',
  ],
  [
    /\b(?:area record|European record|African record|Asian record|continental record|Oceanian record|North American record|South American record)\b|\bAR\b/g,
    'AR',
  ],
  [/\b(?:personal best|personal record|lifetime best|career best|PB|PR)\b/g, 'PB'],
  [/\b(?:season(?:'s)? best|SB)\b/g, 'SB'],
  [/\b(?:world U20 record|world junior record|WU20R)\b/g, 'WU20R'],
];
// Words one of which every match of a kind's pattern in RECORD_WORDS contains (case matters as there).
const RECORD_KIND_WORDS: Readonly<Record<RecordKind, readonly string[]>> = {
  WL: ['world', 'WL'],
  WR: ['world', 'WR'],
  OR: ['Olympic', 'OR'],
  CR: ['record', 'CR'],
  MR: ['record', 'MR', 'DLR'],
  NR: ['record', 'NR'],
  AR: ['record', 'AR'],
  PB: ['best', 'record', 'PB', 'PR'],
  SB: ['best', 'SB'],
  WU20R: ['record', 'WU20R'],
};
function holdsAny(s: string, words: readonly string[]): boolean {
  for (const w of words) if (s.includes(w)) return true;
  return false;
}
const NOT_RECORD_AFTER = /^[\s-]*(?:holder|holders|-holder)\b/i;
const NOT_RECORD_BEFORE =
  /(?:previous|former|old|outside|short of|shy of|missed|missing|narrowly missed|just outside|off|no|not|n't|without|equal to|and the|held the|holds the|owns the|his|her)\s+(?:the\s+|a\s+)?$/i;
const RECORD_ACTION =
  /\b(?:set|setting|sets|broke|breaking|smashed|smashing|equalled|equaled|lowered|improved|clocked|clocking|ran|run|in an?|with an?|new|crushing|shattered|shattering)\b/i;

/** A record or best claimed for the subject of a clause. */
export interface RecordFact {
  at: number;
  athleteId: string;
  record: RecordKind;
}

/** Records and bests in a clause, for the person who set them (the subject, not a possessive other). */
export function findRecords(
  text: string,
  clause: Clause,
  mentions: readonly Mention[],
  hasTime: boolean,
): RecordFact[] {
  const slice = text.slice(clause.start, clause.end);
  // Every pattern below needs one of these (case matters: "in" is not "IN").
  if (!/record|best|lead|fastest|\b(?:WL|WR|OR|CR|MR|DLR|NR|AR|PB|PR|SB|WU20R)\b/.test(slice)) return [];
  if (!hasTime && !RECORD_ACTION.test(slice)) return [];
  const out: RecordFact[] = [];
  for (const [re, kind] of RECORD_WORDS) {
    // Each pattern needs one of its kind's words ("record", "best", "world" or the abbreviation).
    if (!holdsAny(slice, RECORD_KIND_WORDS[kind])) continue;
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const at = clause.start + m.index;
      if (NOT_RECORD_AFTER.test(text.slice(at + m[0].length, at + m[0].length + 10))) continue;
      if (
        NOT_RECORD_BEFORE.test(text.slice(Math.max(clause.start, at - 24), at)) &&
        !/\b(?:his|her)\s+$/.test(text.slice(at - 5, at))
      )
        continue;
      const who = subjectAt(text, clause, mentions, at);
      if (who?.id && !out.some((r) => r.athleteId === who.id && r.record === kind))
        out.push({ at, athleteId: who.id, record: kind });
    }
  }
  return out;
}

// Cheap gates: a clause with none of a gate's words states no gap, status, absence or ordering.
const GAP_GATE = /second|sec\b|secs|\ds\b|hundredth|tenth|thousandth/i;
const STATUS_GATE = /DNF|DNS|DQ|DSQ|finish|disqualif|dropped|pulled up|stepped|start|scratch|withdrew/i;
const ABSENCE_GATE =
  /n't|not|miss|skip|sat out|sitting out|withdr|pulled out|absent|no-show|bypass|opt|a miss/i;
const ORDERING_GATE =
  /beat|defeat|edg|outk|pipp|outran|outsprint|held off|holding off|fend|better of|ahead of|over\b|upstag|denied|denying|lost|loss|behind|trail/i;
// All four gates' words in one test: most clauses pass none of them, and then need no more tests.
const ANY_GATE = gateOf(
  new RegExp([GAP_GATE, STATUS_GATE, ABSENCE_GATE, ORDERING_GATE].map((gate) => gate.source).join('|'), 'i'),
);

/** Whether a clause may state a gap, a status, an absence or an ordering (when not, those finders find nothing). */
export function mayStateGapStatusAbsenceOrOrdering(text: string, clause: Clause): boolean {
  return ANY_GATE.test(text.slice(clause.start, clause.end));
}

const GAP_WORDS = new RegExp(
  `\\b(?:(?:just|only|a mere|some|around|about|barely)\\s+)?(${NUMBER_PATTERN})(?:\\s+|-)(seconds?|secs?|s|hundredths?|tenths?|thousandths?)(?:\\s+of\\s+a\\s+second)?\\s+(behind|back|adrift|ahead|clear|off|down|outside|slower|faster|quicker)\\b(?:\\s+(?:of\\s+)?)?`,
  'gi',
);
const GAP_BY = new RegExp(
  `\\b(?:by|margin of|gap of)\\s+(?:just\\s+|only\\s+|a mere\\s+|barely\\s+)?(${NUMBER_PATTERN})(?:\\s+|-)(seconds?|secs?|s|hundredths?|tenths?|thousandths?)(?:\\s+of\\s+a\\s+second)?`,
  'gi',
);

const ROUGHLY_BEFORE =
  /\b(?:(?:more|less|fewer)\s+than|over|under|almost|nearly|roughly|approximately|upwards\s+of|in\s+excess\s+of)\s+$/i;

/** A gap the text states: `athleteId` was `seconds` behind `relativeTo` (null: behind the winner). */
export interface GapFact {
  at: number;
  athleteId: string;
  seconds: number;
  relativeTo: string | null;
}

/** Stated gaps: "0.14 seconds behind", "three hundredths clear of Hale", "won by 0.05 seconds". */
export function findGaps(text: string, clause: Clause, mentions: readonly Mention[]): GapFact[] {
  const slice = text.slice(clause.start, clause.end);
  if (!GAP_GATE.test(slice)) return [];
  const out: GapFact[] = [];
  const value = (n: string, unit: string): number | null => {
    const v = numberValue(n);
    if (v === null) return null;
    const u = unit.toLowerCase();
    return u.startsWith('hundredth')
      ? v / 100
      : u.startsWith('tenth')
        ? v / 10
        : u.startsWith('thousandth')
          ? v / 1000
          : v;
  };
  GAP_WORDS.lastIndex = 0;
  for (let m = GAP_WORDS.exec(slice); m; m = GAP_WORDS.exec(slice)) {
    const at = clause.start + m.index;
    const v = value(m[1] ?? '', m[2] ?? '');
    if (v === null || v > 600) continue;
    // "a little more than a second behind", "almost two seconds back": a rough gap, no figure to
    // work a time out from.
    if (ROUGHLY_BEFORE.test(text.slice(Math.max(clause.start, at - 30), at))) continue;
    const after = clause.start + m.index + m[0].length;
    const other =
      mentions.find(
        (x) =>
          x.id &&
          x.start >= after &&
          // ("0.22 seconds behind bronze medallist Bram de Groot": the one named with a medal or title.)
          /^\s*(?:of\s+|from\s+)?(?:the\s+)?(?:(?:gold|silver|bronze)\s+medall?ist\s+|runner-up\s+|winner\s+)?$/i.test(
            text.slice(after, x.start),
          ),
      ) ?? null;
    const subject = subjectAt(text, clause, mentions, at);
    if (!subject?.id) continue;
    const ahead = /^(?:ahead|clear|faster|quicker)$/i.test(m[3] ?? '');
    if (ahead && other?.id) out.push({ at, athleteId: other.id, seconds: v, relativeTo: subject.id });
    else if (!ahead) out.push({ at, athleteId: subject.id, seconds: v, relativeTo: other?.id ?? null });
  }
  GAP_BY.lastIndex = 0;
  for (let m = GAP_BY.exec(slice); m; m = GAP_BY.exec(slice)) {
    const at = clause.start + m.index;
    const v = value(m[1] ?? '', m[2] ?? '');
    if (v === null || v > 600) continue;
    const before = text.slice(clause.start, at);
    const winner = subjectAt(text, clause, mentions, at);
    const beaten = mentions.find(
      (x) =>
        x.id &&
        x.id !== winner?.id &&
        x.start >= clause.start &&
        x.end <= at &&
        isObject(text, clause, x, mentions),
    );
    if (/\b(?:won|win|beat|beating|edged|edging|ahead|clear)\b/i.test(before) && winner?.id && beaten?.id) {
      out.push({ at, athleteId: beaten.id, seconds: v, relativeTo: winner.id });
    }
  }
  return out;
}

const STATUS: readonly [RegExp, 'dnf' | 'dns' | 'dq'][] = [
  [
    /\b(?:DNF|did not finish|didn't finish|failed to finish|dropped out|pulled up|stepped off the track)\b/i,
    'dnf',
  ],
  [/\b(?:DQ|DSQ|disqualified)\b/i, 'dq'],
  [/\b(?:DNS|did not start|didn't start|withdrew before the (?:race|final)|scratched)\b/i, 'dns'],
];

/** A finishing status other than "finished" (DNF, DNS, DQ) for the clause's subject. */
export function findStatus(
  text: string,
  clause: Clause,
  mentions: readonly Mention[],
): { at: number; athleteId: string; status: 'dnf' | 'dns' | 'dq' }[] {
  const slice = text.slice(clause.start, clause.end);
  const out: { at: number; athleteId: string; status: 'dnf' | 'dns' | 'dq' }[] = [];
  if (!STATUS_GATE.test(slice)) return out;
  for (const [re, status] of STATUS) {
    const m = re.exec(slice);
    if (!m) continue;
    const at = clause.start + m.index;
    // "the pacemaker dropped out", "19 of the 78 starters failed to finish": someone else's status.
    if (
      /\bthe\s+(?:\d+\s+)?\p{Ll}+\s+(?:had\s+|then\s+)?$/u.test(
        text.slice(Math.max(clause.start, at - 30), at),
      )
    )
      continue;
    const who = statusOwnerAt(text, clause, mentions, at);
    if (who?.id) out.push({ at, athleteId: who.id, status });
  }
  return out;
}

const ABSENT =
  /\b(?:(?:wasn't|was not|weren't|isn't|is not|were not|will not be|won't be)\s+(?:present|there|competing|racing|running|in the field|on the start ?line|entered|in action)|missed out on|missed|skipped|skipping|sat out|sitting out|withdrew from|withdrawn from|pulled out of|was absent from|absent from|did not run|didn't run|did not compete|didn't compete|no-show|was missing from|bypassed|opted out of|opting out of|gave\s+\S+\s+a miss)\b/gi;
const NOT_ABSENT_AFTER =
  /^\s+(?:out\s+on\s+)?(?:the\s+|a\s+)?(?:podium|medals?|final\b|cut|record|mark|chance|gold|silver|bronze|top|qualif|standard|world record|start)/i;

/** People reported as not running ("The Brit wasn't present in Switzerland", "missed out on Monaco"). */
export function findAbsences(
  text: string,
  clause: Clause,
  mentions: readonly Mention[],
): { at: number; athleteId: string }[] {
  const slice = text.slice(clause.start, clause.end);
  const out: { at: number; athleteId: string }[] = [];
  if (!ABSENCE_GATE.test(slice)) return out;
  ABSENT.lastIndex = 0;
  for (let m = ABSENT.exec(slice); m; m = ABSENT.exec(slice)) {
    const at = clause.start + m.index;
    if (NOT_ABSENT_AFTER.test(text.slice(at + m[0].length, at + m[0].length + 30))) continue;
    const who = subjectAt(text, clause, mentions, at);
    if (who?.id && !out.some((o) => o.athleteId === who.id)) out.push({ at, athleteId: who.id });
  }
  return out;
}

const BEAT =
  /\b(?:beat|beats|beating|defeated|defeats|defeating|edged(?! past)|edges|edging(?! past)|outkicked|outkicking|pipped|pipping|outran|outsprinted|held off|holding off|fended off|fending off|got the better of|finished ahead of|ahead of|victory over|win over|triumph over|upstaged|upstaging|denied|denying)\s+/gi;
const BEATEN_BY =
  /\b(?:beaten|defeated|edged|outkicked|pipped|denied|upstaged|outsprinted)\s+(?:[\w-]+\s+){0,8}?by\s+|\b(?:defeat|loss)\s+(?:by|to)\s+|\blost\s+(?:out\s+)?to\s+|\b(?:finished|came|was|ended up|crossed the line)\s+(?:just\s+|narrowly\s+|well\s+)?behind\s+|\btrail(?:ed|ing)\s+(?:behind\s+)?/gi;

/** "A finished ahead of B" read from verbs of beating and being beaten. */
export function findOrderings(
  text: string,
  clause: Clause,
  mentions: readonly Mention[],
): { at: number; ahead: string; behind: string }[] {
  const slice = text.slice(clause.start, clause.end);
  const out: { at: number; ahead: string; behind: string }[] = [];
  if (!ORDERING_GATE.test(slice)) return out;
  const objectsAfter = (from: number): Mention[] => {
    const list: Mention[] = [];
    for (const x of mentions) {
      if (!x.id || x.start < from || x.end > clause.end) continue;
      const gap = text.slice(list.length ? (list[list.length - 1] as Mention).end : from, x.start);
      if (
        list.length === 0
          ? /^(?:(?:both|the|fellow|rival|compatriot|\p{L}+an|his|her|defending|reigning|world|olympic|champion|fading)\s+){0,3}$/iu.test(
              gap,
            )
          : /^\s*(?:,|and|,\s*and)\s+(?:the\s+)?(?:\p{L}+\s+)?$/u.test(gap)
      )
        list.push(x);
      else break;
    }
    return list;
  };
  const scan = (re: RegExp, passive: boolean): void => {
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const at = clause.start + m.index;
      const subject = subjectAt(text, clause, mentions, at);
      if (!subject?.id || subject.start > at) continue;
      for (const obj of objectsAfter(at + m[0].length)) {
        if (!obj.id || obj.id === subject.id) continue;
        out.push(
          passive ? { at, ahead: obj.id, behind: subject.id } : { at, ahead: subject.id, behind: obj.id },
        );
      }
    }
  };
  scan(BEAT, false);
  scan(BEATEN_BY, true);
  return out;
}
