import type { Sentence } from './splitSentences';
import { isFullName, type ListEntry } from './resultsList';
import { countryOf } from './listPatterns';
import { inNameOrder } from './wordShape';

/**
 * Results tables set out in columns under a header row ("Pl  Ln  Name   Nat  Club   RT   Time"):
 * each row's cells are read by the header column they stand under, so lanes, bib numbers, clubs and
 * reaction times are not taken for places, names or times.
 */

/** What a header column holds, by its label. */
type Role = 'place' | 'name' | 'country' | 'time' | 'sex' | 'other';

const ROLE_OF: readonly [RegExp, Role][] = [
  [/^(?:pl|pos|position|place|rank|plc|#)\.?$/i, 'place'],
  // ("Athlete  Race  Position  Time" over rows of "Women" and "Men": a team's table of both races.)
  [/^(?:sex|gender|race|category|cat)\.?$/i, 'sex'],
  [/^(?:name|athlete|competitor|runner)s?$/i, 'name'],
  [/^(?:nat|nation|country|ctry|noc|fed)\.?$/i, 'country'],
  [
    // (And in the languages of results pages: "Zeit", "Temps", "Tiempo", "Tempo", "Marca", "Tijd".)
    // ("Finals", "Prelims": the round a college results page heads its time column with; "Official",
    // "Gun", "Net": a road race's.)
    /^(?:time|result|mark|perf|performance|final time|net time|chip time|gun time|finish(?: time)?|official(?: time)?|net|gun|chip|finals?|prelims?|semis|zeit|temps|tiempo|tempo|marca|tijd)$/i,
    'time',
  ],
];

interface Column {
  role: Role;
  start: number;
  end: number;
}

interface Cell {
  text: string;
  start: number;
  end: number;
}

// Cells are separated by two spaces or more, or by tabs (then taken in order, not by position).
const CELL = /[^\t ]+(?: [^\t ]+)*/g;
const STATUS = /^(?:DNF|DNS|DQ|DSQ)$/;
const PLACE = /^(?:(\d{1,4})\.?|=(\d{1,4})|[-–—])$/;
// ("6,61": a decimal comma, as results pages in German, French or Spanish set it.)
const TIME = /^(?:\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,3})?|\d{1,3}:\d{2}(?:[.,]\d{1,3})?|\d{1,3}[.,]\d{1,3})$/;
// A row's race by its sex: "Women", "Men", "W", "M", "F".
const SEX_CELL = /^(?:(women|woman|female|w|f)|men|man|male|m)$/i;
const RECORD = /^\(?=?(?:PB|SB|NR|AR|OR|WR|CR|MR|WL|DLR|WU20R)\)?$/;

// "Pos,Bib,Name,Club,Cat,Time" over "1,117,Kwame Osei-Lindqvist,Harbourside Striders,M,14:48": a
// table of comma-separated values, each comma with no space after it (prose's commas have one).
const isCsv = (line: string): boolean =>
  !line.includes(', ') && !line.includes('\t') && /^[^,]+(?:,[^,]*){3,}$/.test(line.trim());

/** The cells of a comma-separated line, empty ones kept, so that each stands under its column. */
function csvCells(line: string): Cell[] {
  const out: Cell[] = [];
  let start = 0;
  for (const part of line.split(',')) {
    const lead = part.length - part.trimStart().length;
    const text = part.trim();
    out.push({ text, start: start + lead, end: start + lead + text.length });
    start += part.length + 1;
  }
  return out;
}

