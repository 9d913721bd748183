import type { Mention } from './findMentions';
import type { Sentence } from './splitSentences';
import type { QuoteSpan } from './findQuotes';
import type { SourceSpan } from './types';

const SPEECH =
  /\b(?:said|says|told|added|explained|admitted|reflected|noted|stated|insisted|joked|quipped|acknowledged|remarked|commented|continued|posted|wrote|stating|noting|adding|saying|acknowledging|reflecting|expressed|opened up|interview|declared|warned|laughed)\b/i;

/** A remark: who said it, whom it is about, and the words. */
export interface RemarkFinding {
  speakerId: string;
  aboutIds: string[];
  frame: number | null;
  text: string;
  source: SourceSpan;
}

/**
 * Quoted speech and who said it: the person next to a speech verb in the quote's sentence, else
 * the subject of the sentence before when it announces speech ("opened up … in a post-race
 * interview"), else the speaker of the previous quote. A remark is about the people named in it,
 * or, when it names nobody, about the other people in the sentences around it.
 */
export function findRemarks(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly Mention[][],
  quotes: readonly QuoteSpan[],
  span: (a: number, b: number) => SourceSpan,
  frameAt: (pos: number) => number | null,
): RemarkFinding[] {
  const out: RemarkFinding[] = [];
  let lastSpeaker: string | null = null;
  let lastQuoteEnd = -1;
  for (const q of quotes) {
    if (q.end - q.start < 16) continue;
    const si = sentenceAt(sentences, q.start);
    if (si < 0) continue;
    const s = sentences[si] as Sentence;
    // Sentences are in text order, so those on the quote's line, or inside it, are the ones next to it.
    const near = (x: Sentence): boolean => x.line === s.line || (x.start >= q.start && x.end <= q.end + 80);
    let first = si;
    while (first > 0 && near(sentences[first - 1] as Sentence)) first--;
    let last = si;
    while (last + 1 < sentences.length && near(sentences[last + 1] as Sentence)) last++;
    let lineEnd = s.end;
    for (let i = first; i <= last; i++)
      if ((sentences[i] as Sentence).line === s.line)
        lineEnd = Math.max(lineEnd, (sentences[i] as Sentence).end);
    const outside = (m: Mention): boolean => m.end <= q.start || m.start >= q.end;
    let speaker: string | null = null;
    for (let xi = first; xi <= last; xi++) {
      const x = sentences[xi] as Sentence;
      if (!near(x)) continue;
      const ms = (mentions[xi] ?? []).filter((m) => m.id && outside(m));
      const body = text.slice(x.start, x.end);
      if (!SPEECH.test(body.replace(text.slice(q.start, q.end), ''))) continue;
      speaker = nearest(ms, q) ?? speaker;
      if (speaker) break;
    }
    if (!speaker && si > 0) {
      const prev = sentences[si - 1] as Sentence;
      const prevMentions = (mentions[si - 1] ?? []).filter((m) => m.id && m.end <= q.start);
      if (SPEECH.test(text.slice(prev.start, prev.end)) && prevMentions[0]?.id) speaker = prevMentions[0].id;
      else if (lastSpeaker && q.start - lastQuoteEnd < 600) speaker = lastSpeaker;
    }
    if (!speaker) continue;
    const inside: Mention[] = [];
    for (let i = si; i < sentences.length && (sentences[i] as Sentence).start < q.end; i++) {
      if ((sentences[i] as Sentence).end > q.start)
        for (const m of mentions[i] ?? []) if (m.id && m.kind !== 'pronoun' && !outside(m)) inside.push(m);
    }
    let about = [...new Set(inside.map((m) => m.id as string))].filter((id) => id !== speaker);
    if (about.length === 0) {
      const narration = (i: number): boolean =>
        i >= 0 &&
        i < sentences.length &&
        !/\b(?:finished|clocked|placed|\d+(?:st|nd|rd|th)\b)/i.test(
          text.slice(sentences[i]?.start ?? 0, sentences[i]?.end ?? 0),
        );
      const near = new Set<string>();
      for (let i = si - 1; i <= si + 1; i++)
        if (narration(i)) for (const m of mentions[i] ?? []) if (m.id && outside(m)) near.add(m.id);
      about = [...near].filter((id) => id !== speaker);
    }
    // A speaker who goes on talking is still talking about the same race.
    const previous = out[out.length - 1];
    const continuing = previous !== undefined && speaker === lastSpeaker && q.start - lastQuoteEnd < 600;
    lastSpeaker = speaker;
    lastQuoteEnd = q.end;
    const inner = text.slice(q.start + 1, q.end - 1).trim();
    out.push({
      speakerId: speaker,
      aboutIds: about,
      frame: continuing ? previous.frame : frameAt(q.start),
      text: inner,
      source: span(q.start, Math.min(q.end, lineEnd)),
    });
  }
  return out;
}

/** The index of the sentence holding `pos` (sentences are in text order), or -1. */
function sentenceAt(sentences: readonly Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = sentences[mid] as Sentence;
    if (pos < x.start) hi = mid - 1;
    else if (pos >= x.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

function nearest(ms: Mention[], q: QuoteSpan): string | null {
  let best: Mention | null = null;
  let bestDist = Infinity;
  for (const m of ms) {
    const d = m.end <= q.start ? q.start - m.end : m.start - q.end;
    if (d < bestDist) {
      best = m;
      bestDist = d;
    }
  }
  return best?.id ?? null;
}
