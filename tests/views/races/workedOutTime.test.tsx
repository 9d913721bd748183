// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { deriveDataset } from '../../../src/model/deriveDataset';
import { RacesView } from '../../../src/views/races/RacesView';
import { renderWithStore } from '../common/renderWithStore';

const article = {
  name: 'lakeshore.txt',
  text:
    "The men's race at the Lakeshore Marathon was won by Kenya's Brian Ruto in 2:04:37. Dawit Gebreyes " +
    'finished second, nine seconds back.',
};

describe('RacesView: a time worked out from a stated gap', () => {
  it("shows the time as computed by the app, says how, and quotes the gap and the winner's time", async () => {
    const user = userEvent.setup();
    renderWithStore(<RacesView />, deriveDataset([article]), [article]);
    const time = screen.getByRole('button', {
      name: /^2:04:46 \(worked out from a stated gap and the time it is measured from\)/,
    });
    await user.hover(time);
    const tip = screen.getByRole('tooltip');
    expect(tip).toHaveTextContent(
      'Computed by the app: worked out from a stated gap and the time it is measured from.',
    );
    expect(tip).toHaveTextContent('nine seconds back');
    expect(tip).toHaveTextContent('2:04:37');
  });
});
