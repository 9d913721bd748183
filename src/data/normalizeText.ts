/**
 * Normalises article text for matching while keeping every offset: each character maps to exactly
 * one character, so a span found in the normalised text quotes the original at the same offsets.
 * Curly quotes become straight, the many Unicode spaces become a space, dashes and hyphens of
 * other code points become "-", invisible format characters become spaces, and CR line ends
 * become spaces (CRLF) or newlines (a lone CR), so CRLF, NBSP and curly-quote variants of an
 * article read the same.
 */
export function normalizeText(text: string): string {
  const out = text.replace(SPECIAL, (ch, offset: number) => {
    if (ch === '\r') return text.charCodeAt(offset + 1) === 0x0a ? ' ' : '\n';
    return REPLACEMENT.get(ch) ?? ' ';
  });
  // "🥇 Collins Kiptoo Saitoti (KEN) 1:43.21": a live blog's medal opening a results line is its place
  // (each emoji is two UTF-16 units, as "1." is).
  return out.includes('\ud83e')
    ? out.replace(MEDAL_LINE, (m) => m.slice(0, -2) + (MEDAL_PLACES[m.slice(-2)] ?? '  '))
    : out;
}

const MEDAL_LINE = /(?<=^|\n)[ \t]*[🥇🥈🥉]/gu;
const MEDAL_PLACES: Readonly<Record<string, string>> = { '🥇': '1.', '🥈': '2.', '🥉': '3.' };

const REPLACEMENT = new Map<string, string>([
  ['\u2028', '\n'],
  ['\u2029', '\n'],
  ['\u0085', '\n'],
  ['\u201c', '"'],
  ['\u201d', '"'],
  ['\u201e', '"'],
  ['\u201f', '"'],
  ['\u2033', '"'],
  ['\u00ab', '"'],
  ['\u00bb', '"'],
  ['\u2018', "'"],
  ['\u2019', "'"],
  ['\u201a', "'"],
  ['\u201b', "'"],
  ['\u2032', "'"],
  ['\u02bc', "'"],
  ['\u2010', '-'],
  ['\u2011', '-'],
  ['\u2012', '-'],
  ['\u2212', '-'],
  ['\u2013', '-'],
  ['\u2014', '-'],
  ['\u2015', '-'],
]);

// Everything else in this class (spaces, invisible format characters, tabs) becomes a plain space.
const SPECIAL =
  /[\r\t\v\f\u0085\u00a0\u00ab\u00ad\u00bb\u02bc\u1680\u2000-\u2015\u2018-\u201f\u2028-\u202f\u2032\u2033\u205f-\u2069\u2212\u3000\ufeff]/g;
