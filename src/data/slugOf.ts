/** A stable id from a name: lower case, accents folded, words joined by "-" ("Jakob Ingebrigtsen" → "jakob-ingebrigtsen"). */
const cache = new Map<string, string>();

export function slugOf(name: string): string {
  const known = cache.get(name);
  if (known !== undefined) return known;
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (cache.size < 50_000) cache.set(name, slug);
  return slug;
}
