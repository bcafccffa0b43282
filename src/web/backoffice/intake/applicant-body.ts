import type { MessageKey } from '../../i18n';
import type { IntakeBody } from '../desk/api';
import type { ApplicantChoice } from './ApplicantStep';

/** The same limits as `POST /desk/dossiers`, checked before sending: field → message key. */
export function applicantProblems(choice: ApplicantChoice): Record<string, MessageKey> {
  if (choice.mode === 'account') return choice.person ? {} : { applicant: 'desk.intake.applicant.choose' };
  const d = choice.data;
  const out: Record<string, MessageKey> = {};
  if (d.fullName.trim().length < 2) out.fullName = 'desk.intake.applicant.nameInvalid';
  if (d.personalId && !/^\d{12}$/.test(d.personalId.trim()))
    out.personalId = 'desk.intake.applicant.idInvalid';
  if (d.phone && !/^0\d{9}$/.test(d.phone.trim())) out.phone = 'desk.intake.applicant.phoneInvalid';
  if (d.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(d.email.trim()))
    out.email = 'desk.intake.applicant.emailInvalid';
  return out;
}

/** The applicant part of the intake request. */
export function applicantBody(
  choice: ApplicantChoice,
): Pick<IntakeBody, 'applicantAccountId' | 'applicant'> | null {
  if (choice.mode === 'account') return choice.person ? { applicantAccountId: choice.person.id } : null;
  const d = choice.data;
  const orNull = (v: string) => v.trim() || null;
  return {
    applicant: {
      fullName: d.fullName.trim(),
      personalId: orNull(d.personalId),
      phone: orNull(d.phone),
      email: orNull(d.email),
      address: orNull(d.address),
    },
  };
}
