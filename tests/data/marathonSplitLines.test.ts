/**
 * A marathon report with a line of splits per checkpoint ("25K: 1:20:58 — last pacer steps off"), a
 * "35K-to-40K segment" and a finish "on Columbus Drive": none of them is a race or a runner, so the
 * results lists under "Women" and "Men" land in the marathon's two races. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const REPORT = [
  "CHICAGO — For 30 kilometres the women's race at the Chicago Marathon on Sunday was a chess match.",
  '',
  'How the race unfolded',
  '',
  '5K: 16:08 — a lead pack of nine, with Morishita already a few strides adrift.',
  '10K: 32:19 — still eight in contention.',
  '25K: 1:20:58 — last pacer steps off. The lead is down to two.',
  '40K: 2:08:29 — the gap is 36 seconds.',
  '',
  'That 35K-to-40K segment, covered in 15:42, was the fastest of the day.',
  '',
  'The leading American was Kelsey Brand, who placed third in 2:20:47.',
  '',
  "In the men's race, Uganda's Isaac Kiplino won a sprint finish on Columbus Drive in 2:04:39.",
  '',
  'RESULTS',
  '',
  'Women',
  '1. Hiwot Gebreyesus (ETH) 2:15:48',
  '2. Brenda Chelanga (KEN) 2:16:30',
  '3. Kelsey Brand (USA) 2:20:47',
  '',
  'Men',
  '1. Isaac Kiplino (UGA) 2:04:39',
  '2. Dawit Tesfai (ETH) 2:04:40',
].join('\n');

describe('a marathon report with lines of splits', () => {
  const races = deriveReport(REPORT);

  it('makes no race of a checkpoint or a stretch of the course', () => {
    expect(races.map((r) => r.event?.value)).toEqual(['marathon', 'marathon']);
  });

  it('reads the results lists into the women’s and men’s races, with no road as a runner', () => {
    const rows = Object.fromEntries(races.map((r) => [r.sex?.value ?? 'none', resultRows(r)]));
    expect(rows).toEqual({
      women: [
        ['Hiwot Gebreyesus', 1, 8148],
        ['Brenda Chelanga', 2, 8190],
        ['Kelsey Brand', 3, 8447],
      ],
      men: [
        ['Isaac Kiplino', 1, 7479],
        ['Dawit Tesfai', 2, 7480],
      ],
    });
  });
});
