import { sql } from 'kysely';
import { type Executor, escapeLike, foldVietnamese } from '../../../platform/db';

export type SearchParams = {
  q?: string | undefined;
  field?: string | undefined;
  level?: string | undefined;
  agency?: string | undefined;
  onlineLevel?: string | undefined;
  limit: number;
  offset: number;
  /** Local date: only procedures with a version in force then or later are listed. */
  today: string;
};

/**
 * Catalogue search, with or without diacritics ("chung thuc" finds "Chứng thực…"): a match is the
 * full text (vn_unaccent tsvector, any word order), the query as a substring of the folded name
 * (trigram index, also a word being typed), or the code. Ranked by exact code, then the query as a
 * phrase of the name, then text rank normalised by length, then the shorter name ("khai sinh" →
 * "Thủ tục đăng ký khai sinh"). Two steps: the page of matches and the total from `procedures` alone,
 * then the version shown for just that page.
 */
export async function searchProcedures(db: Executor, p: SearchParams) {
  const text = p.q?.trim() ?? '';
  const pattern = `%${escapeLike(foldVietnamese(text).toLowerCase())}%`;
  const tsq = sql`websearch_to_tsquery('vn_unaccent', ${text})`;

  let matches = db
    .selectFrom('procedures as p')
    .select(['p.id'])
    .select(sql<number>`count(*) over ()`.as('total'))
    .where('p.listed_until', '>', p.today);
  if (text)
    matches = matches
      .where(sql<boolean>`(p.search_vector @@ ${tsq} or p.name_folded like ${pattern} or p.code = ${text})`)
      .orderBy(
        sql`(case when p.code = ${text} then 100 else 0 end)
          + (case when p.name_folded like ${pattern} then 1 else 0 end)
          + ts_rank(p.search_vector, ${tsq}, 1)`,
        'desc',
      )
      .orderBy(sql`length(p.name)`);
  else matches = matches.orderBy('p.name_folded');
  if (p.field) matches = matches.where('p.field_code', '=', p.field);
  if (p.level) matches = matches.where(sql<boolean>`p.levels @> array[${p.level}]::text[]`);
  if (p.onlineLevel)
    matches = matches.where('p.online_service_level', '=', p.onlineLevel as 'full' | 'partial');
  if (p.agency)
    matches = matches.where(
      sql<boolean>`exists (select 1 from procedure_agencies pa where pa.procedure_id = p.id and pa.agency_id = ${p.agency})`,
    );
  const page = await matches.orderBy('p.code').limit(p.limit).offset(p.offset).execute();

  let total = page.length ? Number(page[0]!.total) : 0;
  if (!page.length && p.offset > 0) {
    const all = await matches
      .clearOrderBy()
      .clearSelect()
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow();
    total = Number(all.n);
  }
  if (!page.length) return { rows: [], total };

  const details = await db
    .selectFrom('procedures as p')
    .innerJoin('catalog_fields as f', 'f.code', 'p.field_code')
    .innerJoinLateral(
      (eb) =>
        eb
          .selectFrom('procedure_versions as v')
          .select([
            'v.effective_from',
            'v.processing_time_value',
            'v.processing_time_unit',
            'v.afternoon_cutoff',
            'v.fees',
          ])
          .whereRef('v.procedure_id', '=', 'p.id')
          .where(sql<boolean>`(v.effective_to is null or v.effective_to > ${p.today})`)
          .orderBy('v.effective_from')
          .limit(1)
          .as('v'),
      (join) => join.onTrue(),
    )
    .select([
      'p.id',
      'p.code',
      'p.name',
      'p.name_en',
      'p.field_code',
      'f.name as field_name',
      'p.levels',
      'p.online_service_level',
      'v.effective_from',
      'v.processing_time_value',
      'v.processing_time_unit',
      'v.afternoon_cutoff',
      'v.fees',
    ])
    .where(
      'p.id',
      'in',
      page.map((r) => r.id),
    )
    .execute();
  const byId = new Map(details.map((d) => [d.id, d]));
  return { rows: page.map((r) => byId.get(r.id)).filter((r) => r !== undefined), total };
}
