interface FoldToggleProps {
  /** Whether the whole list shows. */
  open: boolean;
  /** How many items the whole list has. */
  total: number;
  /** The id of the list it folds. */
  controls: string;
  onToggle: () => void;
  /** What the items are ("quotes"), when the button should say it. */
  noun?: string;
  /** Whose list it is, for screen readers when several lists fold on one page. */
  owner?: string;
}

/** The button under a folded list: "Show all 11 quotes" / "Show fewer quotes". */
export function FoldToggle({ open, total, controls, onToggle, noun, owner }: FoldToggleProps) {
  const what = noun ? ` ${noun}` : '';
  return (
    <button
      type="button"
      className="link-button"
      aria-expanded={open}
      aria-controls={controls}
      onClick={onToggle}
    >
      {open ? `Show fewer${what}` : `Show all ${total}${what}`}
      {owner && <span className="visually-hidden"> of {owner}</span>}
    </button>
  );
}
