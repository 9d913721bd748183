import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { SourceSpan } from '../../data/types';
import type { Highlight } from './findHighlight';
import { SourceQuotes } from './SourceQuotes';
import './common.css';

interface SourcePopoverProps {
  /** What the trigger button shows; also its accessible name. */
  children: ReactNode;
  /** The popover's heading, naming the value: "Time of Ana Ruiz". */
  title: string;
  sources: readonly SourceSpan[];
  /** A line under the title, such as how a derived value was computed. */
  note?: ReactNode;
  /** The words in each quote that state the value. */
  highlight?: Highlight;
  className?: string;
}

// Long enough to move the pointer from the value onto the popover (WCAG 1.4.13, hoverable).
const CLOSE_DELAY_MS = 150;
const MARGIN = 8;

/**
 * A value as a button that shows its source quotes on hover, keyboard focus or tap.
 * Escape closes it; it stays open while the pointer is over it. The panel is positioned
 * `fixed`, so table scroll containers do not clip it.
 */
export function SourcePopover({ children, title, sources, note, highlight, className }: SourcePopoverProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const closeTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const cancelClose = useCallback(() => {
    if (closeTimer.current !== null) clearTimeout(closeTimer.current);
    closeTimer.current = null;
  }, []);
  const show = useCallback(() => {
    cancelClose();
    setOpen(true);
  }, [cancelClose]);
  const hideSoon = useCallback(() => {
    cancelClose();
    closeTimer.current = setTimeout(() => setOpen(false), CLOSE_DELAY_MS);
  }, [cancelClose]);

  // Placed through the CSSOM before paint: the panel needs its own size to be placed, and a
  // state round-trip would draw it once in the wrong spot.
  const place = useCallback(() => {
    const t = trigger.current?.getBoundingClientRect();
    const el = panel.current;
    if (t === undefined || el === null) return;
    const p = el.getBoundingClientRect();
    const left = Math.max(MARGIN, Math.min(t.left, window.innerWidth - p.width - MARGIN));
    const below = t.bottom + 6;
    const fitsBelow = below + p.height <= window.innerHeight - MARGIN || t.top - p.height - 6 < MARGIN;
    el.style.left = `${left}px`;
    el.style.top = `${fitsBelow ? below : t.top - p.height - 6}px`;
  }, []);

  useLayoutEffect(() => {
    if (open) place();
  }, [open, place]);

  useEffect(() => {
    if (!open) return undefined;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    window.addEventListener('scroll', place, true);
    window.addEventListener('resize', place);
    return () => {
      document.removeEventListener('keydown', onKey);
      window.removeEventListener('scroll', place, true);
      window.removeEventListener('resize', place);
    };
  }, [open, place]);

  useEffect(() => cancelClose, [cancelClose]);

  return (
    <div className={`source-popover ${className ?? ''}`.trim()}>
      <button
        ref={trigger}
        type="button"
        className="source-trigger"
        aria-describedby={open ? id : undefined}
        onPointerEnter={show}
        onPointerLeave={hideSoon}
        onFocus={show}
        onBlur={() => setOpen(false)}
        onClick={show}
      >
        {children}
      </button>
      {open && (
        <div
          ref={panel}
          id={id}
          role="tooltip"
          className="source-panel"
          onPointerEnter={cancelClose}
          onPointerLeave={hideSoon}
        >
          <p className="source-title">{title}</p>
          {note !== undefined && <p className="source-note">{note}</p>}
          <SourceQuotes sources={sources} limit={6} highlight={highlight} />
        </div>
      )}
    </div>
  );
}
