import { describe, expect, it } from 'vitest';
import { seconds } from '../../../src/data/types';
import type { Caption, RaceReplay } from '../../../src/model/replay/types';
import { captionMoment, captionStates } from '../../../src/views/replay/captionMoments';

const replay = {
  captions: [
    { id: 'a', time: seconds(0), until: seconds(8) },
    { id: 'b', time: seconds(5), until: seconds(12) },
    { id: 'c', time: seconds(20), until: seconds(28) },
  ] as unknown as Caption[],
} as unknown as RaceReplay;

describe('captionMoment and captionStates', () => {
  it('captionMoment(replay, t) changes only where a caption begins or ends', () => {
    const moments = [-1, 0, 4.99, 5, 7.5, 8, 11.9, 12, 19.99, 20, 27, 28, 100].map((t) =>
      captionMoment(replay, t),
    );
    expect(moments).toEqual([0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6]);
  });

  it('captionStates(replay, moment) marks each caption past, current or to come as at any time of that moment', () => {
    for (const t of [-1, 0, 3, 5, 9, 12, 21, 30]) {
      const expected = replay.captions.map((c) => (t >= c.until ? 'p' : t >= c.time ? 'c' : 'f'));
      expect(captionStates(replay, captionMoment(replay, t))).toEqual(expected);
    }
  });
});
