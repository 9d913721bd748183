import type { Clause } from './clauses';
import type { Mention } from './findMentions';
import type { TimeToken } from './findTimes';
import type { RecordKind } from './types';
import { subjectAt, isObject } from './attach';
import { NUMBER_PATTERN, numberValue } from './lexicon/numbers';

/** What a time in a clause is: a result, a split, a stated gap, or an old record's value. */
export type TimeRole = 'result' | 'split' | 'gap' | 'other';

const SPLIT_BEFORE =
  /(?:(?:opening|first|second|third|final|last|closing|penultimate|bell)\s+(?:lap|400|800|200|1000|kilometre|km|mile|half|\d+\s?m)\S*|\blap|\bsplit|\bsplits|halfway|at the bell|through\s+(?:the\s+)?\d+\s?(?:m|metres|meters)|went through|passed (?:the )?\d+\s?m(?:etres)? in)[^.;]{0,30}$/i;
const SPLIT_AFTER =
  /^\s*(?:seconds?\s+|secs?\s+|s\s+)?(?:for the (?:first|opening|last|final)|opening lap|first lap|-second opening|through|at the bell|split|lap\b)/i;
const GAP_AFTER =
  /^\s*(?:(?:seconds?|secs?|s)\s*)?(?:behind|back|adrift|ahead|clear|off the pace|down on|outside|slower|faster|quicker|of a second)/i;
