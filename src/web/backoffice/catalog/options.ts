import {
  APPLICANT_KINDS,
  FeeBasis,
  PaperForm,
  TimeUnit,
  type VersionStatus,
} from '../../../contracts/catalog';
import type { MessageKey, Translate } from '../../i18n';

// Select options of the editor, labelled from the catalogue (`cat.enum.<group>.<value>`).
const options = (group: string, values: readonly string[], t: Translate) =>
  values.map((value) => ({ value, label: t(`cat.enum.${group}.${value}` as MessageKey) }));

export const applicantOptions = (t: Translate) => options('applicant', APPLICANT_KINDS, t);
export const timeUnitOptions = (t: Translate) => options('unit', TimeUnit.options, t);
export const feeKindOptions = (t: Translate) => options('feeKind', ['charge', 'fee'], t);
export const basisOptions = (t: Translate) => options('basis', FeeBasis.options, t);
export const paperFormOptions = (t: Translate) => options('paperForm', PaperForm.options, t);
export const submissionOptions = (t: Translate) => options('submission', ['submit', 'present'], t);
export const requirementOptions = (t: Translate) => options('requirement', ['mandatory', 'conditional'], t);
export const statusKey = (status: (typeof VersionStatus.options)[number]) =>
  `cat.enum.status.${status}` as MessageKey;
export const unitKey = (unit: (typeof TimeUnit.options)[number]) => `cat.enum.unit.${unit}` as MessageKey;
