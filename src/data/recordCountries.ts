import type { SourceSpan } from './types';
import type { Mention } from './findMentions';
import type { Sentence } from './splitSentences';
import type { NameRun } from './findNameRuns';
import type { Salience } from './resolveMention';
import { countryCodeOf, COUNTRY_CODES } from './lexicon/countries';

/**
 * The countries a sentence tells of the runners it names: before the name ("Norway's Jakob …"), after
 * it ("X (KEN)", "X, the Kenyan", "X of Ethiopia"), or as a compatriot of the runner named before.
 */
export function recordCountries(
  text: string,
  s: Sentence,
  runs: readonly NameRun[],
  mentions: Mention[],
  salience: Salience,
  span: (a: number, b: number) => SourceSpan,
): void {
  for (const m of mentions) {
    if (!m.id || (m.kind !== 'name' && m.kind !== 'surname') || salience.countries.has(m.id)) continue;
    const run = runs.find((r) => r.start <= m.start && r.end >= m.end);
    let code = run?.countryBefore?.code ?? null;
    if (!code) {
      const after =
        /^(?:\s*\((\p{Lu}{3})\)|(?:,\s*|\s+)(?:an?|another|the|fellow|also from(?: the)?|from(?: the)?|of(?: the)?|representing(?: Team)?)\s+(\p{Lu}[\p{L} ]{1,20}?)(?=[,.;)]|\s+[\p{Ll}(]))/u.exec(
          text.slice(m.end, m.end + 48),
        );
      if (after) code = after[1] ?? countryOfPhrase(after[2] ?? '');
    }
    // "Jamaica's Thompson edged compatriot Seville": a compatriot of the person named before in the
    // sentence. Not after "his"/"her", whose person is only as sure as the pronoun's reading.
    if (!code && COMPATRIOT.test(text.slice(Math.max(s.start, m.start - 24), m.start))) {
      const before = mentions.findLast((o) => o.id && o.id !== m.id && o.end <= m.start);
      if (before?.id && (before.kind === 'name' || before.kind === 'surname'))
        code = salience.countries.get(before.id)?.code ?? null;
    }
    if (code && !salience.countries.has(m.id))
      salience.countries.set(m.id, { code, source: span(s.start, s.end) });
  }
}

const COMPATRIOT =
  /\b(?:compatriots?|countryman|countrywoman|countrymen|fellow countryman|fellow countrywoman)\s+$/i;

function countryOfPhrase(p: string): string | null {
  const t = p.trim();
  return countryCodeOf(t) ?? (COUNTRY_CODES.has(t) ? t : null) ?? countryCodeOf(t.replace(/^Team\s+/, ''));
}
