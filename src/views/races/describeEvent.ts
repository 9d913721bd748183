import type { NarrativeEvent } from '../../model/types';
import { formatTime } from '../common/formatTime';

const metres = (m: number): string => `${Math.round(m)} m`;

function where(event: NarrativeEvent): string {
  if (event.toGo !== null) return ` with ${metres(event.toGo)} to go`;
  if (event.at === 0) return ' from the start';
  if (event.at !== null) return ` at ${metres(event.at)}`;
  return '';
}

/** A narrative event in plain words: "Lars Berg leads at 800 m until 1300 m". */
export function describeEvent(event: NarrativeEvent, nameOf: (athleteId: string) => string): string {
  const who = event.athleteId === null ? 'The field' : nameOf(event.athleteId);
  const others = event.others.map(nameOf).join(' and ');
  const until = event.until !== null ? ` until ${metres(event.until)}` : '';
  switch (event.kind) {
    case 'lead':
      return `${who} leads${where(event)}${until}`;
    case 'split':
      return `Split${event.time !== null ? ` of ${formatTime(event.time)}` : ''}${where(event)}${
        event.athleteId !== null ? ` (${who})` : ''
      }`;
    case 'pass':
      return `${who} passes ${others === '' ? 'a rival' : others}${where(event)}`;
    case 'surge':
      return `${who} surges${where(event)}`;
    case 'kick':
      return `${who} kicks${where(event)}`;
    case 'fade':
      return `${who} fades${where(event)}`;
    case 'bell':
      return `Bell${where(event)}`;
  }
}
