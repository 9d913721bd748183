// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { metres, seconds } from '../../../src/data/types';
import type { Caption, RaceReplay } from '../../../src/model/replay/types';
import { PlayByPlay } from '../../../src/views/replay/PlayByPlay';
import { ARTICLES, span } from '../common/datasetFixture';
import { renderWithStore } from '../common/renderWithStore';

const caption = (over: Partial<Caption>): Caption => ({
  id: over.kind ?? 'lead',
  kind: 'lead',
  athleteId: 'cole-hocker',
  at: metres(1470),
  time: seconds(204.04),
  until: seconds(206),
  placement: 'stated',
  quote: '',
  sources: [],
  ...over,
});

describe('PlayByPlay', () => {
  it('gives the moves one sentence tells at one moment as one item, and other moments apart', () => {
    const told = span(ARTICLES[0]!.name, 'Hocker');
    const other = span(ARTICLES[1]!.name, 'Hocker');
    const replay = {
      captions: [
        caption({ id: 'pass', kind: 'pass', sources: [told] }),
        caption({ id: 'surge', kind: 'surge', sources: [other, told] }),
        caption({ id: 'kick', kind: 'kick', sources: [told], time: seconds(205) }),
      ],
    } as unknown as RaceReplay;
    renderWithStore(<PlayByPlay replay={replay} />);
    const [list] = screen.getAllByRole('list');
    const items = [...(list?.children ?? [])];
    expect(items.map((li) => li.querySelector('strong')?.textContent)).toEqual(['Pass and surge', 'Kick']);
    // The shared sentence is quoted once; the other article's quote is the second.
    expect(within(items[0] as HTMLElement).getAllByText(/Hocker/)).toHaveLength(2);
    expect(within(items[0] as HTMLElement).getByRole('button', { name: '3:24.04' })).toBeInTheDocument();
  });
});