const GAP_BEFORE = /\b(?:by|margin of|gap of|deficit of)\s+(?:just\s+|only\s+|a mere\s+)?$/i;
const OLD_BEFORE =
  /(?:(?:previous|old|former|existing|standing|long-standing|earlier)\s+(?:[\w'-]+\s+){0,3}(?:record|best|mark|PB|time|world record)s?(?:\s+(?:of|was|is|stood at)\s*|,\s*)|\b(?:outside|short of|shy of|off|under|below|than|eclipsing|surpassing|bettering|improving on|erasing|lowering|beating|breaking|missing|attack|attacking|target|targeting|chase|chasing|challenge|challenging|threaten|threatening|eye|eyeing)\s+(?:[\w'-]+\s+){0,4}(?:(?:record|best|mark|time)\s+)?(?:of\s+)?|(?:record|best)\s+(?:stands|stood)\s+at\s+|(?:personal|season's|lifetime)\s+best\s+(?:was|had been|stood at|stands at|remains|remained|is)\s+|(?:previous|old)\s+(?:best|mark)\s+(?:of\s+)?)$/i;
const BEST_OF =
  /\b(?:with|has|had|have|owns|owned|holds|held|boasts|brings|brought|bringing|carries|carried|carrying)\s+(?:a|his|her|their)\s+(?:personal\s+|lifetime\s+|season's\s+|season\s+|career\s+)?(?:best|PB|record)\s+(?:of\s+)?$/i;
// "owns the quickest personal best on the start list, 1:56.02"; "a season's best of 1:57.12 and a
// lifetime best of 1:56.40"; "(SB 1:58.01, PB 1:57.33)": entry lists and form guides.
const BEST_OWNED =
  /\b(?:owns|owned|holds|held|boasts|has|had)\s+(?:the|a|his|her|their)\s+(?:[\w'-]+\s+){0,2}?(?:best|PB|SB)(?:\s+(?:on|in|of|among)\b[^.;]{0,30}?)?[\s,:]*(?:of\s+)?$|(?:,|\band)\s+(?:a|his|her|their)\s+(?:personal|lifetime|season's|career)\s+best\s+(?:of\s+)?$|(?:^|[(,;\s])(?:SB|PB|PR):?\s*$/i;
// "He has run 3:31.47": a time told in the perfect tense is a career mark, not this race's result.
// "the world leader with 7:59.84": a season's lead, run elsewhere.
const LEAD_OF = /\b(?:world|season|European|national)[- ]lead(?:er|ing)?\s+(?:with|of|at)\s+(?:a\s+)?$/i;
const PERFECT_BEFORE =
  /\b(?:has|have|had)\s+(?:(?:already|now|also|never|ever|previously|once|only)\s+)?(?:run|clocked|gone|dipped)\s+(?:(?:as fast as|under|below|faster than|as quick as)\s+)?$/i;
// "a 3:49.88 best for the mile", "his 13:05.11 PB": a best, not this race's time.
// "a 2:21:30 marathoner": what kind of runner someone is, from another race.
const BEST_AFTER =
  /^\s*(?:(?:(?:personal|lifetime|career|season's|season|indoor|outdoor)\s+)?(?:best|PB|PR|SB)|marathoner|marathon runner|miler|performer|runner)\b/;
const TRAINING_AFTER =
  /^\s*(?:each|apiece|per\b|a lap\b|a kilometre|a km|a mile|\/km|\/mile|pace\b|on the treadmill)/i;
const STANDARD_BEFORE =
  /\b(?:reaction(?:\s+time)?|standard|qualifying (?:time|mark)|entry (?:time|mark)|cut-off|cutoff|target)\s+(?:of\s+|is\s+|was\s+)?$/i;
const TRAINING_BEFORE =
  /\b(?:repetitions?|reps?|intervals?|session|workout|training|tempo run)\b[^.;]{0,50}$/i;
const OLD_AFTER =
  /^\s*(?:,\s*)?(?:(?:set|established|held|run)\s+(?:by|in)|for (?:his|her|their|a) (?:previous|old|former|then) (?:best|record|PB|personal best)|from (?:19|20)\d\d|from earlier\b|(?:earlier |so far )?this (?:year|season|summer|spring|winter)\b(?!')|since (?:the (?:year )?)?(?:19|20)\d\d|from last|which (?:had )?stood|that had stood|dating)/i;

/** Classifies a time token by the words around it. */
export function timeRole(text: string, clause: Clause, t: TimeToken): TimeRole {
  const before = text.slice(Math.max(clause.start, t.start - 60), t.start);
  const after = text.slice(t.end, Math.min(clause.end + 30, t.end + 40));
  if (GAP_AFTER.test(after) || GAP_BEFORE.test(before)) return 'gap';
  const split = SPLIT_BEFORE.exec(before);
  // "in the final 50 metres and won in 3:31.42": a finishing verb after the split cue makes it the result.
  if (
    (split &&
      !/\b(?:won|win|finished|crossed|to clock|clocked|stopped|time of|ran|home in)\b/i.test(split[0])) ||
    SPLIT_AFTER.test(after)
  )
    return 'split';
  if (
    OLD_BEFORE.test(before) ||
    OLD_AFTER.test(after) ||
    (BEST_AFTER.test(after) && /\b(?:an?|his|her|their)\s+$/i.test(before)) ||
    BEST_OF.test(before) ||
    BEST_OWNED.test(before) ||
    PERFECT_BEFORE.test(before) ||
    LEAD_OF.test(before)
  )
    return 'other';
  if (TRAINING_AFTER.test(after) || TRAINING_BEFORE.test(before) || STANDARD_BEFORE.test(before))
    return 'other';
  return 'result';
}

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

const GAP_WORDS = new RegExp(
  `\\b(?:(?:just|only|a mere|some|around|about|barely)\\s+)?(${NUMBER_PATTERN})(?:\\s+|-)(seconds?|secs?|s|hundredths?|tenths?|thousandths?)(?:\\s+of\\s+a\\s+second)?\\s+(behind|back|adrift|ahead|clear|off|down|outside|slower|faster|quicker)\\b(?:\\s+(?:of\\s+)?)?`,
  'gi',
);
const GAP_BY = new RegExp(
  `\\b(?:by|margin of|gap of)\\s+(?:just\\s+|only\\s+|a mere\\s+|barely\\s+)?(${NUMBER_PATTERN})(?:\\s+|-)(seconds?|secs?|s|hundredths?|tenths?|thousandths?)(?:\\s+of\\s+a\\s+second)?`,
  'gi',
);

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
  if (!/second|sec\b|secs|\ds\b|hundredth|tenth|thousandth/i.test(slice)) return [];
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
    const after = clause.start + m.index + m[0].length;
    const other =
      mentions.find(
        (x) =>
          x.id && x.start >= after && /^\s*(?:of\s+|from\s+)?(?:the\s+)?$/i.test(text.slice(after, x.start)),
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
  if (!/DNF|DNS|DQ|DSQ|finish|disqualif|dropped|pulled up|stepped|start|scratch|withdrew/i.test(slice))
    return out;
  for (const [re, status] of STATUS) {
    const m = re.exec(slice);
    if (!m) continue;
    const at = clause.start + m.index;
    // "the pacemaker dropped out": someone else's status.
    if (/\bthe\s+\p{Ll}+\s+(?:had\s+|then\s+)?$/u.test(text.slice(Math.max(clause.start, at - 30), at)))
      continue;
    const who = subjectAt(text, clause, mentions, at);
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
  if (
    !/n't|not|miss|skip|sat out|sitting out|withdr|pulled out|absent|no-show|bypass|opt|a miss/i.test(slice)
  )
    return out;
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
  if (
    !/beat|defeat|edg|outk|pipp|outran|outsprint|held off|holding off|fend|better of|ahead of|over\b|upstag|denied|denying|lost|loss|behind|trail/i.test(
      slice,
    )
  )
    return out;
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
