import { memo } from 'react';
import { FinishLineCanvas } from './FinishLineCanvas';
import type { FinishLineLayout, LaneSegment, RunnerMark } from './layoutFinishLine';

const INK = '#16202a';
const MUTED = '#4a5562';
const ACCENT = '#0b5a78';
const LINE = '#b3362b';
const DASH = '4 3';

interface FinishLineChartProps {
  layout: FinishLineLayout;
  /** Accessible name of the drawing; the view gives text alternatives beside it. */
  label: string;
}

/**
 * The finish-line chart: the race clock, the stretch shown with the finish line, each runner's
 * lane drawn solid where the articles pin the run and dashed where it is reconstructed, marks
 * with names, and each result once the runner is across. Big fields draw their marks on a
 * canvas under the SVG. Renders the layout and nothing else. The classes `race-clock`,
 * `runner-mark`, `runner-label` and `runner-covered` name what `applyFinishLineMotion` moves
 * between renders while a replay plays.
 */
export function FinishLineChart({ layout, label }: FinishLineChartProps) {
  const { width, height, plot, marks } = layout;
  return (
    <div className="finish-line-chart" data-mode={layout.mode}>
      {layout.mode === 'field' && <FinishLineCanvas layout={layout} />}
      <svg
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={label}
        fontFamily="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
      >
        <text x={plot.left} y={28} fontSize={24} fontWeight={700} fill={INK} className="race-clock">
          {layout.clock}
        </text>
        <StaticParts layout={layout} />
        {/* A field's marks are on the canvas; the SVG only carries the leaders' labels. */}
        {marks
          .filter((mark) => layout.mode === 'rows' || mark.label !== null)
          .map((mark) => (
            <Runner key={mark.athleteId} mark={mark} field={layout.mode === 'field'} />
          ))}
      </svg>
    </div>
  );
}

// The parts that do not move; memoised so a new drawing only diffs the runners and the clock.
const StaticParts = memo(
  function StaticParts({ layout }: { layout: FinishLineLayout }) {
    const { plot, finishX } = layout;
    return (
      <>
        <text x={plot.left + 132} y={27} fontSize={12} fill={MUTED}>
          {layout.title}
        </text>
        <Legend x={plot.right - 236} />
        <line x1={finishX} x2={finishX} y1={plot.top - 6} y2={plot.bottom} stroke={LINE} strokeWidth={3} />
        <g fontSize={10} fill={MUTED}>
          {layout.axis.map((tick) => (
            <g key={tick.label}>
              <line x1={tick.x} x2={tick.x} y1={plot.bottom} y2={plot.bottom + 5} stroke={MUTED} />
              <text x={tick.x} y={plot.bottom + 17} textAnchor={tick.anchor}>
                {tick.label}
              </text>
            </g>
          ))}
        </g>
      </>
    );
  },
  (a, b) =>
    a.layout.title === b.layout.title &&
    a.layout.finishX === b.layout.finishX &&
    a.layout.plot.right === b.layout.plot.right &&
    a.layout.plot.top === b.layout.plot.top &&
    a.layout.plot.bottom === b.layout.plot.bottom &&
    a.layout.axis.map((t) => `${t.x}${t.label}`).join() ===
      b.layout.axis.map((t) => `${t.x}${t.label}`).join(),
);

function Legend({ x }: { x: number }) {
  return (
    <g fontSize={11} fill={MUTED} transform={`translate(${x},20)`}>
      <line x1={0} x2={18} y1={0} y2={0} stroke={ACCENT} strokeWidth={3} />
      <text x={22} y={4}>
        reported
      </text>
      <line
        x1={84}
        x2={102}
        y1={0}
        y2={0}
        stroke={ACCENT}
        strokeWidth={3}
        strokeDasharray={DASH}
        strokeOpacity={0.6}
      />
      <text x={106} y={4}>
        reconstructed
      </text>
    </g>
  );
}

function Segments({
  segments,
  y,
  width,
  opacity,
  className,
}: {
  segments: LaneSegment[];
  y: number;
  width: number;
  opacity: number;
  className?: string;
}) {
  return segments.map((s) => (
    <line
      key={`${s.x1}-${s.basis}`}
      className={className}
      x1={s.x1}
      x2={s.x2}
      y1={y}
      y2={y}
      stroke={ACCENT}
      strokeWidth={width}
      strokeOpacity={s.basis === 'reported' ? opacity : opacity * 0.6}
      strokeDasharray={s.basis === 'reported' ? undefined : DASH}
    />
  ));
}

function Runner({ mark, field }: { mark: RunnerMark; field: boolean }) {
  const reported = mark.basis === 'reported' && mark.timeReported;
  return (
    <g data-athlete={mark.athleteId} opacity={mark.inView ? 1 : 0.45}>
      <Segments segments={mark.lane} y={mark.y} width={1} opacity={0.5} />
      <Segments segments={mark.covered} y={mark.y} width={3} opacity={1} className="runner-covered" />
      {!field && (
        <circle
          className="runner-mark"
          cx={mark.x}
          cy={mark.y}
          r={mark.r}
          fill={reported ? ACCENT : '#ffffff'}
          stroke={mark.timeReported ? ACCENT : MUTED}
          strokeWidth={2}
          strokeDasharray={mark.timeReported ? undefined : '2 2'}
        />
      )}
      {mark.label !== null && (
        <>
          {field && (
            <line
              x1={mark.x}
              x2={mark.x}
              y1={mark.label.y1}
              y2={mark.y - mark.r}
              stroke={MUTED}
              strokeWidth={0.5}
            />
          )}
          <text
            className="runner-label"
            x={mark.label.x}
            y={mark.label.y}
            textAnchor={mark.label.anchor}
            fontSize={11}
            fill={INK}
          >
            {mark.label.text}
          </text>
        </>
      )}
      {mark.result !== null && (
        <text x={mark.result.x} y={mark.result.y + 4} fontSize={12} fill={INK}>
          <tspan fontWeight={700}>{mark.result.place}</tspan>
          <tspan x={mark.result.x + 22}>{mark.result.time}</tspan>
          <tspan x={mark.result.x + 82} fill={MUTED}>
            {mark.result.gap}
          </tspan>
        </text>
      )}
    </g>
  );
}
