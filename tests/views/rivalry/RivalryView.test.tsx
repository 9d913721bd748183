// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { RivalryView } from '../../../src/views/rivalry/RivalryView';
import { renderWithStore } from './renderWithStore';

describe('RivalryView', () => {
  it('starts with the athletes the articles mention most', () => {
    renderWithStore(<RivalryView />);
    const chips = screen.getByRole('list', { name: 'Athletes on the timeline' });
    expect(
      within(chips)
        .getAllByRole('listitem')
        .map((li) => li.textContent?.replace('×', '')),
    ).toEqual(['Josh Kerr', 'Jakob Ingebrigtsen', 'Cole Hocker']);
    expect(screen.getByText(/the athletes the articles mention most/)).toBeInTheDocument();
  });

  it('draws each meeting as a button named with places and times, and explains what a win is', () => {
    renderWithStore(<RivalryView />);
    expect(
      screen.getByRole('button', {
        name: "Paris 2024 Olympics men's 1500m final, 6 Aug 2024: Hocker 1st 3:27.65, Kerr 2nd 3:27.79",
      }),
    ).toBeInTheDocument();
    expect(screen.getByText(/means finishing ahead of the other athlete/)).toBeInTheDocument();
  });

  it('shows the focused meeting with who finished ahead and the running tally', async () => {
    renderWithStore(<RivalryView />);
    const user = userEvent.setup();
    await user.hover(
      screen.getByRole('button', { name: /^Budapest 2023.*Kerr finished ahead of Ingebrigtsen/ }),
    );
    expect(
      screen.getByText(
        /Kerr finished ahead of Ingebrigtsen \(as reported in the text\); head-to-head Kerr 1, Ingebrigtsen 0/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Date known only approximately: during the 2023 World Championships/),
    ).toBeInTheDocument();
  });

  it('opens the replay of a meeting with times, and the race page of a narrative-only one', async () => {
    const { store } = renderWithStore(<RivalryView />);
    const user = userEvent.setup();
    await user.click(
      screen.getByRole('button', {
        name: /^Paris 2024 Olympics men's 1500m final, 6 Aug 2024: Hocker 1st 3:27.65, Kerr/,
      }),
    );
    expect(store.getState()).toMatchObject({ view: 'replay', raceId: 'paris-2024-1500m-final' });
    store.getState().navigate({ view: 'rivalry' });
    await user.click(
      await screen.findByRole('button', { name: /^Tokyo 2020.*reported in text, no results/ }),
    );
    expect(store.getState()).toMatchObject({ view: 'races', raceId: 'tokyo-2020-1500m-sf' });
  });

  it('lists remarks between the rivals with their quotes', () => {
    renderWithStore(<RivalryView />);
    expect(
      screen.getByText(
        '“So if you can’t recover from a three minute race in 16 days, then you have a big problem.”',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', {
        name: /^Remark \d, Kerr on Ingebrigtsen: “He’s obviously pretty dominant in the 5,000m”/,
      }),
    ).toBeInTheDocument();
  });

  it('shows a focused remark with its quote and source', async () => {
    renderWithStore(<RivalryView />);
    const user = userEvent.setup();
    await user.hover(screen.getByRole('button', { name: /^Remark \d, Ingebrigtsen on Kerr/ }));
    const detail = screen.getByText(/^Remark \d, Ingebrigtsen on Kerr: “So if you can’t recover/, {
      selector: 'p',
    });
    expect(detail.parentElement).toHaveTextContent('remarks.txt');
  });

  it('removes an athlete and adds one back with the keyboard', async () => {
    const { store } = renderWithStore(<RivalryView />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Remove Jakob Ingebrigtsen' }));
    expect(store.getState().athletes).toEqual(['josh-kerr', 'cole-hocker']);
    expect(screen.queryByRole('button', { name: /^Budapest 2023/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Add an athlete' }));
    await user.keyboard('inge');
    expect(screen.getByRole('option', { name: /Jakob Ingebrigtsen/ })).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(store.getState().athletes).toEqual(['josh-kerr', 'cole-hocker', 'jakob-ingebrigtsen']);
  });

  it('offers the meetings as tables with the head-to-head record of each pair', () => {
    renderWithStore(<RivalryView />);
    expect(
      screen.getByRole('table', { name: 'Kerr v Hocker: Kerr 1, Hocker 2 (1 absence: no win)' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('table', { name: 'Kerr v Ingebrigtsen: Kerr 2, Ingebrigtsen 0 (2 absences: no win)' }),
    ).toBeInTheDocument();
  });

  it('asks for two athletes when fewer are chosen', async () => {
    renderWithStore(<RivalryView />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Remove Jakob Ingebrigtsen' }));
    await user.click(screen.getByRole('button', { name: 'Remove Cole Hocker' }));
    expect(screen.getByText('Choose at least two athletes to see their meetings.')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Rivalry timeline' })).not.toBeInTheDocument();
  });
});
