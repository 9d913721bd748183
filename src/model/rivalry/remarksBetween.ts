import type { Remark } from '../types';

/** The remarks one of `athleteIds` made about another of them, in corpus order. */
export function remarksBetween(remarks: readonly Remark[], athleteIds: readonly string[]): Remark[] {
  const chosen = new Set(athleteIds);
  return remarks.filter(
    (r) => chosen.has(r.speakerId) && r.aboutIds.some((id) => id !== r.speakerId && chosen.has(id)),
  );
}
