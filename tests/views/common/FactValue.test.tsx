// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { seconds } from '../../../src/data/types';
import { FactValue } from '../../../src/views/common/FactValue';
import { formatGap } from '../../../src/views/common/formatGap';
import { formatTime } from '../../../src/views/common/formatTime';
import { fact, span } from './datasetFixture';
import { renderWithStore } from './renderWithStore';

describe('FactValue', () => {
  it('a stated value is a button named by the value and its number of articles', () => {
    const time = fact(seconds(207.65), [span('001_paris.txt', '3:27.65'), span('002_paris.txt', '3:27.65')]);
    renderWithStore(<FactValue fact={time} format={formatTime} title="Time of Cole Hocker" />);
    const button = screen.getByRole('button', { name: '3:27.65 (2 articles)' });
    expect(button).toHaveTextContent('×2');
    expect(button.closest('.fact')).toHaveClass('fact-stated');
  });

  it('a derived value is drawn differently and says how it was derived', async () => {
    const user = userEvent.setup();
    const gap = fact(seconds(0.14), [span('002_paris.txt', '3:27.79')], 'derived');
    renderWithStore(<FactValue fact={gap} format={formatGap} title="Gap" derivedFrom="derived from times" />);
    const button = screen.getByRole('button', { name: '+0.14 (derived from times) (1 article)' });
    expect(button.closest('.fact')).toHaveClass('fact-derived');
    await user.hover(button);
    expect(screen.getByRole('tooltip')).toHaveTextContent('Computed by the app: derived from times.');
  });

  it('a missing value shows a dash and reads as not reported', () => {
    renderWithStore(<FactValue fact={null} format={String} title="Country" />);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByText('not reported')).toBeInTheDocument();
  });
});
