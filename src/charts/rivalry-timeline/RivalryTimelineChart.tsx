import type { KeyboardEvent } from 'react';
import type { MeetingMark, RemarkMark, TimelineLayout } from './layoutRivalryTimeline';
import { MeetingMarkShape } from './MeetingMarkShape';

/** Props of the rivalry timeline: a layout, what has focus, and what to do on a meeting or remark. */
export interface RivalryTimelineChartProps {
  layout: TimelineLayout;
  /** Key of the meeting or remark shown as focused. */
  focusedKey?: string | null;
  /** A meeting was chosen (click, Enter or Space). */
  onOpenMeeting?: (mark: MeetingMark) => void;
  /** A meeting or remark gained (key) or lost (null) focus or hover. */
  onFocusMark?: (key: string | null) => void;
}

const activate = (fn: () => void) => (e: KeyboardEvent) => {
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    fn();
  }
};

function RemarkBubble({ mark, focused, baseline }: { mark: RemarkMark; focused: boolean; baseline: number }) {
  return (
    <>
      <path
        d={`M${mark.x},${mark.y + 10}L${mark.anchorX},${baseline}`}
        stroke={mark.colour}
        strokeOpacity={0.5}
        fill="none"
      />
      <circle cx={mark.anchorX} cy={baseline} r={2} fill={mark.colour} />
      <path
        d={`M${mark.x - 9},${mark.y - 8}h18a3,3 0 0 1 3,3v9a3,3 0 0 1 -3,3h-7l-2,4l-2,-4h-7a3,3 0 0 1 -3,-3v-9a3,3 0 0 1 3,-3z`}
        fill="#ffffff"
        stroke={mark.colour}
        strokeWidth={focused ? 3 : 1.5}
      />
      <text
        x={mark.x}
        y={mark.y - 1.5}
        dy="0.35em"
        textAnchor="middle"
        fontSize={10}
        fontWeight={700}
        fill={mark.colour}
      >
        {mark.number}
      </text>
    </>
  );
}

/**
 * The rivalry timeline: a lane per pair of athletes with their meetings on a time axis, the
 * head-to-head tally at the end of each lane, and numbered remarks above. Every meeting and
 * remark is a keyboard-focusable button named in words.
 */
export function RivalryTimelineChart({
  layout,
  focusedKey = null,
  onOpenMeeting,
  onFocusMark,
}: RivalryTimelineChartProps) {
  const { width, height, plot, ticks, breaks, undated, lanes, remarks, remarkLaneY } = layout;
  const focus = (key: string | null) => () => onFocusMark?.(key);
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="group"
      aria-label="Rivalry timeline"
      fontFamily="system-ui, sans-serif"
      fontSize={12}
    >
      {lanes.map((lane, i) => (
        <rect
          key={lane.key}
          x={0}
          y={lane.y}
          width={width}
          height={lane.height}
          fill={i % 2 === 0 ? '#f5f7fa' : '#ffffff'}
        />
      ))}
      {ticks.map((t) => (
        <line key={t.x} x1={t.x} x2={t.x} y1={plot.top} y2={plot.bottom} stroke="#e2e6ec" />
      ))}
      {breaks.map((b) => (
        <rect
          key={b.x}
          x={b.x + 4}
          y={plot.top}
          width={b.width - 8}
          height={plot.bottom - plot.top}
          fill="#ffffff"
          fillOpacity={0.7}
        />
      ))}
      {undated && (
        <g>
          <rect
            x={undated.x}
            y={plot.top}
            width={undated.width}
            height={plot.bottom - plot.top}
            fill="#eef0f3"
          />
          <text
            x={undated.x + undated.width / 2}
            y={plot.bottom + 16}
            textAnchor="middle"
            fill="#4b5563"
            fontSize={11}
          >
            date unknown
          </text>
        </g>
      )}
      <g aria-hidden="true">
        <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} stroke="#4b5563" />
        {breaks.map((b) => (
          <g key={b.x}>
            <rect x={b.x + 2} y={plot.bottom - 6} width={b.width - 4} height={12} fill="#ffffff" />
            <path
              d={`M${b.x + 4},${plot.bottom + 5}l6,-10M${b.x + b.width - 10},${plot.bottom + 5}l6,-10`}
              stroke="#4b5563"
              fill="none"
            />
          </g>
        ))}
        {ticks.map((t) => (
          <g key={t.x}>
            <line x1={t.x} x2={t.x} y1={plot.bottom} y2={plot.bottom + 5} stroke="#4b5563" />
            <text x={t.x} y={plot.bottom + 16} textAnchor="middle" fill="#374151" fontSize={11}>
              {t.label}
            </text>
          </g>
        ))}
        {remarkLaneY !== null && (
          <text x={8} y={remarkLaneY + 14} fill="#374151">
            Remarks
          </text>
        )}
        {lanes.map((lane) => (
          <g key={lane.key}>
            <text x={8} y={lane.y + lane.height / 2} dy="0.35em" fontWeight={600}>
              <tspan fill={lane.a.colour}>{lane.a.name}</tspan>
              <tspan fill="#374151"> v </tspan>
              <tspan fill={lane.b.colour}>{lane.b.name}</tspan>
            </text>
            <text
              x={width - 8}
              y={lane.y + lane.height / 2}
              dy="0.35em"
              textAnchor="end"
              fontWeight={700}
              fontSize={14}
            >
              <tspan fill={lane.a.colour}>{lane.wins.a}</tspan>
              <tspan fill="#374151">–</tspan>
              <tspan fill={lane.b.colour}>{lane.wins.b}</tspan>
            </text>
          </g>
        ))}
      </g>
      {remarks.map((m) => (
        <g
          key={m.key}
          role="button"
          tabIndex={0}
          aria-label={m.label}
          data-key={m.key}
          onFocus={focus(m.key)}
          onMouseEnter={focus(m.key)}
          onClick={focus(m.key)}
          onKeyDown={activate(focus(m.key))}
          cursor="pointer"
        >
          <RemarkBubble mark={m} focused={focusedKey === m.key} baseline={(remarkLaneY ?? 0) + 44} />
        </g>
      ))}
      {lanes.map((lane) =>
        lane.marks.map((m) => (
          <g
            key={m.key}
            role="button"
            tabIndex={0}
            aria-label={m.label}
            aria-description={m.detail}
            data-key={m.key}
            data-kind={m.kind}
            onFocus={focus(m.key)}
            onMouseEnter={focus(m.key)}
            onClick={() => onOpenMeeting?.(m)}
            onKeyDown={activate(() => onOpenMeeting?.(m))}
            cursor="pointer"
          >
            <MeetingMarkShape mark={m} focused={focusedKey === m.key} />
          </g>
        )),
      )}
    </svg>
  );
}
