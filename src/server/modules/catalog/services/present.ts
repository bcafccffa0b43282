import type { Fee, ProcedureSummary } from '../../../../contracts/catalog';
import { feeSummary } from '../lib/fee-summary';
import type { searchProcedures } from '../repo/search.repo';

type SearchRow = Awaited<ReturnType<typeof searchProcedures>>['rows'][number];

export const presentSummary = (r: SearchRow, today: string): ProcedureSummary => ({
  code: r.code,
  name: r.name,
  nameEn: r.name_en,
  field: { code: r.field_code, name: r.field_name },
  levels: r.levels as ProcedureSummary['levels'],
  onlineServiceLevel: r.online_service_level,
  processingTime: { value: r.processing_time_value, unit: r.processing_time_unit },
  afternoonCutoff: r.afternoon_cutoff,
  fee: feeSummary(r.fees as Fee[]),
  availableFrom: r.effective_from > today ? r.effective_from : null,
});
