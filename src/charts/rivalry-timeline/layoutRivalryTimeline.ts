import type { HeadToHead } from '../../model/rivalry/headToHead';
import { describePairMeeting, describeOutcome, describeTally } from '../../model/rivalry/describePairMeeting';
import type { MeetingKind } from '../../model/rivalry/meetingsOf';
import { isoDateToUtc, meetingWhen } from '../../model/rivalry/meetingWhen';
import type { MeetingWhen } from '../../model/rivalry/meetingWhen';
import type { IsoDate } from '../../data/types';
import type { Race, Remark } from '../../model/types';
import { brokenTimeAxis } from './brokenTimeAxis';
import { dodgeRows } from './dodgeRows';
import { spreadLabels } from './spreadLabels';

/** A chosen athlete as the timeline draws them. */
export interface TimelineAthlete {
  id: string;
  /** Short name for labels ("Okafor"). */
  name: string;
  colour: string;
}

/** One meeting of one pair, placed: a point for a date, a bar for a date range. */
export interface MeetingMark {
  key: string;
  raceId: string;
  kind: MeetingKind;
  shape: 'point' | 'range';
  x: number;
  /** For a range: its right end; equals x for a point. */
  x2: number;
  /** A range open on that side (only one bound known). */
  openStart: boolean;
  openEnd: boolean;
  y: number;
  /** The athlete who finished ahead; null for an absence or an unknown order. */
  aheadId: string | null;
  colour: string;
  /** One or two letters drawn in the mark: the initial of the one ahead, '?' or '–'. */
  glyph: string;
  /** The accessible name: race, date, places and times. */
  label: string;
  /** Who finished ahead and the running tally, in words. */
  detail: string;
  /** True when the race has times, so it can be replayed. */
  hasTimes: boolean;
}

/** One row of the timeline: a pair of athletes and their meetings. */
export interface PairLane {
  key: string;
  a: TimelineAthlete;
  b: TimelineAthlete;
  y: number;
  height: number;
  wins: { a: number; b: number };
  marks: MeetingMark[];
}

/** A remark between rivals, placed at the race it was said about. */
export interface RemarkMark {
  key: string;
  number: number;
  /** Where the bubble sits, spread from its neighbours. */
  x: number;
  /** The date the remark belongs to, where its leader line ends. */
  anchorX: number;
  y: number;
  colour: string;
  remark: Remark;
  label: string;
}

/** Everything the timeline chart draws, in pixels. */
export interface TimelineLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  ticks: { x: number; label: string }[];
  /** Long stretches without meetings, cut down to a narrow break in the axis. */
  breaks: { x: number; width: number }[];
  /** The strip right of the axis where undated meetings sit. */
  undated: { x: number; width: number } | null;
  lanes: PairLane[];
  remarks: RemarkMark[];
  remarkLaneY: number | null;
}

/** Inputs of the timeline layout. */
export interface TimelineInput {
  athletes: readonly TimelineAthlete[];
  headToHeads: readonly HeadToHead[];
  /** Remarks between the chosen athletes, placed by their race. */
  remarks: readonly Remark[];
  races: readonly Race[];
  width: number;
}

const MARGIN = { left: 132, right: 64, top: 8, bottom: 28 };
const ROW = 24;
const LANE_PAD = 12;
const RADIUS = 8;
const OPEN_SIDE = 36;
const UNDATED_WIDTH = 64;
const REMARK_WIDTH = 26;
const REMARK_LANE = 48;
const NEUTRAL = '#6b7280';

const round = (n: number): number => Math.round(n * 10) / 10;

function boundsOf(when: MeetingWhen): [number, number] | null {
  if (when.kind === 'date') return [isoDateToUtc(when.date), isoDateToUtc(when.date)];
  if (when.kind === 'unknown') return null;
  const lo = when.earliest !== null ? isoDateToUtc(when.earliest) : null;
  const hi = when.latest !== null ? isoDateToUtc(when.latest) : null;
  return [lo ?? hi ?? 0, hi ?? lo ?? 0];
}

function glyphOf(name: string): string {
  return name.slice(0, 1).toUpperCase();
}

/**
 * Lays out the rivalry timeline: one lane per pair of chosen athletes, each meeting a point (a
 * known date) or a bar (a date range) on a UTC time axis (long empty stretches cut to breaks), undated meetings in a strip at the
 * right, and remarks between the rivals as numbered annotations above the lanes. Marks that
 * would overlap in a lane are stacked in rows.
 */
