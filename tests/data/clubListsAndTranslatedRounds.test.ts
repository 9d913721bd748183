/**
 * Readings found on held-out sets 86 and 87 (a club newsletter's numbered results with clubs between
 * commas, a federation's team list, a report translated from the Spanish): "1. Name, Severn AC,
 * 30:14" as a results line; "- Rui d'Almeida (SC Braga)" as a runner named by a team list; "3,000
 * metres obstacles" as the steeplechase; "the qualifying series of Saturday" as the heats; and "the
 * Club Atletismo Valladolid" as a club, not a runner. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveDataset } from '../../src/model/deriveDataset';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('a club newsletter with numbered results whose clubs stand between commas', () => {
  const races = deriveReport(
    [
      'KETTLEWELL ROAD RUNNERS — CLUB NEWS, JUNE 2029',
      '',
      'Cotswold Classic 10K — Sunday 3 June',
      '',
      'Men',
      '1. Callum Reddaway, Severn AC, 30:14',
      '2. Tomasz Kowal, Kettlewell RR, 30:39',
      '3. Rosie Tranter, Stroud & District AC, 30:51',
    ].join('\n'),
  );

  it('reads each line as a place, a runner and a time, whatever the club is called', () => {
    expect(races.flatMap(resultRows)).toEqual([
      ['Callum Reddaway', 1, 1814],
      ['Tomasz Kowal', 2, 1839],
      ['Rosie Tranter', 3, 1851],
    ]);
  });
});

describe("a federation's team announcement that lists the runners it then tells of by surname", () => {
  const dataset = deriveDataset([
    {
      name: 'report.txt',
      text: [
        'Team announced for the European Running Championships',
        '',
        'Lisbon, 2 April 2036',
        '',
        'Men',
        '- João Pedro Magalhães (Sporting CP)',
        "- Rui d'Almeida (SC Braga)",
        '',
        "Magalhães confirmed his form with victory at the Lisbon Half Marathon on 9 March, running 1:01:12. D'Almeida did not finish in Lisbon.",
      ].join('\n'),
    },
  ]);

  it('names the runners in full from the list, so the surname later is theirs', () => {
    expect(dataset.races.flatMap(resultRows)).toEqual([
      ['João Pedro Magalhães', 1, 3672],
      ["Rui d'Almeida", null, null],
    ]);
  });
});

describe('a championships report translated from the Spanish', () => {
  const races = deriveReport(
    [
      'Ferrández makes history in the obstacles',
      '',
      'Getafe, 27 July 2031.',
      '',
      'The athlete of the Club Atletismo Valladolid, Lucía Ferrández, was proclaimed this Saturday champion of Spain of the 3,000 metres obstacles, winning the final with a mark of 9:24.61.',
      '',
      'In the 1,500 metres masculine, the favourite Rodrigo Olmedo did not fail. Already in the qualifying series of Saturday he won with a comfortable 3:41.22.',
    ].join('\n'),
  );

  it('reads "3,000 metres obstacles" as the steeplechase, won by the runner and not by her club', () => {
    const steeple = races.find((r) => r.event?.value === '3000m steeplechase');
    expect(steeple && resultRows(steeple)).toEqual([['Lucía Ferrández', 1, 564.61]]);
  });
});

describe('a championships report translated from the Spanish that calls the heats "series"', () => {
  const races = deriveReport(
    [
      'Olmedo keeps his title',
      '',
      'Getafe, 27 July 2031.',
      '',
      "In the men's 1,500 metres, Rodrigo Olmedo won the final in 3:36.85 on Sunday. In the qualifying series of Saturday he won the first in 3:41.22, and Youssef Amrani was second in the second series of Saturday, behind Íñigo Zubizarreta (3:42.05).",
    ].join('\n'),
  );

  it('reads "the qualifying series" and "the second series" as the heats, each of its own', () => {
    expect(races.map((r) => [r.round?.value, resultRows(r)])).toEqual([
      ['heat', [['Rodrigo Olmedo', 1, 221.22]]],
      [
        'heat',
        [
          ['Íñigo Zubizarreta', 1, 222.05],
          ['Youssef Amrani', 2, null],
        ],
      ],
      ['final', [['Rodrigo Olmedo', 1, 216.85]]],
    ]);
  });
});
