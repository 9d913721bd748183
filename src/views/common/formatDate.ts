export const MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

/** The parts of a yyyy-mm-dd date, or null when it is not one. Parsed by hand: no time zones. */
export function parseIsoDate(iso: string): { year: number; month: number; day: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  if (match === null) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { year, month, day };
}

/** Writes a yyyy-mm-dd date as `6 Aug 2024`; anything else is returned as it is. */
export function formatDate(iso: string): string {
  const d = parseIsoDate(iso);
  return d === null ? iso : `${d.day} ${MONTHS[d.month - 1] ?? ''} ${d.year}`;
}
