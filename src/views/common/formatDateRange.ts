import type { DateRange } from '../../model/types';
import { formatDate, MONTHS, parseIsoDate } from './formatDate';

const monthYear = (m: number, y: number): string => `${MONTHS[m - 1] ?? ''} ${y}`;

/**
 * Writes the window a race's date lies in: `about May–Jul 2024`, `about Jul 2024`,
 * `about Dec 2023–Jan 2024`, `after 12 Jul 2024`, `before 6 Aug 2024`, or `date unknown`.
 * Months, not days, for a two-sided window: the bounds are inferences, not facts.
 */
export function formatDateRange(range: Pick<DateRange, 'earliest' | 'latest'> | null): string {
  const earliest = range?.earliest ?? null;
  const latest = range?.latest ?? null;
  const a = earliest === null ? null : parseIsoDate(earliest);
  const b = latest === null ? null : parseIsoDate(latest);
  if (a !== null && b !== null) {
    if (a.year === b.year && a.month === b.month) return `about ${monthYear(a.month, a.year)}`;
    if (a.year === b.year) return `about ${MONTHS[a.month - 1] ?? ''}–${monthYear(b.month, b.year)}`;
    return `about ${monthYear(a.month, a.year)}–${monthYear(b.month, b.year)}`;
  }
  if (earliest !== null) return `after ${formatDate(earliest)}`;
  if (latest !== null) return `before ${formatDate(latest)}`;
  return 'date unknown';
}
