import type { AccessLogItem } from '../../api/identity';
import type { Lang, MessageKey, Translate } from '../../i18n';
import { roleLabel } from '../../ui/text';

// What each audited action means to the person whose data it touched. Unknown actions (from
// modules added later) are shown by their code rather than hidden.
const ACTIONS: Record<string, MessageKey> = {
  'auth.login': 'log.action.login',
  'auth.logout': 'log.action.logout',
  'auth.logout_everywhere': 'log.action.logoutAll',
  'auth.mfa_enrolled': 'log.action.mfaEnrolled',
  'auth.mfa_verified': 'log.action.mfaVerified',
  'auth.mfa_failed': 'log.action.mfaFailed',
  'auth.password_reset_requested': 'log.action.resetRequested',
  'auth.password_reset': 'log.action.passwordReset',
  'account.registered': 'log.action.registered',
  'account.activated': 'log.action.activated',
  'account.profile_updated': 'log.action.profileUpdated',
  'person.viewed': 'log.action.personViewed',
  'staff.created': 'log.action.staffCreated',
  'staff.roles_changed': 'log.action.rolesChanged',
};

const FIELDS: Record<string, MessageKey> = {
  fullName: 'profile.fullName',
  personalId: 'profile.personalId',
  dateOfBirth: 'profile.dateOfBirth',
  sex: 'profile.sex',
  addressUnitCode: 'log.field.address',
  addressLine: 'profile.addressLine',
  identity: 'log.field.identity',
  contact: 'log.field.contact',
  address: 'log.field.address',
};

export function actionLabel(item: AccessLogItem, t: Translate): string {
  const key = ACTIONS[item.action];
  return key ? t(key) : item.action;
}

/** Who did it: the person themself, or an official shown by role and agency (never by name). */
export function actorLabel(item: AccessLogItem, t: Translate, lang: Lang): string {
  switch (item.actorType) {
    case 'self':
    case 'citizen':
      return t('log.actor.you');
    case 'staff': {
      const role = item.role ? roleLabel(item.role, lang) : t('log.actor.staff');
      return item.agencyName ? `${role} · ${item.agencyName}` : role;
    }
    case 'api_token':
      return item.agencyName ? `${t('log.actor.system')} · ${item.agencyName}` : t('log.actor.system');
    case 'system':
      return t('log.actor.platform');
    default:
      return t('log.actor.anonymous');
  }
}

/** A short, readable line from the action's details (fields touched, sign-in method). */
export function detailLabel(item: AccessLogItem, t: Translate): string | null {
  const d = item.detail;
  const parts: string[] = [];
  if (Array.isArray(d.fields) && d.fields.length) {
    const names = d.fields.map((f) => (typeof f === 'string' && FIELDS[f] ? t(FIELDS[f]) : String(f)));
    parts.push(t('log.detail.fields', { fields: names.join(', ') }));
  }
  if (d.method === 'password') parts.push(t('log.detail.password'));
  if (d.method === 'eid') parts.push(t('log.detail.eid'));
  if (d.method === 'recovery_code') parts.push(t('log.detail.recovery'));
  if (typeof d.sessions === 'number') parts.push(t('log.detail.sessions', { count: d.sessions }));
  return parts.length ? parts.join(' · ') : null;
}
