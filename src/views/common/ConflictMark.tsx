import type { Conflict } from '../../model/types';
import './common.css';

/** The id of a conflict's entry in a conflict list, so a mark can lead to it. */
export const conflictAnchorId = (conflict: Pick<Conflict, 'id'>): string => `conflict-${conflict.id}`;

interface ConflictMarkProps {
  conflicts: readonly Conflict[];
}

/**
 * ⚠ next to a value the articles disagree about. A button: it moves focus to the conflict's
 * entry in the list below, where every side is quoted.
 */
export function ConflictMark({ conflicts }: ConflictMarkProps) {
  const first = conflicts[0];
  if (first === undefined) return null;
  const label = `Conflict: ${conflicts.map((c) => c.message).join('; ')}. Show the quotes`;
  return (
    <button
      type="button"
      className="conflict-mark"
      aria-label={label}
      title={label}
      onClick={() => {
        const target = document.getElementById(conflictAnchorId(first));
        target?.scrollIntoView({ block: 'center' });
        target?.focus();
      }}
    >
      <span aria-hidden="true">⚠</span>
    </button>
  );
}
