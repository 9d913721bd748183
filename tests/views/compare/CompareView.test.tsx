// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CompareView } from '../../../src/views/compare/CompareView';
import type { Race } from '../../../src/model/types';
import { fact5000, race, remark, result, rivalryDataset } from '../../model/rivalry/rivalryFixture';
import { renderWithStore } from '../rivalry/renderWithStore';

describe('CompareView', () => {
  it('shows one column per athlete with country, best time, medals, records, races and quotes', () => {
    renderWithStore(<CompareView />);
    const kerr = screen.getByRole('article', { name: 'Josh Kerr' });
    expect(within(kerr).getByText('GBR')).toBeInTheDocument();
    expect(within(kerr).getByRole('list', { name: 'Best times' })).toHaveTextContent(
      /^1500m: 3:27.79.*Paris 2024/,
    );
    expect(within(kerr).getByRole('list', { name: 'Medals' })).toHaveTextContent('Silver');
    expect(within(kerr).getByText('NR')).toHaveAttribute('title', 'National record');
    expect(
      within(kerr).getByRole('button', { name: "Monaco Diamond League men's 1500m" }).closest('li'),
    ).toHaveTextContent('did not run');
    expect(
      within(kerr).getByText('“Cole is a phenomenal competitor, and he brought the best out of me today.”'),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(3);
  });

  it("folds a talkative athlete's quotes to three, and unfolds them with a named button", async () => {
    const dataset = rivalryDataset();
    dataset.remarks.push(
      remark('josh-kerr', [], null, 'The fourth thing I said.'),
      remark('josh-kerr', [], null, 'The fifth thing I said.'),
    );
    renderWithStore(<CompareView />, dataset);
    const user = userEvent.setup();
    const kerr = screen.getByRole('article', { name: 'Josh Kerr' });
    const quotes = () => within(kerr).queryAllByRole('blockquote');
    expect(quotes()).toHaveLength(3);
    const more = within(kerr).getByRole('button', { name: 'Show all 5 quotes of Josh Kerr' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await user.click(more);
    expect(quotes()).toHaveLength(5);
    expect(within(kerr).getByText('“The fifth thing I said.”')).toBeInTheDocument();
    await user.click(within(kerr).getByRole('button', { name: 'Show fewer quotes of Josh Kerr' }));
    expect(quotes()).toHaveLength(3);
    expect(
      within(screen.getByRole('article', { name: 'Cole Hocker' })).queryByRole('button', {
        name: /Show all/,
      }),
    ).toBeNull();
  });

  it('shows the head-to-head record of each pair with their shared races', () => {
    renderWithStore(<CompareView />);
    const kerrHocker = screen.getByRole('table', {
      name: 'Kerr v Hocker: Kerr 1, Hocker 2 (1 absence: no win)',
    });
    const rows = within(kerrHocker).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      "Tokyo 2020 Olympics men's 1500m semi-final reported in text, no results",
      "Grand Slam Track men's 1500m final results",
      "Paris 2024 Olympics men's 1500m final results",
      "Lausanne Diamond League men's 1500m absence reported",
    ]);
    expect(rows[2]).toHaveTextContent('1st 3:27.65');
    expect(rows[2]).toHaveTextContent('2nd 3:27.79');
    expect(
      screen.getByRole('table', { name: 'Kerr v Ingebrigtsen: Kerr 2, Ingebrigtsen 0 (2 absences: no win)' }),
    ).toBeInTheDocument();
  });

  it('lets the picker choose at most four athletes', async () => {
    const { store } = renderWithStore(<CompareView />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('combobox', { name: 'Add an athlete' }));
    await user.keyboard('{ArrowDown}{Enter}');
    expect(store.getState().athletes).toHaveLength(4);
    expect(screen.getByRole('combobox', { name: 'Add an athlete' })).toBeDisabled();
  });

  it('runs a virtual race of chosen runs, labelled as virtual and placed by time', async () => {
    const { store } = renderWithStore(<CompareView />);
    const user = userEvent.setup();
    const hocker = screen.getByRole('group', { name: 'Cole Hocker' });
    const ingebrigtsen = screen.getByRole('group', { name: 'Jakob Ingebrigtsen' });
    await user.click(within(hocker).getByRole('checkbox', { name: /3:27.65 in Paris/ }));
    expect(screen.getByText('Choose at least two runs to race them.')).toBeInTheDocument();
    await user.click(within(ingebrigtsen).getByRole('checkbox', { name: /3:26.73 in Monaco/ }));
    expect(store.getState().virtual).toEqual([
      { raceId: 'paris-2024-1500m-final', athleteId: 'cole-hocker' },
      { raceId: 'monaco-2024-1500m', athleteId: 'jakob-ingebrigtsen' },
    ]);
    expect(screen.getByText(/Virtual race: never run/)).toBeInTheDocument();
    const order = screen.getByRole('table', { name: 'Finishing order of the virtual race' });
    expect(
      within(order)
        .getAllByRole('rowheader')
        .map((c) => c.textContent),
    ).toEqual(['Jakob Ingebrigtsen (Monaco Diamond League)', 'Cole Hocker (Paris 2024 Olympics)']);
  });

  it('opens with the athletes and the virtual race a shared link holds', () => {
    renderWithStore(<CompareView />, undefined, (store) =>
      store.setState({
        athletes: ['cole-hocker', 'jakob-ingebrigtsen'],
        virtual: [
          { raceId: 'monaco-2024-1500m', athleteId: 'jakob-ingebrigtsen' },
          { raceId: 'paris-2024-1500m-final', athleteId: 'cole-hocker' },
        ],
      }),
    );
    expect(screen.getAllByRole('article').map((a) => a.getAttribute('aria-labelledby'))).toEqual([
      'compare-cole-hocker',
      'compare-jakob-ingebrigtsen',
    ]);
    expect(screen.getByRole('checkbox', { name: /3:26.73 in Monaco/ })).toBeChecked();
    expect(screen.getByRole('table', { name: 'Finishing order of the virtual race' })).toBeInTheDocument();
  });

  it('leaves runs over another distance out of reach once a run is chosen', () => {
    const dataset = rivalryDataset();
    dataset.races.push(
      race('paris-2024-5000m-final', {
        name: "Paris 2024 Olympics men's 5000m final",
        event: fact5000,
        distance: 5000 as Race['distance'],
        results: [result('jakob-ingebrigtsen', 1, 793.66)],
      }),
    );
    renderWithStore(<CompareView />, dataset, (store) =>
      store.setState({ virtual: [{ raceId: 'paris-2024-1500m-final', athleteId: 'cole-hocker' }] }),
    );
    expect(
      screen.getByRole('checkbox', { name: /13:13.66 in Paris 2024 Olympics men's 5000m/ }),
    ).toBeDisabled();
    expect(screen.getByRole('checkbox', { name: /3:28.24 in Paris/ })).toBeEnabled();
  });

  it('shows who has crossed the line of the virtual race, in time order, as the replay runs', async () => {
    const { store } = renderWithStore(<CompareView />, undefined, (s) =>
      s.setState({
        virtual: [
          { raceId: 'paris-2024-1500m-final', athleteId: 'cole-hocker' },
          { raceId: 'monaco-2024-1500m', athleteId: 'jakob-ingebrigtsen' },
        ],
      }),
    );
    const crossed = () =>
      within(screen.getByRole('list', { name: 'Crossed the line' })).queryAllByRole('listitem');
    expect(crossed()).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
    act(() => store.getState().seek(207));
    expect(crossed().map((li) => li.textContent)).toEqual([
      'Jakob Ingebrigtsen (Monaco Diamond League) 3:26.73',
    ]);
    act(() => store.getState().seek(208));
    expect(crossed().map((li) => li.textContent)).toEqual([
      'Jakob Ingebrigtsen (Monaco Diamond League) 3:26.73',
      'Cole Hocker (Paris 2024 Olympics) 3:27.65',
    ]);
  });
});
