// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { race, result } from '../../model/replay/raceFixture';
import { preferReducedMotion, renderReplay } from './renderReplay';

beforeEach(() => preferReducedMotion(true));
afterEach(() => vi.unstubAllGlobals());

describe('ReplayView controls', () => {
  it('has a Play button that becomes Pause when pressed, and back', async () => {
    const user = userEvent.setup();
    const { store } = renderReplay();
    await user.click(screen.getByRole('button', { name: 'Play' }));
    expect(store.getState().playing).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(store.getState().playing).toBe(false);
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
  });

  it('Restart goes back to the gun', async () => {
    const user = userEvent.setup();
    const { store } = renderReplay(undefined, 120);
    await user.click(screen.getByRole('button', { name: 'Restart' }));
    expect(store.getState().t).toBe(0);
  });

  it('the race-time slider is labelled and steps with the keyboard: arrows, Page Up/Down, Home, End', async () => {
    const user = userEvent.setup();
    const { store } = renderReplay(undefined, 100);
    const slider = screen.getByRole('slider', { name: 'Race time' });
    expect(slider).toHaveAttribute('aria-valuetext', '1:40.00 of 3:33.88');
    slider.focus();
    await user.keyboard('{ArrowRight}');
    expect(store.getState().t).toBe(101);
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(store.getState().t).toBe(99);
    await user.keyboard('{PageUp}');
    expect(store.getState().t).toBe(109);
    await user.keyboard('{End}');
    expect(store.getState().t).toBe(213.88);
    await user.keyboard('{Home}');
    expect(store.getState().t).toBe(0);
  });

  it('steps one frame (a hundredth) back or forward, pausing', async () => {
    const user = userEvent.setup();
    const { store } = renderReplay(undefined, 207.64);
    await user.click(screen.getByRole('button', { name: 'Forward one frame' }));
    expect(store.getState().t).toBe(207.65);
    await user.click(screen.getByRole('button', { name: 'Back one frame' }));
    expect(store.getState().t).toBe(207.64);
    act(() => store.getState().play());
    await user.click(screen.getByRole('button', { name: 'Back one frame' }));
    expect(store.getState().playing).toBe(false);
  });

  it('offers the speeds 0.25×, 0.5×, 1×, 2× and 4×', async () => {
    const user = userEvent.setup();
    const { store } = renderReplay();
    const speeds = within(screen.getByRole('group', { name: 'Speed' })).getAllByRole('radio');
    expect(speeds.map((s) => s.closest('label')?.textContent)).toEqual(['0.25×', '0.5×', '1×', '2×', '4×']);
    expect(screen.getByRole('radio', { name: '1×' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: '4×' }));
    expect(store.getState().speed).toBe(4);
  });

  it('Space toggles play, but not while a button has focus (where Space presses it)', async () => {
    const user = userEvent.setup();
    const { store } = renderReplay();
    document.body.focus();
    await user.keyboard(' ');
    expect(store.getState().playing).toBe(true);
    await user.keyboard(' ');
    expect(store.getState().playing).toBe(false);
    screen.getByRole('slider', { name: 'Race time' }).focus();
    await user.keyboard(' ');
    expect(store.getState().playing).toBe(true);
  });

  it('chooses the stretch shown: last 100, 200 or 400 m or the whole race', async () => {
    const user = userEvent.setup();
    const { store } = renderReplay();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'Whole race');
    expect(store.getState().range).toBe('race');
    expect(screen.getByRole('img', { name: /whole race/ })).toBeInTheDocument();
  });
});

describe('ReplayView motion', () => {
  it('with reduced motion, nothing moves until the user presses Play', () => {
    const { store } = renderReplay();
    expect(store.getState().playing).toBe(false);
  });

  it('without reduced motion, opening a race at the gun plays it', () => {
    preferReducedMotion(false);
    const { store } = renderReplay();
    expect(store.getState().playing).toBe(true);
  });

  it('a link to a later moment opens paused on that moment', () => {
    preferReducedMotion(false);
    const { store } = renderReplay(undefined, 200);
    expect(store.getState()).toMatchObject({ t: 200, playing: false });
  });
});

describe('ReplayView text alternatives', () => {
  it('lists the narrative as a play-by-play with the articles’ words; a time button jumps there', async () => {
    const user = userEvent.setup();
    const { store } = renderReplay();
    const list = screen.getByRole('heading', { name: 'Play by play' }).parentElement!;
    expect(within(list).getByText(/overtake Ingebrigtsen with around 200 meters to go/)).toBeInTheDocument();
    await user.click(within(list).getByRole('button', { name: '54.90' }));
    expect(store.getState().t).toBe(54.9);
  });

  it('tables the finish, saying which places no article names', () => {
    renderReplay();
    const table = screen.getByRole('table', { name: 'Finish order, times and gaps' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      '1Cole HockerUSA3:27.650.000.0 m',
      '2Josh KerrGBR3:27.79+0.141.1 m',
      '3Yared NuguseUSA3:27.80+0.151.2 m',
      '4Jakob IngebrigtsenNOR3:28.24+0.594.6 m',
      '5–9No article names these places.',
      '10Neil GourleyGBR3:30.88+3.2324.9 m',
    ]);
  });

  it('announces each crossing politely to screen readers', () => {
    const { store } = renderReplay(undefined, 207);
    const status = screen.getByRole('status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(status).toHaveTextContent('');
    act(() => store.getState().seek(207.65));
    expect(status).toHaveTextContent('Cole Hocker crosses the line, 1st in 3:27.65.');
    act(() => store.getState().seek(207.8));
    expect(status).toHaveTextContent(
      'Josh Kerr crosses the line, 2nd in 3:27.79. Yared Nuguse crosses the line, 3rd in 3:27.80.',
    );
  });

  it('spoiler-free, hides the results and the moments not yet reached until the replay reaches the line', async () => {
    const user = userEvent.setup();
    const { store } = renderReplay(undefined, 100);
    await user.click(screen.getByRole('checkbox', { name: /Spoiler-free/ }));
    expect(store.getState().spoilerFree).toBe(true);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText('Results are hidden until the replay reaches the line.')).toBeInTheDocument();
    expect(screen.queryByText(/overtake Ingebrigtsen/)).not.toBeInTheDocument();
    act(() => store.getState().seek(207.65));
    expect(screen.getByRole('table')).toBeInTheDocument();
  });

  it('explains why a race without times cannot be replayed', () => {
    renderReplay([race(1500, [result({ id: 'a', place: 1 })])]);
    expect(screen.getByText(/cannot be replayed/)).toBeInTheDocument();
  });
});
