import { describe, expect, it, vi } from 'vitest';
import type { Article } from '../../src/data/types';
import type { Dataset, Race } from '../../src/model/types';
import { createAppStore } from '../../src/state/store';

const emptyDataset = (): Dataset => ({ races: [], athletes: [], remarks: [], conflicts: [], issues: [] });
const article = (name: string, text = 'text'): Article => ({ name, text });

describe('createAppStore', () => {
  it('createAppStore(articles) derives the dataset from the articles once', () => {
    const derive = vi.fn(emptyDataset);
    const store = createAppStore([article('a.txt')], { derive });
    expect(derive).toHaveBeenCalledTimes(1);
    expect(store.getState().articles.map((a) => a.name)).toEqual(['a.txt']);
    expect(store.getState().dataset).toEqual(emptyDataset());
  });

  it('createAppStore() with the real extractor opens on the races view with no race chosen', () => {
    const state = createAppStore().getState();
    expect(state.view).toBe('races');
    expect(state.raceId).toBeNull();
    expect(state.dataset.races).toEqual([]);
  });

  it('each call makes an independent store', () => {
    const a = createAppStore([], { derive: emptyDataset });
    const b = createAppStore([], { derive: emptyDataset });
    a.getState().setView('compare');
    expect(b.getState().view).toBe('races');
  });
});

describe('datasetSlice', () => {
  it('addArticles re-derives, replacing an article loaded under the same name', () => {
    const derive = vi.fn((articles: readonly Article[]): Dataset => ({
      ...emptyDataset(),
      races: articles.map((a) => ({ id: a.text }) as Race),
    }));
    const store = createAppStore([article('a.txt', 'one'), article('b.txt', 'two')], { derive });
    store.getState().addArticles([article('a.txt', 'three')]);
    expect(store.getState().articles.map((a) => `${a.name}:${a.text}`)).toEqual(['b.txt:two', 'a.txt:three']);
    expect(store.getState().dataset.races.map((r) => r.id)).toEqual(['two', 'three']);
  });

  it('setArticles with the same articles does not derive again', () => {
    const derive = vi.fn(emptyDataset);
    const store = createAppStore([article('a.txt')], { derive });
    const before = store.getState().dataset;
    store.getState().setArticles([article('a.txt')]);
    expect(derive).toHaveBeenCalledTimes(1);
    expect(store.getState().dataset).toBe(before);
  });

  it('removeArticle drops the article and derives from the rest', () => {
    const derive = vi.fn(emptyDataset);
    const store = createAppStore([article('a.txt'), article('b.txt')], { derive });
    store.getState().removeArticle('a.txt');
    expect(store.getState().articles.map((a) => a.name)).toEqual(['b.txt']);
    expect(derive).toHaveBeenLastCalledWith([article('b.txt')]);
  });

  it('a derive that throws leaves an empty dataset and a readable error, not a crash', () => {
    const store = createAppStore([article('a.txt')], {
      derive: () => {
        throw new Error('extractor exploded');
      },
    });
    expect(store.getState().dataset.races).toEqual([]);
    expect(store.getState().datasetError).toBe('extractor exploded');
  });
});

describe('navigationSlice', () => {
  it('navigate changes view and race in one update', () => {
    const store = createAppStore([], { derive: emptyDataset });
    const listener = vi.fn();
    store.subscribe(listener);
    store.getState().navigate({ view: 'replay', raceId: 'r1' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getState()).toMatchObject({ view: 'replay', raceId: 'r1' });
  });

  it('navigate keeps what it is not told to change', () => {
    const store = createAppStore([], { derive: emptyDataset });
    store.getState().selectRace('r1');
    store.getState().navigate({ view: 'compare' });
    expect(store.getState()).toMatchObject({ view: 'compare', raceId: 'r1' });
    store.getState().navigate({ raceId: null });
    expect(store.getState()).toMatchObject({ view: 'compare', raceId: null });
  });
});
