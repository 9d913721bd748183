// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/data/types';
import { SourceQuotes } from '../../../src/views/common/SourceQuotes';
import { parisDataset } from './datasetFixture';
import { renderWithStore } from './renderWithStore';

const lede = 'Hocker surged past him to clinch gold.';
const text = `${lede} Headline photo.\n${lede} Kerr was second.`;
const articles: Article[] = [
  { name: 'a.txt', text },
  { name: 'b.txt', text: lede },
];
const at = (article: string, start: number) => ({ article, start, end: start + lede.length, quote: lede });

describe('SourceQuotes', () => {
  it('shows a sentence an article repeats word for word once, and counts only distinct places', () => {
    const second = text.indexOf(lede, 1);
    renderWithStore(
      <SourceQuotes sources={[at('a.txt', second), at('b.txt', 0), at('a.txt', 0)]} limit={1} />,
      parisDataset(),
      articles,
    );
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([`a.txt${lede}`, 'and 1 more']);
  });
});
