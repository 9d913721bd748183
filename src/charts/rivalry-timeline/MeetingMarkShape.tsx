import type { MeetingMark } from './layoutRivalryTimeline';

const R = 8;
const NEUTRAL = '#6b7280';

// Reported results are drawn solid; meetings known only from the story are hollow and dashed
// ("reported in text, no results"); absences are hollow and dotted, grey: nobody won.
function strokeOf(mark: MeetingMark): {
  stroke: string;
  dash: string | undefined;
  fill: string;
  text: string;
} {
  if (mark.kind === 'absence') return { stroke: NEUTRAL, dash: '1.5 2.5', fill: '#ffffff', text: NEUTRAL };
  if (mark.kind === 'narrative')
    return { stroke: mark.colour, dash: '3 2', fill: '#ffffff', text: mark.colour };
  return { stroke: mark.colour, dash: undefined, fill: mark.colour, text: '#ffffff' };
}

/** The drawing of one meeting: a circle for a date, a rounded bar for a date range. */
export function MeetingMarkShape({ mark, focused }: { mark: MeetingMark; focused: boolean }) {
  const s = strokeOf(mark);
  const cx = (mark.x + mark.x2) / 2;
  const isRange = mark.shape === 'range';
  // A range narrower than a point keeps its true width (it is not a point); its initial goes beside it.
  const narrow = isRange && mark.x2 - mark.x < 2 * R;
  const glyphX = narrow ? mark.x2 + 8 : cx;
  return (
    <>
      {focused &&
        (isRange ? (
          <rect
            x={mark.x - 4}
            y={mark.y - R - 3}
            width={Math.round((mark.x2 - mark.x + 8) * 10) / 10}
            height={2 * R + 6}
            rx={R + 3}
            fill="none"
            stroke="#111827"
            strokeWidth={2}
          />
        ) : (
          <circle cx={cx} cy={mark.y} r={R + 3.5} fill="none" stroke="#111827" strokeWidth={2} />
        ))}
      {isRange ? (
        <rect
          x={mark.x}
          y={mark.y - R + 2}
          width={Math.max(3, Math.round((mark.x2 - mark.x) * 10) / 10)}
          height={2 * R - 4}
          rx={R - 2}
          fill={mark.kind === 'results' ? mark.colour : '#ffffff'}
          fillOpacity={mark.kind === 'results' ? 0.35 : 1}
          stroke={s.stroke}
          strokeWidth={1.5}
          strokeDasharray={s.dash}
        />
      ) : (
        <circle
          cx={cx}
          cy={mark.y}
          r={R}
          fill={s.fill}
          stroke={s.stroke}
          strokeWidth={1.5}
          strokeDasharray={s.dash}
        />
      )}
      {mark.openStart && <path d={`M${mark.x - 2},${mark.y - 4}l-5,4l5,4`} fill="none" stroke={s.stroke} />}
      {mark.openEnd && <path d={`M${mark.x2 + 2},${mark.y - 4}l5,4l-5,4`} fill="none" stroke={s.stroke} />}
      {narrow && <rect x={cx - R} y={mark.y - R} width={2 * R} height={2 * R} fill="transparent" />}
      <text
        x={glyphX}
        y={mark.y}
        dy="0.35em"
        textAnchor="middle"
        fontSize={10}
        fontWeight={700}
        fill={isRange ? (mark.kind === 'absence' ? NEUTRAL : narrow ? mark.colour : '#111827') : s.text}
        aria-hidden="true"
      >
        {mark.glyph}
      </text>
    </>
  );
}
