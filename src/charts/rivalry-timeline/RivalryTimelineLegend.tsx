import type { MeetingMark } from './layoutRivalryTimeline';
import { MeetingMarkShape } from './MeetingMarkShape';

const sample = (kind: MeetingMark['kind'], shape: MeetingMark['shape'], glyph: string): MeetingMark => ({
  key: `${kind}-${shape}`,
  raceId: '',
  kind,
  shape,
  x: shape === 'range' ? 2 : 11,
  x2: shape === 'range' ? 30 : 11,
  openStart: false,
  openEnd: false,
  y: 10,
  aheadId: null,
  colour: '#374151',
  glyph,
  label: '',
  detail: '',
  hasTimes: false,
});

const ENTRIES = [
  { mark: sample('results', 'point', 'A'), text: 'race with results (places or times)' },
  { mark: sample('narrative', 'point', 'A'), text: 'reported in text, no results' },
  { mark: sample('absence', 'point', '–'), text: 'one athlete reported absent: no win' },
  { mark: sample('results', 'range', ''), text: 'date known only approximately' },
];

/** The key to the timeline's marks: kinds of meeting, date ranges and athlete colours. */
export function RivalryTimelineLegend({
  athletes,
}: {
  athletes: readonly { id: string; name: string; colour: string }[];
}) {
  return (
    <ul className="rivalry-legend" aria-label="Legend">
      {ENTRIES.map((e) => (
        <li key={e.mark.key}>
          <svg width={32} height={20} aria-hidden="true">
            <MeetingMarkShape mark={e.mark} focused={false} />
          </svg>{' '}
          {e.text}
        </li>
      ))}
      <li>
        <svg width={32} height={20} aria-hidden="true">
          <circle cx={11} cy={10} r={8} fill="#374151" />
          <text x={11} y={10} dy="0.35em" textAnchor="middle" fontSize={10} fontWeight={700} fill="#fff">
            A
          </text>
        </svg>{' '}
        colour and initial: who finished ahead
      </li>
      <li>
        <svg width={32} height={20} aria-hidden="true">
          <line x1={0} x2={32} y1={10} y2={10} stroke="#4b5563" />
          <rect x={10} y={4} width={12} height={12} fill="#ffffff" />
          <path d="M8,15l6,-10M18,15l6,-10" stroke="#4b5563" fill="none" />
        </svg>{' '}
        axis break: years without meetings, shortened
      </li>
      {athletes.map((a) => (
        <li key={a.id}>
          <svg width={32} height={20} aria-hidden="true">
            <circle cx={11} cy={10} r={7} fill={a.colour} />
          </svg>{' '}
          {a.name}
        </li>
      ))}
    </ul>
  );
}
