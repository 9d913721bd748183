import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { Athlete } from '../../model/types';

/** Props of the athlete picker. */
export interface AthletePickerProps {
  /** Names the control: "Athletes on the timeline". */
  label: string;
  athletes: readonly Athlete[];
  /** Chosen athlete ids, in order. */
  chosen: readonly string[];
  onAdd: (athleteId: string) => void;
  onRemove: (athleteId: string) => void;
  /** At most this many can be chosen; the search box says so when full. */
  max: number;
  /** Colour of each chosen athlete, as the charts draw them. */
  colourOf?: (athleteId: string) => string;
}

const normalise = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Chosen athletes as removable chips, and a searchable combobox to add one: type to filter,
 * arrow keys to move, Enter to add, Escape to close (the WAI-ARIA combobox pattern).
 */
export function AthletePicker({
  label,
  athletes,
  chosen,
  onAdd,
  onRemove,
  max,
  colourOf,
}: AthletePickerProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const full = chosen.length >= max;
  const options = useMemo(() => {
    const q = normalise(query.trim());
    return athletes
      .filter((a) => !chosen.includes(a.id))
      .filter((a) => q === '' || normalise(a.name).includes(q))
      .sort((x, y) => y.mentions - x.mentions || x.name.localeCompare(y.name, 'en'));
  }, [athletes, chosen, query]);
  const name = (athleteId: string): string => athletes.find((a) => a.id === athleteId)?.name ?? athleteId;
  const activeIndex = Math.min(active, Math.max(0, options.length - 1));

  const choose = (athleteId: string): void => {
    onAdd(athleteId);
    setQuery('');
    setActive(0);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive(Math.min(activeIndex + 1, options.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive(Math.max(activeIndex - 1, 0));
    } else if (e.key === 'Enter') {
      const option = options[activeIndex];
      if (open && option) {
        e.preventDefault();
        choose(option.id);
      }
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };

  const listId = `${id}-list`;
  const showList = open && !full && options.length > 0;
  return (
    <div className="athlete-picker">
      <ul className="athlete-chips" aria-label={label}>
        {chosen.map((athleteId) => (
          <li key={athleteId} className="athlete-chip">
            <span className="athlete-swatch" style={{ background: colourOf?.(athleteId) ?? '#6b7280' }} />
            {name(athleteId)}
            <button
              type="button"
              aria-label={`Remove ${name(athleteId)}`}
              onClick={() => onRemove(athleteId)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <label htmlFor={`${id}-input`}>Add an athlete</label>
      <div className="athlete-combobox">
        <input
          id={`${id}-input`}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-expanded={showList}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={showList ? `${id}-opt-${activeIndex}` : undefined}
          aria-describedby={full ? `${id}-full` : undefined}
          disabled={full}
          placeholder={full ? `At most ${max} athletes` : 'Search by name'}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            setActive(0);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        <ul id={listId} role="listbox" aria-label="Athletes" hidden={!showList} className="athlete-options">
          {showList &&
            options.map((a, i) => (
              <li
                key={a.id}
                id={`${id}-opt-${i}`}
                role="option"
                aria-selected={i === activeIndex}
                onMouseDown={(e) => {
                  // Keep focus in the input so the list stays open for another pick.
                  e.preventDefault();
                  choose(a.id);
                }}
                onMouseEnter={() => setActive(i)}
              >
                {a.name}
                {a.country && <span className="athlete-country"> {a.country.value}</span>}
              </li>
            ))}
        </ul>
      </div>
      {full && (
        <p id={`${id}-full`} className="athlete-picker-note">
          {max} athletes chosen, the most this view shows. Remove one to add another.
        </p>
      )}
    </div>
  );
}
