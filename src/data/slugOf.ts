/** A stable id from a name: lower case, accents folded, words joined by "-" ("Lars Berg" → "lars-berg"). */
const cache = new Map<string, string>();
// Letters that Unicode does not decompose into a base letter and a mark.
const FOLD: Record<string, string> = {
  Ł: 'L',
  ł: 'l',
  Ø: 'O',
  ø: 'o',
  Æ: 'AE',
  æ: 'ae',
  ß: 'ss',
  Đ: 'D',
  đ: 'd',
  Þ: 'Th',
  þ: 'th',
  ð: 'd',
  Œ: 'OE',
  œ: 'oe',
};

export function slugOf(name: string): string {
  const known = cache.get(name);
  if (known !== undefined) return known;
  const slug = name
    .replace(/[ŁłØøÆæßĐđÞþðŒœ]/g, (c) => FOLD[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (cache.size < 50_000) cache.set(name, slug);
  return slug;
}
