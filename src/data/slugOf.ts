/** A stable id from a name: lower case, accents folded, words joined by "-" ("Jakob Ingebrigtsen" → "jakob-ingebrigtsen"). */
export function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
