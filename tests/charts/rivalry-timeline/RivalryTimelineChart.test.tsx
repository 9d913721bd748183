// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { RivalryTimelineChart } from '../../../src/charts/rivalry-timeline/RivalryTimelineChart';
import { race } from '../../model/rivalry/rivalryFixture';
import { timelineFor } from './timelineFixture';

// One element per line, so a snapshot diff reads like a diff of the drawing.
const pretty = (svg: string): string => `${svg.replace(/></g, '>\n<')}\n`;

describe('RivalryTimelineChart', () => {
  it('draws Kerr, Hocker and Ingebrigtsen (snapshot)', async () => {
    const svg = renderToStaticMarkup(
      <RivalryTimelineChart layout={timelineFor(['josh-kerr', 'cole-hocker', 'jakob-ingebrigtsen'])} />,
    );
    await expect(pretty(svg)).toMatchFileSnapshot('__snapshots__/kerr-hocker-ingebrigtsen.svg');
  });

  it('draws Kerr and Hocker with a focused meeting (snapshot)', async () => {
    const layout = timelineFor(['josh-kerr', 'cole-hocker'], 560);
    const focused = layout.lanes[0]?.marks.find((m) => m.raceId === 'paris-2024-1500m-final')?.key ?? null;
    const svg = renderToStaticMarkup(<RivalryTimelineChart layout={layout} focusedKey={focused} />);
    await expect(pretty(svg)).toMatchFileSnapshot('__snapshots__/kerr-hocker-focused.svg');
  });

  it('draws an undated meeting and an open-ended date range (snapshot)', async () => {
    const undated = race('undated-race', {
      name: 'Undated race',
      orderings: [{ ahead: 'josh-kerr', behind: 'cole-hocker', sources: [] }],
    });
    const openRange = race('open-range', {
      name: 'Open range race',
      dateRange: { earliest: null, latest: '2022-06-01' as never, reason: 'before June 2022', sources: [] },
      orderings: [{ ahead: 'cole-hocker', behind: 'josh-kerr', sources: [] }],
    });
    const svg = renderToStaticMarkup(
      <RivalryTimelineChart layout={timelineFor(['josh-kerr', 'cole-hocker'], 640, [undated, openRange])} />,
    );
    await expect(pretty(svg)).toMatchFileSnapshot('__snapshots__/undated-and-open-range.svg');
  });

  it('makes every meeting a keyboard-operable button named in words', async () => {
    const onOpen = vi.fn();
    const onFocus = vi.fn();
    render(
      <RivalryTimelineChart
        layout={timelineFor(['josh-kerr', 'cole-hocker'])}
        onOpenMeeting={onOpen}
        onFocusMark={onFocus}
      />,
    );
    const paris = screen.getByRole('button', {
      name: "Paris 2024 Olympics men's 1500m final, 6 Aug 2024: Hocker 1st 3:27.65, Kerr 2nd 3:27.79",
    });
    const user = userEvent.setup();
    // The remark comes first, then the meetings in time order: Tokyo, Grand Slam Track, Paris.
    for (let i = 0; i < 4; i++) await user.tab();
    expect(document.activeElement).toBe(paris);
    expect(onFocus).toHaveBeenLastCalledWith(paris.getAttribute('data-key'));
    await user.keyboard('{Enter}');
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ raceId: 'paris-2024-1500m-final' }));
  });
});
