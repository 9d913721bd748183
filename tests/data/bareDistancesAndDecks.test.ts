/**
 * A translated meeting report: a deck names a runner before the body ("Brunetti third in the 800"),
 * the body's first sentence names its winner only as the one the credit goes to, and "The
 * 26-year-old from Lecco" is her, not the deck's runner. Track events are told bare ("the 800",
 * "won the 1500"), and "third in the 800 metres in 1:44.21" tells that race rather than naming it in
 * passing. Split points told bare ("passed the 400 metres in 63 sec. and the 800 in 2:08") are no
 * races. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const MEETING = [
  'GOLDEN NIGHT IN ROME',
  'Ferraro wins the steeplechase and breaks the national record. Brunetti third in the 800 with a personal best.',
  '',
  'ROME, 6 June 2030 – There are nights when the stadium feels like a cauldron, and the credit for this one goes to Chiara Ferraro.',
  '',
  'The 26-year-old from Lecco won the 3000 metres steeplechase at the Rome Diamond League in 9:02.87, beating the Kenyan Mary Wanjiru (9:03.15).',
  '',
  "The other Italian to celebrate was Matteo Brunetti, third in the 800 metres in 1:44.21, his personal best. The race was won by Botswana's Tebogo Kgosi in 1:43.62.",
].join('\n');

const BARE = [
  'Bislett Games 2031',
  '',
  'Ana Brill won the 1500 in 4:01.22, with Cara Dent second in 4:02.10.',
  '',
  'The pacemaker, Ruth Kemboi, passed the 400 metres in 63 sec. and the 800 in 2:08 before stepping off the track.',
  '',
  'Tomas Bel won the 800 in 1:44.10 from Ivo Kral.',
].join('\n');

describe('a deck and a lede that name different runners', () => {
  const races = deriveReport(MEETING);
  const byEvent = (event: string) => races.find((r) => r.event?.value === event);

  it('resolves the age epithet to the runner the lede names, not the deck’s', () => {
    const steeple = byEvent('3000m steeplechase');
    expect(steeple && resultRows(steeple)).toEqual([
      ['Chiara Ferraro', 1, 542.87],
      ['Mary Wanjiru', null, 543.15],
    ]);
  });

  it('gives a place told as "third in the 800 metres" to the 800m, with its winner', () => {
    const eight = byEvent('800m');
    expect(eight && resultRows(eight)).toEqual([
      ['Tebogo Kgosi', 1, 103.62],
      ['Matteo Brunetti', 3, 104.21],
    ]);
  });
});

describe('track events told as bare distances', () => {
  const races = deriveReport(BARE);

  it('reads "the 1500" and "the 800" as events, each with its own results', () => {
    const rows = new Map(races.map((r) => [r.event?.value, resultRows(r)]));
    expect(rows.get('1500m')).toEqual([
      ['Ana Brill', 1, 241.22],
      ['Cara Dent', 2, 242.1],
    ]);
    expect(rows.get('800m')).toEqual([
      ['Tomas Bel', 1, 104.1],
      ['Ivo Kral', 2, null],
    ]);
  });

  it("reads a pacemaker's split points as no race and no result", () => {
    expect(races.flatMap((r) => r.results.map((x) => x.athlete))).not.toContain('Ruth Kemboi');
  });
});