export function layoutRivalryTimeline(input: TimelineInput): TimelineLayout {
  const { athletes, headToHeads, remarks, races, width } = input;
  const byId = new Map(athletes.map((a) => [a.id, a]));
  const nameOf = (id: string): string => byId.get(id)?.name ?? id;
  const remarkWhen = remarks.map((r) => {
    const race = races.find((x) => x.id === r.raceId);
    return race ? meetingWhen(race) : ({ kind: 'unknown' } as const);
  });

  const allBounds = [
    ...headToHeads.flatMap((h) => h.meetings.map((m) => boundsOf(m.meeting.when))),
    ...remarkWhen.map(boundsOf),
  ].filter((b): b is [number, number] => b !== null);
  const anyUndated =
    headToHeads.some((h) => h.meetings.some((m) => m.meeting.when.kind === 'unknown')) ||
    remarkWhen.some((w) => w.kind === 'unknown');
  const plotRight = width - MARGIN.right - (anyUndated ? UNDATED_WIDTH + 8 : 0);
  const axis = brokenTimeAxis(allBounds, MARGIN.left, plotRight);
  const x = (date: IsoDate): number => axis.x(isoDateToUtc(date));
  const undatedX = plotRight + 8 + UNDATED_WIDTH / 2;

  const place = (when: MeetingWhen): { x: number; x2: number; openStart: boolean; openEnd: boolean } => {
    if (when.kind === 'unknown') return { x: undatedX, x2: undatedX, openStart: false, openEnd: false };
    if (when.kind === 'date') {
      const px = x(when.date);
      return { x: px, x2: px, openStart: false, openEnd: false };
    }
    const x1 = when.earliest !== null ? x(when.earliest) : null;
    const x2 = when.latest !== null ? x(when.latest) : null;
    return {
      x: x1 ?? (x2 ?? 0) - OPEN_SIDE,
      x2: x2 ?? (x1 ?? 0) + OPEN_SIDE,
      openStart: x1 === null,
      openEnd: x2 === null,
    };
  };

  let y = MARGIN.top;
  let remarkMarks: RemarkMark[] = [];
  let remarkLaneY: number | null = null;
  if (remarks.length > 0) {
    const anchors = remarks.map((_, i) => {
      const p = place(remarkWhen[i] ?? { kind: 'unknown' });
      return (p.x + p.x2) / 2;
    });
    // Remarks about the same race sit side by side, each joined to its date by a leader line.
    const xs = spreadLabels(
      anchors,
      REMARK_WIDTH,
      MARGIN.left,
      anyUndated ? undatedX + UNDATED_WIDTH / 2 : plotRight,
    );
    remarkLaneY = y;
    remarkMarks = remarks.map((remark, i) => {
      const about = remark.aboutIds.filter((id) => id !== remark.speakerId && byId.has(id)).map(nameOf);
      return {
        key: `remark-${i}`,
        number: i + 1,
        x: round(xs[i] ?? 0),
        anchorX: round(anchors[i] ?? 0),
        y: round(y + LANE_PAD + 4),
        colour: byId.get(remark.speakerId)?.colour ?? NEUTRAL,
        remark,
        label: `Remark ${i + 1}, ${nameOf(remark.speakerId)} on ${about.join(' and ')}: “${remark.text}”`,
      };
    });
    y += REMARK_LANE;
  }

  const lanes: PairLane[] = headToHeads.map((h) => {
    const a = byId.get(h.a) ?? { id: h.a, name: h.a, colour: NEUTRAL };
    const b = byId.get(h.b) ?? { id: h.b, name: h.b, colour: NEUTRAL };
    const placed = h.meetings.map((m) => place(m.meeting.when));
    const rows = dodgeRows(
      placed.map((p) => [Math.min(p.x, p.x2 - RADIUS) - RADIUS, Math.max(p.x2, p.x + RADIUS) + RADIUS]),
    );
    const rowCount = Math.max(1, ...rows.map((r) => r + 1));
    const top = y;
    const marks = h.meetings.map((pm, i): MeetingMark => {
      const p = placed[i] ?? { x: undatedX, x2: undatedX, openStart: false, openEnd: false };
      const ahead = pm.order?.ahead ?? null;
      const aheadAthlete = ahead !== null ? byId.get(ahead) : undefined;
      const race = pm.meeting.race;
      return {
        key: `${h.a}|${h.b}|${race.id}`,
        raceId: race.id,
        kind: pm.meeting.kind,
        shape: p.x2 - p.x > 0.5 ? 'range' : 'point',
        x: round(p.x),
        x2: round(p.x2),
        openStart: p.openStart,
        openEnd: p.openEnd,
        y: round(top + LANE_PAD + RADIUS + (rows[i] ?? 0) * ROW),
        aheadId: ahead,
        colour: aheadAthlete?.colour ?? NEUTRAL,
        glyph: pm.meeting.kind === 'absence' ? '–' : aheadAthlete ? glyphOf(aheadAthlete.name) : '?',
        label: describePairMeeting(pm, nameOf),
        detail: `${describeOutcome(pm, nameOf)}; ${describeTally(pm, h.a, h.b, nameOf)}`,
        hasTimes: race.results.some((r) => r.time !== null),
      };
    });
    const height = LANE_PAD * 2 + RADIUS * 2 + (rowCount - 1) * ROW;
    y += height;
    return { key: `${h.a}|${h.b}`, a, b, y: round(top), height: round(height), wins: h.wins, marks };
  });

  const plotBottom = y;
  return {
    width,
    height: round(plotBottom + MARGIN.bottom),
    plot: { left: MARGIN.left, right: round(plotRight), top: MARGIN.top, bottom: round(plotBottom) },
    ticks: axis.ticks.map((t) => ({ x: round(t.x), label: t.label })),
    breaks: axis.breaks.map((b) => ({ x: round(b.x), width: b.width })),
    undated: anyUndated ? { x: round(plotRight + 8), width: UNDATED_WIDTH } : null,
    lanes,
    remarks: remarkMarks,
    remarkLaneY,
  };
}
