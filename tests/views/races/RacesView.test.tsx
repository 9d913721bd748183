// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { RacesView } from '../../../src/views/races/RacesView';
import { lausanneStory, makeRace } from '../common/datasetFixture';
import { renderWithStore } from '../common/renderWithStore';

const emptyDataset = { races: [], athletes: [], remarks: [], conflicts: [], issues: [] };

describe('RacesView: the list of races', () => {
  it('lists the races in a navigation landmark, dated first, the undated with their approximate range', () => {
    renderWithStore(<RacesView />);
    const nav = screen.getByRole('navigation', { name: 'Races' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      "Men's 1500m final6 Aug 20244 results · 2 articles",
      'Lausanne 1500mabout May–Jul 2024Narrative only · 1 article',
    ]);
    expect(within(nav).getByRole('heading', { name: '2024' })).toBeInTheDocument();
    expect(within(nav).getByRole('heading', { name: 'Date uncertain' })).toBeInTheDocument();
  });

  it('opens on the best-documented race and marks it as current', () => {
    renderWithStore(<RacesView />);
    expect(screen.getByRole('link', { name: /Men's 1500m final/ })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('heading', { level: 2, name: "Men's 1500m final" })).toBeInTheDocument();
  });

  it('choosing a race selects it in the store and shows it', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<RacesView />);
    await user.click(screen.getByRole('link', { name: /Lausanne 1500m/ }));
    expect(store.getState()).toMatchObject({ view: 'races', raceId: 'lausanne-2024-m1500' });
    expect(screen.getByRole('link', { name: /Lausanne 1500m/ })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByText(/Narrative only: the articles tell the story/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('each race link has an address that opens it', () => {
    renderWithStore(<RacesView />);
    expect(screen.getByRole('link', { name: /Lausanne 1500m/ })).toHaveAttribute(
      'href',
      '?view=races&race=lausanne-2024-m1500',
    );
  });

  it('says clearly when no race could be derived', () => {
    renderWithStore(<RacesView />, emptyDataset);
    expect(screen.getByRole('heading', { name: 'No races found' })).toBeInTheDocument();
    expect(screen.getByText(/None of the 3 articles gave a race/)).toBeInTheDocument();
  });

  it('says the race is not found for an unknown id, and still lists the races', () => {
    const { store } = renderWithStore(<RacesView />);
    act(() => store.getState().selectRace('gone'));
    expect(screen.getByRole('heading', { name: 'Race not found' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Races' })).toBeInTheDocument();
  });
});

describe('RacesView: the results table', () => {
  it('is a real table with a caption and the seven column headers', () => {
    renderWithStore(<RacesView />);
    const table = screen.getByRole('table', { name: /Men's 1500m final: results as 2 articles report them/ });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Place', 'Athlete', 'Country', 'Time', 'Gap', 'Records', 'Sources']);
  });

  it('lists the athletes in finishing order, each row headed by the athlete', () => {
    renderWithStore(<RacesView />);
    const names = within(screen.getByRole('table'))
      .getAllByRole('rowheader')
      .map((h) => h.textContent);
    expect(names).toEqual(['Cole Hocker', 'Josh Kerr', 'Yared Nuguse', 'Neil Gourley']);
  });

  it('shows times as m:ss.hh and gaps as derived values', () => {
    renderWithStore(<RacesView />);
    const kerr = screen.getByRole('row', { name: /Josh Kerr/ });
    expect(within(kerr).getByRole('button', { name: '3:27.79 (1 article)' })).toBeInTheDocument();
    expect(
      within(kerr).getByRole('button', { name: /^\+0\.14 \(derived from the times\)/ }),
    ).toBeInTheDocument();
    expect(within(kerr).getByRole('button', { name: /^NR/ })).toBeInTheDocument();
    expect(within(kerr).getByRole('button', { name: '2 articles' })).toBeInTheDocument();
  });

  it('the derived gap also quotes the stated gap', async () => {
    const user = userEvent.setup();
    renderWithStore(<RacesView />);
    await user.hover(screen.getByRole('button', { name: /^\+0\.14/ }));
    const tip = screen.getByRole('tooltip');
    expect(tip).toHaveTextContent('Articles also state +0.14.');
    expect(tip).toHaveTextContent('0.14 seconds behind');
    expect([...tip.querySelectorAll('mark')].map((m) => m.textContent)).toContain('0.14');
  });

  it('focusing a time shows its quotes', async () => {
    const user = userEvent.setup();
    renderWithStore(<RacesView />);
    screen.getByRole('button', { name: '3:30.88 (1 article)' }).focus();
    await user.keyboard('{Shift>}{Tab}{/Shift}{Tab}');
    expect(screen.getByRole('tooltip')).toHaveTextContent(
      'Neil Gourley finished 10th with a time of 3:30.88.',
    );
  });

  it('marks a conflict on the affected cell and lists both sides under the table', () => {
    renderWithStore(<RacesView />);
    const hocker = screen.getByRole('row', { name: /Cole Hocker/ });
    const time = within(hocker).getAllByRole('cell')[2]!;
    expect(
      within(time).getByRole('button', { name: /^Conflict: The articles give different times/ }),
    ).toBeInTheDocument();
    const section = screen.getByRole('region', { name: 'Where the articles disagree' });
    expect(section).toHaveTextContent('3:27:65');
    expect(section).toHaveTextContent('Shown: 3:27.65, because a well-formed time wins over a typo');
  });

  it('lists the stated orderings with their quotes', () => {
    renderWithStore(<RacesView />);
    const section = screen.getByRole('region', { name: 'Who finished ahead of whom, as stated' });
    expect(section).toHaveTextContent('Cole Hocker finished ahead of Josh Kerr');
    expect(section).toHaveTextContent('Kerr finished in second place');
    expect(section.querySelector('mark')).toHaveTextContent('Kerr');
  });

  it('lists the articles behind the race with how many facts each gives', () => {
    renderWithStore(<RacesView />);
    const panel = screen.getByRole('complementary', { name: 'Articles' });
    const items = within(panel)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items[0]).toMatch(/^001_paris\.txt/);
    expect(items[0]).toMatch(/6 facts$/);
    expect(items).toHaveLength(2);
  });

  it('shows a race without a date by its range and the reason', () => {
    const race = lausanneStory();
    renderWithStore(<RacesView />, { ...emptyDataset, races: [race, makeRace('other', 'Other')] });
    expect(
      screen.getByRole('button', { name: /about May–Jul 2024 \(inferred, not stated\)/ }),
    ).toBeInTheDocument();
    expect(screen.getByText(/before the Games/)).toBeInTheDocument();
  });
});
