// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { createAppStore } from '../../src/state/store';
import { RacesView } from '../../src/views/races/RacesView';
import { ARTICLES, parisDataset } from '../views/common/datasetFixture';

const newStore = () => createAppStore(ARTICLES, { derive: parisDataset });

function Boom(): never {
  throw new Error('the chart fell over');
}

describe('App', () => {
  it('shows the app name and one tab per registered view, the current one marked', () => {
    render(<App store={newStore()} views={{ races: RacesView, compare: () => <p>Compare page</p> }} />);
    const nav = screen.getByRole('navigation', { name: 'Views' });
    const tabs = within(nav).getAllByRole('link');
    expect(tabs.map((t) => t.textContent)).toEqual(['Races', 'Compare']);
    expect(within(nav).getByRole('link', { name: 'Races' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByText('Race visualiser')).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
  });

  it('choosing a tab shows that view and keeps the chosen race', async () => {
    const user = userEvent.setup();
    const store = newStore();
    store.getState().selectRace('lausanne-2024-m1500');
    render(<App store={store} views={{ races: RacesView, compare: () => <p>Compare page</p> }} />);
    await user.click(screen.getByRole('link', { name: 'Compare' }));
    expect(screen.getByText('Compare page')).toBeInTheDocument();
    expect(store.getState()).toMatchObject({ view: 'compare', raceId: 'lausanne-2024-m1500' });
  });

  it('an address naming a view this build lacks opens the races', () => {
    const store = newStore();
    store.getState().setView('rivalry');
    render(<App store={store} views={{ races: RacesView }} />);
    expect(screen.getByRole('navigation', { name: 'Races' })).toBeInTheDocument();
  });

  it('a view that throws shows a readable message, and the tabs still work', async () => {
    const user = userEvent.setup();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const store = newStore();
    act(() => store.getState().setView('replay'));
    render(<App store={store} views={{ races: RacesView, replay: Boom }} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong');
    expect(alert).toHaveTextContent('The app could not show the Replay view');
    expect(alert).toHaveTextContent('the chart fell over');
    await user.click(screen.getByRole('link', { name: 'Races' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    vi.restoreAllMocks();
  });
});