function cellsOf(line: string): Cell[] {
  if (isCsv(line)) return csvCells(line);
  const out: Cell[] = [];
  for (const m of line.matchAll(CELL)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** The columns of a header row, when it names at least a name and a time column. */
function headerColumns(line: string): Column[] | null {
  if (!/\S(?: {2,}|\t)\S/.test(line) && !isCsv(line)) return null;
  // (Tabs part a header's labels as they part its rows' cells: "Cat Pos" between tabs is one label.)
  const cells = line.includes('\t') ? cellsOf(line) : cellsOf(line).flatMap(splitLabels);
  if (cells.length < 3 || cells.length > 14) return null;
  // ("Pos … AG  AG Pl  Time": a place within an age group, after the race's own place, is not it.)
  const firstPlace = cells.findIndex((c) => roleOf(c.text) === 'place');
  const columns = cells.map((c, i) => {
    const role = roleOf(c.text) ?? 'other';
    return { role: role === 'place' && i > firstPlace ? 'other' : role, start: c.start, end: c.end };
  });
  const has = (role: Role): number => columns.filter((c) => c.role === role).length;
  return has('name') === 1 && has('time') >= 1 ? columns : null;
}

const roleOf = (label: string): Role | undefined => ROLE_OF.find(([re]) => re.test(label))?.[1];

/** "Pl Ln": short labels set one space apart in a header are columns of their own. */
function splitLabels(c: Cell): Cell[] {
  if (!c.text.includes(' ') || roleOf(c.text) || !/^[\p{L}.#]{1,4}(?: [\p{L}.#]{1,4})+$/u.test(c.text))
    return [c];
  return [...c.text.matchAll(/\S+/g)].map((w) => ({
    text: w[0],
    start: c.start + w.index,
    end: c.start + w.index + w[0].length,
  }));
}

/**
 * The column a cell stands under: the header label it overlaps most, else the nearest label (times
 * are set flush right under their label, names flush left).
 */
function columnOf(cell: Cell, columns: readonly Column[], tabbed: boolean, index: number): number {
  if (tabbed) return index < columns.length ? index : -1;
  let best = -1;
  let bestScore = -Infinity;
  columns.forEach((c, i) => {
    // Overlap when positive, else minus the gap between the two spans.
    const score = Math.min(cell.end, c.end) - Math.max(cell.start, c.start);
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  return best;
}

/**
 * "Sophie van der Westhuizen Leith Harriers": a long name that runs into the next column with one
 * space between is cut where that column's label starts, when a word starts there.
 */
function splitAtColumns(cells: Cell[], columns: readonly Column[], line: string): void {
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i] as Cell;
    // (Only a cell under a column of its own: "  1 Okonjo, Adaeze" under "Name" is left to placeAndName.)
    const own = columns.some((c) => c.start <= cell.start);
    const at = columns.find(
      (c) => c.start > cell.start && c.start < cell.end && line[c.start - 1] === ' ',
    )?.start;
    if (!own || at === undefined) continue;
    const head = { text: line.slice(cell.start, at - 1), start: cell.start, end: at - 1 };
    cells.splice(i, 1, head, { text: line.slice(at, cell.end), start: at, end: cell.end });
  }
}

/** One row of a column table, read by its header's columns; null when it is no runner's row. */
function readRow(line: string, lineStart: number, columns: readonly Column[]): ListEntry | null {
  const tabbed = line.includes('\t') || isCsv(line);
  const cells = cellsOf(tabbed ? line : line.replace(/\t/g, ' '));
  if (!tabbed) splitAtColumns(cells, columns, line);
  const byRole = new Map<Role, Cell[]>();
  let lastRole: Role | null = null;
  cells.forEach((cell, i) => {
    const column = columnOf(cell, columns, tabbed, i);
    // Notes after the last column ("PB", "Q") go with the time before them.
    const role = column === -1 ? (lastRole ?? 'other') : (columns[column]?.role ?? 'other');
    byRole.set(role, [...(byRole.get(role) ?? []), cell]);
    lastRole = role;
  });
  const timeCells = byRole.get('time') ?? [];
  const [placeCell, nameCell] = placeAndName(byRole.get('place')?.[0], byRole.get('name')?.[0]);
  if (!nameCell || timeCells.length === 0) return null;
  const name = invertedName(nameCell.text);
  if (!isFullName(name) || name.some((w) => /\d/.test(w))) return null;
  // ("53.21Q": a qualifier written onto the time.)
  const words = timeCells
    .flatMap((c) => c.text.split(' '))
    .map((w, i) => (i === 0 ? w.replace(/(?<=\d)q$/i, '') : w));
  const first = words[0] ?? '';
  const status = STATUS.test(first) ? first : null;
  if (!status && !TIME.test(first)) return null;
  const placeMatch = placeCell ? PLACE.exec(placeCell.text) : null;
  if (placeCell && !placeMatch && !STATUS.test(placeCell.text)) return null;
  const placeText = placeMatch?.[1] ?? placeMatch?.[2];
  const countryText = byRole.get('country')?.[0]?.text ?? '';
  const last = cells[cells.length - 1];
  const firstCell = cells[0];
  if (!firstCell || !last) return null;
  const placeStatus = placeCell && STATUS.test(placeCell.text) ? placeCell.text : null;
  const shown = status ?? placeStatus;
  const sex = SEX_CELL.exec(byRole.get('sex')?.[0]?.text ?? '');
  return {
    ...(sex ? { sex: sex[1] ? 'women' : 'men' } : {}),
    start: lineStart + firstCell.start,
    end: lineStart + last.end,
    place: placeText && !shown ? Number(placeText) : null,
    name: inNameOrder(name),
    country: countryText ? countryOf(countryText) : null,
    time: shown ? null : first,
    status: shown === null ? null : /^DNF/.test(shown) ? 'dnf' : /^DNS/.test(shown) ? 'dns' : 'dq',
    records: words
      .slice(1)
      .filter((w) => RECORD.test(w))
      .map((w) => w.replace(/[()=]/g, '')),
  };
}

/**
 * A row of a headerless table set out in tabs: a place (or a status) in its first cell, a name in its
 * second, and a time (or a status) in a later one; the cells between (a club) are no part of the name.
 */
function tabbedRow(line: string, lineStart: number): ListEntry | null {
  if (!line.includes('\t')) return null;
  const cells = cellsOf(line);
  const [place, name] = cells;
  if (!place || !name || !(PLACE.test(place.text) || STATUS.test(place.text))) return null;
  if (!/^\p{Lu}/u.test(name.text) || !name.text.includes(' ')) return null;
  const time = cells.findIndex((c, i) => i >= 2 && (TIME.test(c.text) || STATUS.test(c.text)));
  if (time < 0) return null;
  const columns = cells.map((c, i) => ({
    role: (i === 0 ? 'place' : i === 1 ? 'name' : i === time ? 'time' : 'other') as Role,
    start: c.start,
    end: c.end,
  }));
  return readRow(line, lineStart, columns);
}

// "  1 Okonjo, Adaeze   SR Delmont State   4:16.82": a college results page sets the place in the
// name's column, one space before the name ("--" for a runner with no place).
const PLACE_IN_NAME = /^(\d{1,4}|--?|[–—]) (?=\p{Lu})/u;

/** The place cell and the name cell of a row, the place split off the name when the two share one. */
function placeAndName(place: Cell | undefined, name: Cell | undefined): [Cell | undefined, Cell | undefined] {
  const m = place || !name ? null : PLACE_IN_NAME.exec(name.text);
  if (!name || !m) return [place, name];
  const split = name.start + m[0].length;
  // ("--": no place, read as the dash the place column writes for it.)
  const text = /^\d/.test(m[1] ?? '') ? (m[1] ?? '') : '-';
  return [
    { text, start: name.start, end: name.start + (m[1] ?? '').length },
    { text: name.text.slice(m[0].length), start: split, end: name.end },
  ];
}

/** The words of a name cell, given name first: "Okonjo, Adaeze" is Adaeze Okonjo. */
function invertedName(text: string): string[] {
  const m = /^([^,]+), ([^,]+)$/.exec(text);
  return (m ? `${m[2]} ${m[1]}` : text).split(' ');
}

/** A pipe table's line ("| 1 | … |", "Pos | Bib | Name") with its bars as spaces (offsets kept). */
function unpiped(line: string): string {
  return /^\s*\|.*\|\s*$|^[^|[\]]+\|[^|]+\|/.test(line) ? line.replace(/\|/g, ' ') : line;
}

/** A line of the normalised text with the tabs of the article as written (normalising made them spaces). */
function withTabs(text: string, raw: string, start: number, end: number): string {
  const line = text.slice(start, end);
  const written = raw.slice(start, end);
  if (!written.includes('\t') || written.length !== line.length) return line;
  // (By UTF-16 unit, as offsets count: `split('')`, not the code points `Array.from` gives.)
  return line
    .split('')
    .map((ch, i) => (written[i] === '\t' ? '\t' : ch))
    .join('');
}

/**
 * Returns `lists` with the rows of every column table read by its header: a row's entry replaces
 * what the line reader made of it. A table runs from its header over the lines that follow it
 * without a break. `raw` is the article as written, whose tabs part a table's cells.
 */
export function withColumnTables(
  text: string,
  sentences: readonly Sentence[],
  lists: ListEntry[][],
  raw = text,
): ListEntry[][] {
  let out = lists;
  let columns: Column[] | null = null;
  let line = -2;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si] as Sentence;
    if (s.line !== line + 1) columns = null;
    line = s.line;
    const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
    // ("| 1 | 412 | Wanjiku Ndung'u | KEN | 1:57.63 |": a pipe table's bars part its cells, as spaces would.)
    const lineText = unpiped(withTabs(text, raw, lineStart, s.end));
    if (!columns) {
      // (A split's column may be headed by its distance or its number: "Pos  Bib  Name  Nat  10K  Finish",
      // "Pos  Bib  Name  Club  Lap 1  Lap 2  Finish".)
      const unnumbered = lineText.replace(
        /\b(?:\d{1,3}\s?(?:K|km|M)|(?:Lap|Split|Int|Leg)\s?\d{1,2})\b/g,
        '',
      );
      if (/\d/.test(unnumbered) || (!/ {2}|\t/.test(lineText) && !isCsv(lineText))) {
        // ("1<tab>Jayden Sno<tab>AV Haarlem<tab>6.60<tab>Q": a row of a table set out in tabs with no
        // header, its cells read by what they hold.)
        const entry = tabbedRow(lineText, lineStart);
        if (entry) {
          if (out === lists) out = lists.slice();
          out[si] = [entry];
        }
        continue;
      }
      columns = headerColumns(lineText);
      continue;
    }
    const entry = readRow(lineText, lineStart, columns);
    if (entry) {
      if (out === lists) out = lists.slice();
      out[si] = [entry];
    } else if (headerColumns(lineText)) columns = headerColumns(lineText);
  }
  return out;
}
