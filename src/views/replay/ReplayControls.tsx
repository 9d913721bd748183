import { useRef, type KeyboardEvent } from 'react';
import { normaliseTime } from '../../state/playbackSlice';
import { SPEEDS, type ReplayRange } from '../../state/url';
import { useAppStore, useAppStoreApi } from '../../state/useAppStore';
import { formatTime } from '../common/formatTime';
import { sliderNeedsWrite, sliderReadout } from './sliderWrites';
import { useElementWidth } from './useElementWidth';
import { useRaceTimeEffect } from './useRaceTimeEffect';

/** One frame of the replay: a hundredth of a second, the precision of the reported times. */
export const FRAME = 0.01;
const ARROW_STEP = 1;
const PAGE_STEP = 10;

const RANGES: { value: ReplayRange; label: string }[] = [
  { value: 100, label: 'Last 100 m' },
  { value: 200, label: 'Last 200 m' },
  { value: 400, label: 'Last 400 m' },
  { value: 'race', label: 'Whole race' },
];

const speedLabel = (s: number): string => `${s}×`;

/**
 * The race-time slider and its read-out, which follow the clock on every frame. The input is
 * uncontrolled: its value, its text for screen readers and the read-out are written on each
 * change of the time (useRaceTimeEffect) rather than by re-rendering the component each frame,
 * and while playing only as often as they visibly change (sliderWrites).
 */
function TimeSlider({ duration }: { duration: number }) {
  const store = useAppStoreApi();
  const seek = useAppStore((s) => s.seek);
  const input = useRef<HTMLInputElement>(null);
  const [, width] = useElementWidth(0, input);
  const output = useRef<HTMLOutputElement>(null);
  const written = useRef<number | null>(null);
  useRaceTimeEffect(store, (t, playing) => {
    const perPixel = width > 0 ? duration / width : 0;
    if (input.current !== null && sliderNeedsWrite(written.current, t, playing, perPixel, duration)) {
      written.current = t;
      input.current.value = String(Math.min(t, duration));
      input.current.setAttribute('aria-valuetext', `${formatTime(t)} of ${formatTime(duration)}`);
    }
    // Change the read-out's text node in place: replacing it (textContent) rebuilds its layout.
    const text = sliderReadout(t, playing);
    const readout = output.current?.firstChild;
    if (readout != null) {
      if (readout.nodeValue !== text) readout.nodeValue = text;
    } else output.current?.append(text);
  });
  const clamp = (v: number): number => Math.min(duration, Math.max(0, normaliseTime(v)));
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    const t = store.getState().t;
    const moves: Record<string, number> = {
      ArrowLeft: t - ARROW_STEP,
      ArrowDown: t - ARROW_STEP,
      ArrowRight: t + ARROW_STEP,
      ArrowUp: t + ARROW_STEP,
      PageDown: t - PAGE_STEP,
      PageUp: t + PAGE_STEP,
      Home: 0,
      End: duration,
    };
    const to = moves[e.key];
    if (to === undefined) return;
    e.preventDefault();
    seek(clamp(to));
  };
  return (
    <label className="replay-slider">
      <span>Race time</span>
      <input
        ref={input}
        type="range"
        min={0}
        max={duration}
        step={FRAME}
        onChange={(e) => seek(clamp(Number(e.currentTarget.value)))}
        onKeyDown={onKeyDown}
      />
      <output ref={output} aria-hidden="true" />
    </label>
  );
}

/** Play/Pause: the one control that changes when playback starts or stops. */
function PlayButton() {
  const playing = useAppStore((s) => s.playing);
  const togglePlaying = useAppStore((s) => s.togglePlaying);
  return (
    <button type="button" className="replay-play" onClick={togglePlaying} aria-keyshortcuts="Space">
      {playing ? 'Pause' : 'Play'}
    </button>
  );
}

/**
 * The player's controls, as a video player has them: Play/Pause, Restart, the race-time
 * slider (arrows step a second, Page Up/Down ten, Home/End jump to the ends), frame steps,
 * speeds, the stretch shown and the spoiler-free switch.
 */
export function ReplayControls({ duration }: { duration: number }) {
  const store = useAppStoreApi();
  const speed = useAppStore((s) => s.speed);
  const range = useAppStore((s) => s.range);
  const spoilerFree = useAppStore((s) => s.spoilerFree);
  const seek = useAppStore((s) => s.seek);
  const setSpeed = useAppStore((s) => s.setSpeed);
  const setRange = useAppStore((s) => s.setRange);
  const setSpoilerFree = useAppStore((s) => s.setSpoilerFree);
  // Reads the time when pressed, so these buttons need not re-render on every frame.
  const step = (by: number): void => {
    const state = store.getState();
    state.pause();
    state.seek(Math.min(duration, Math.max(0, normaliseTime(state.t + by))));
  };

  return (
    <div className="replay-controls" role="group" aria-label="Replay controls">
      <div className="replay-transport">
        <PlayButton />
        <button type="button" onClick={() => seek(0)}>
          Restart
        </button>
        <button type="button" onClick={() => step(-FRAME)} title="Back 0.01 s">
          Back one frame
        </button>
        <button type="button" onClick={() => step(FRAME)} title="Forward 0.01 s">
          Forward one frame
        </button>
      </div>
      <TimeSlider duration={duration} />
      <fieldset className="replay-speeds">
        <legend>Speed</legend>
        {SPEEDS.map((s) => (
          <label key={s}>
            <input type="radio" name="replay-speed" checked={speed === s} onChange={() => setSpeed(s)} />
            {speedLabel(s)}
          </label>
        ))}
      </fieldset>
      <label className="replay-range">
        <span>Show</span>
        <select
          value={String(range)}
          onChange={(e) =>
            setRange(RANGES.find((r) => String(r.value) === e.currentTarget.value)?.value ?? 100)
          }
        >
          {RANGES.map((r) => (
            <option key={String(r.value)} value={String(r.value)}>
              {r.label}
            </option>
          ))}
        </select>
      </label>
      <label className="replay-spoiler">
        <input
          type="checkbox"
          checked={spoilerFree}
          onChange={(e) => setSpoilerFree(e.currentTarget.checked)}
        />
        Spoiler-free: hide results until the replay reaches the line
      </label>
    </div>
  );
}
