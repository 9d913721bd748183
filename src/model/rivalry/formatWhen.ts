import { utcFormat } from 'd3-time-format';
import type { IsoDate } from '../../data/types';
import { isoDateToUtc } from './meetingWhen';
import type { MeetingWhen } from './meetingWhen';

const dayMonthYear = utcFormat('%-d %b %Y');
const dayMonth = utcFormat('%-d %b');

/** A date as "6 Aug 2024". */
export function formatIsoDate(date: IsoDate): string {
  return dayMonthYear(new Date(isoDateToUtc(date)));
}

/**
 * When a meeting took place in words: "6 Aug 2024", "between 26 May and 5 Aug 2024",
 * "before 5 Aug 2024", "after 1 Jan 2023", or "date unknown".
 */
export function formatWhen(when: MeetingWhen): string {
  if (when.kind === 'date') return formatIsoDate(when.date);
  if (when.kind === 'unknown') return 'date unknown';
  const { earliest, latest } = when;
  if (earliest !== null && latest !== null) {
    const sameYear = earliest.slice(0, 4) === latest.slice(0, 4);
    const from = sameYear ? dayMonth(new Date(isoDateToUtc(earliest))) : formatIsoDate(earliest);
    return `between ${from} and ${formatIsoDate(latest)}`;
  }
  if (latest !== null) return `before ${formatIsoDate(latest)}`;
  return earliest !== null ? `after ${formatIsoDate(earliest)}` : 'date unknown';
}
