import type { RaceMention } from './raceMention';

// "Olympic record", "Olympic champion" and "Olympic cycle" name a title, not a race; "former Olympic
// steeplechaser-turned-commentator" a person.
export function isOlympicAdjectiveOnly(text: string, f: RaceMention): boolean {
  if (f.kind !== 'olympics' || f.city || f.year) return false;
  const word = text.slice(f.start, f.end);
  const after = text.slice(f.end, f.end + 24);
  if (/^Games$/.test(word)) return !/(?:the|Summer)\s+$/i.test(text.slice(Math.max(0, f.start - 8), f.start));
  // "Chloé D'Haese (Olympic Essenbeek Halle)": a club's name in brackets.
  if (/^Olympic$/.test(word) && text[f.start - 1] === '(' && /^\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(after))
    return true;
  if (/^Olympic$/.test(word))
    return /^\s+(?:record|champion|cycle|stage|history|movement|village|team|squad|debut|rings|dream|glory|qualif|standard|year|Trials|finalist|semi-finalist|medall?ist|hopeful|berth|spot|place|experience|bronze medall?ist|silver medall?ist|gold medall?ist|(?!(?:silver|summer|winter|water|other|over)\b)[a-z]+(?:-[a-z]+)*(?:er|ist|ete)\b)/i.test(
      after,
    );
  return false;
}
