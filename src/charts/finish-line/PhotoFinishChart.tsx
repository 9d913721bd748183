import type { PhotoFinishLayout } from './layoutPhotoFinish';

const INK = '#16202a';
const MUTED = '#4a5562';
const ACCENT = '#0b5a78';
const LINE = '#b3362b';

/**
 * The photo-finish view: each runner's place, time, gap in seconds and in metres, and a mark
 * that many metres behind the line. Renders the layout and nothing else.
 */
export function PhotoFinishChart({ layout }: { layout: PhotoFinishLayout }) {
  const { width, height, finishX, rows } = layout;
  const bottom = height - 24;
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label="Photo finish: gaps to the winner in seconds and in metres"
      fontFamily="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
      fontSize={12}
    >
      <g fontSize={10} fill={MUTED} textAnchor="end">
        <text x={layout.columns.time} y={12}>
          time
        </text>
        <text x={layout.columns.gap} y={12}>
          behind
        </text>
        <text x={layout.columns.metres} y={12}>
          metres
        </text>
      </g>
      <line x1={finishX} x2={finishX} y1={16} y2={bottom} stroke={LINE} strokeWidth={3} />
      {layout.axis.map((tick) => (
        <text key={tick.label} x={tick.x} y={bottom + 16} textAnchor={tick.anchor} fontSize={10} fill={MUTED}>
          {tick.label}
        </text>
      ))}
      {rows.map((row) => (
        <g key={row.athleteId} data-athlete={row.athleteId}>
          <text x={4} y={row.y + 4} fill={INK} fontWeight={700}>
            {row.place}
          </text>
          <text x={24} y={row.y + 4} fill={INK}>
            {row.name}
          </text>
          <text x={layout.columns.time} y={row.y + 4} textAnchor="end" fill={INK}>
            {row.time}
          </text>
          <text x={layout.columns.gap} y={row.y + 4} textAnchor="end" fill={MUTED}>
            {row.gap}
          </text>
          <text x={layout.columns.metres} y={row.y + 4} textAnchor="end" fill={MUTED}>
            {row.metres}
          </text>
          {row.x !== null && (
            <>
              <line x1={layout.left} x2={finishX} y1={row.y} y2={row.y} stroke={MUTED} strokeOpacity={0.25} />
              <rect x={row.x - 2} y={row.y - 7} width={4} height={14} fill={ACCENT} />
            </>
          )}
        </g>
      ))}
    </svg>
  );
}
