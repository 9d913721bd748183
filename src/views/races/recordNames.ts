import type { RecordKind } from '../../data/types';

/** What each record abbreviation stands for, for screen readers and popovers. */
export const recordNames: Record<RecordKind, string> = {
  WR: 'World record',
  OR: 'Olympic record',
  AR: 'Area record',
  NR: 'National record',
  CR: 'Championship record',
  MR: 'Meeting record',
  WL: 'World lead',
  PB: 'Personal best',
  SB: 'Season best',
  WU20R: 'World U20 record',
};
