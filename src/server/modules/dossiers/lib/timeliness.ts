/**
 * Early / on-time / late, by the rule of the QĐ 766 dashboard (vn-standards §1.4): a dossier is on
 * time iff it ended no later than its appointment; time spent waiting for the applicant's
 * supplement is not counted (the appointment moves by it); a second supplement request makes it
 * late; a dossier still open past its appointment is late. "Early" = ended on a day before the
 * appointment day (Asia/Ho_Chi_Minh).
 */
export type Verdict = 'early' | 'on_time' | 'late';

const localDay = (d: Date) => new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);

export function classify(input: {
  /** The appointment, already moved by supplement time. */
  dueAt: Date;
  /** When processing ended (result ready, refused, stopped, withdrawn); null while open. */
  endedAt: Date | null;
  supplementRequests: number;
  /** For open dossiers: the moment of the statistic. */
  now: Date;
}): Verdict | 'in_progress' {
  if (input.supplementRequests > 1) return 'late';
  if (!input.endedAt) return input.now > input.dueAt ? 'late' : 'in_progress';
  if (input.endedAt > input.dueAt) return 'late';
  return localDay(input.endedAt) < localDay(input.dueAt) ? 'early' : 'on_time';
}

export const verdictInfo: Record<Verdict, { vi: string; en: string }> = {
  early: { vi: 'Trước hạn', en: 'Early' },
  on_time: { vi: 'Đúng hạn', en: 'On time' },
  late: { vi: 'Quá hạn', en: 'Late' },
};
