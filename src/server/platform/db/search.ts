import { type RawBuilder, sql } from 'kysely';

/**
 * Folds Vietnamese diacritics in JS the way f_unaccent does in SQL: NFD, strip combining marks,
 * đ→d, Đ→D. Used for client-side filtering and to normalise search input.
 */
export function foldVietnamese(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** Escapes LIKE wildcards so user input matches literally. */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * `f_unaccent(lower(column)) LIKE %q%` with q folded the same way: diacritic- and case-insensitive
 * substring match, served by a trigram index on `f_unaccent(lower(column))`.
 */
export function containsFolded(column: string, q: string): RawBuilder<boolean> {
  const pattern = `%${escapeLike(foldVietnamese(q).toLowerCase().trim())}%`;
  return sql<boolean>`f_unaccent(lower(${sql.ref(column)})) like ${pattern}`;
}

/** Full-text match on a `tsvector` column built with the `vn_unaccent` configuration. */
export function matchesText(tsvectorColumn: string, q: string): RawBuilder<boolean> {
  return sql<boolean>`${sql.ref(tsvectorColumn)} @@ websearch_to_tsquery('vn_unaccent', ${q})`;
}

/** Rank for ordering full-text results. */
export function textRank(tsvectorColumn: string, q: string): RawBuilder<number> {
  return sql<number>`ts_rank(${sql.ref(tsvectorColumn)}, websearch_to_tsquery('vn_unaccent', ${q}))`;
}
