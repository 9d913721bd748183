import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../src/state/store';
import { startUrlSync, type UrlHost } from '../../src/state/urlSync';

/** A window stand-in with a real history stack, so Back can be tested without a browser. */
function fakeHost(search: string) {
  const entries = [`/app/${search}`];
  let index = 0;
  const listeners = new Set<() => void>();
  const location = { pathname: '/app/', search, hash: '' };
  const go = (href: string): void => {
    location.search = href.slice(href.indexOf('?')).replace(/#.*$/, '');
  };
  const host: UrlHost = {
    location,
    history: {
      pushState: (_d, _u, href) => {
        entries.splice(index + 1, entries.length, href);
        index += 1;
        go(href);
      },
      replaceState: (_d, _u, href) => {
        entries[index] = href;
        go(href);
      },
    },
    addEventListener: (_t, l) => listeners.add(l),
    removeEventListener: (_t, l) => listeners.delete(l),
  };
  const back = (): void => {
    index -= 1;
    go(entries[index] ?? '');
    for (const l of listeners) l();
  };
  return { host, entries: () => entries.slice(), index: () => index, back, listeners };
}

const newStore = () =>
  createAppStore([], { derive: () => ({ races: [], athletes: [], remarks: [], conflicts: [], issues: [] }) });

describe('startUrlSync', () => {
  it('startUrlSync reads the address into the store at start', () => {
    const store = newStore();
    const { host } = fakeHost('?view=replay&race=r1');
    startUrlSync(store, host);
    expect(store.getState()).toMatchObject({ view: 'replay', raceId: 'r1' });
  });

  it('startUrlSync rewrites a bad address to the one in use, without a new history entry', () => {
    const store = newStore();
    const fake = fakeHost('?view=bogus&race=r1&speed=9');
    startUrlSync(store, fake.host);
    expect(fake.entries()).toEqual(['/app/?view=races&race=r1']);
  });

  it('choosing a race pushes a history entry, and Back returns to the previous race', () => {
    const store = newStore();
    const fake = fakeHost('?view=races&race=r1');
    startUrlSync(store, fake.host);
    store.getState().selectRace('r2');
    expect(fake.host.location.search).toBe('?view=races&race=r2');
    expect(fake.entries()).toHaveLength(2);
    fake.back();
    expect(store.getState().raceId).toBe('r1');
    expect(fake.entries()).toHaveLength(2);
  });

  it('comparison athletes and virtual runners round-trip, and adding one is a history entry', () => {
    const store = newStore();
    const fake = fakeHost('?view=compare&athletes=a,b&virtual=r~a');
    startUrlSync(store, fake.host);
    expect(store.getState()).toMatchObject({
      athletes: ['a', 'b'],
      virtual: [{ raceId: 'r', athleteId: 'a' }],
    });
    store.getState().addAthlete('c');
    expect(fake.host.location.search).toBe('?view=compare&athletes=a,b,c&virtual=r~a');
    expect(fake.entries()).toHaveLength(2);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('playback time is read from the address and written back without new history entries', () => {
    vi.useFakeTimers();
    const store = newStore();
    const fake = fakeHost('?view=replay&race=r1&t=4.20&speed=2&range=race');
    startUrlSync(store, fake.host);
    expect(store.getState()).toMatchObject({ t: 4.2, speed: 2, range: 'race' });
    store.getState().seek(9.5);
    store.getState().setSpeed(4);
    vi.advanceTimersByTime(250);
    expect(fake.host.location.search).toBe('?view=replay&race=r1&t=9.50&speed=4&range=race');
    expect(fake.entries()).toHaveLength(1);
  });

  it('the returned function stops the sync', () => {
    const store = newStore();
    const fake = fakeHost('?view=races');
    const stop = startUrlSync(store, fake.host);
    stop();
    store.getState().setView('compare');
    expect(fake.host.location.search).toBe('?view=races');
    expect(fake.listeners.size).toBe(0);
  });

  it('scrubbing rewrites the address at most every 200 ms, ending on the latest time', () => {
    vi.useFakeTimers();
    const store = newStore();
    const fake = fakeHost('?view=replay&race=r1');
    const replace = vi.spyOn(fake.host.history, 'replaceState');
    startUrlSync(store, fake.host);
    for (let frame = 1; frame <= 60; frame += 1) {
      store.getState().seek(frame / 60);
      vi.advanceTimersByTime(1000 / 60);
    }
    vi.advanceTimersByTime(250);
    expect(replace.mock.calls.length).toBeLessThanOrEqual(6);
    expect(fake.host.location.search).toBe('?view=replay&race=r1&t=1.00');
  });

  it('a playing replay writes its time to the address once, when it pauses', () => {
    vi.useFakeTimers();
    const store = newStore();
    const fake = fakeHost('?view=replay&race=r1');
    const replace = vi.spyOn(fake.host.history, 'replaceState');
    startUrlSync(store, fake.host);
    store.getState().play();
    for (let frame = 1; frame <= 180; frame += 1) {
      store.getState().seek(frame / 60);
      vi.advanceTimersByTime(1000 / 60);
    }
    expect(replace).not.toHaveBeenCalled();
    store.getState().pause();
    expect(replace).toHaveBeenCalledTimes(1);
    expect(fake.host.location.search).toBe('?view=replay&race=r1&t=3.00');
    store.getState().play();
    store.getState().pause();
    vi.advanceTimersByTime(500);
    expect(replace).toHaveBeenCalledTimes(1);
    expect(fake.entries()).toHaveLength(1);
  });

  it('a replay reaching its end writes the final time at once', () => {
    const store = newStore();
    const fake = fakeHost('?view=replay&race=r1&t=9.00');
    startUrlSync(store, fake.host);
    store.getState().play();
    store.getState().seek(10.5);
    store.setState({ t: 12.34, playing: false });
    expect(fake.host.location.search).toBe('?view=replay&race=r1&t=12.34');
  });

  it('choosing a race while time is pending writes one entry with both', () => {
    vi.useFakeTimers();
    const store = newStore();
    const fake = fakeHost('?view=replay&race=r1');
    startUrlSync(store, fake.host);
    store.getState().seek(3);
    store.getState().selectRace('r2');
    vi.advanceTimersByTime(250);
    expect(fake.entries()).toEqual(['/app/?view=replay&race=r1', '/app/?view=replay&race=r2&t=3.00']);
  });

  it('a history call the browser refuses does not break the store', () => {
    const store = newStore();
    const fake = fakeHost('?view=races');
    startUrlSync(store, fake.host);
    fake.host.history.pushState = () => {
      throw new Error('SecurityError');
    };
    expect(() => store.getState().selectRace('r9')).not.toThrow();
    expect(store.getState().raceId).toBe('r9');
  });
});
