import { EformReadOnly } from '../../ui/eform/EformReadOnly';
import type { Procedure } from '../desk/api';
import css from './dossier.module.css';

type Data = Record<string, unknown>;
const isObject = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);

function flatten(data: unknown, prefix = ''): { path: string; value: string }[] {
  if (!isObject(data)) return [];
  return Object.entries(data).flatMap(([k, v]) => {
    const path = prefix ? `${prefix}.${k}` : k;
    return isObject(v) ? flatten(v, path) : [{ path, value: typeof v === 'string' ? v : JSON.stringify(v) }];
  });
}

/**
 * The e-form as the applicant filled it, read-only, with the labels of the procedure's form in force
 * (the dossier does not say which version it was filed under); the raw field paths when there is none.
 */
export function FormDataView({ data, procedure }: { data: Data; procedure: Procedure | null }) {
  const eform = procedure?.currentVersion?.eform;
  if (eform) return <EformReadOnly eform={eform} data={data} headingLevel={3} />;
  return (
    <dl className={css.facts}>
      {flatten(data).map((r) => (
        <div key={r.path} className={css.fact}>
          <dt className={css.mono}>{r.path}</dt>
          <dd>{r.value}</dd>
        </div>
      ))}
    </dl>
  );
}
