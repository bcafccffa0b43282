import type { ReactNode } from 'react';
import type { MessageKey } from '../i18n';
import { IconChart, IconInbox, IconSettings, IconSignature, IconStamp } from '../ui/icons';

export type BackofficeLink = { slug: string; label: MessageKey; icon: ReactNode; adminOnly?: boolean };

/** Side navigation of the back office, in the order a one-stop desk works. */
export const BACKOFFICE_LINKS: BackofficeLink[] = [
  { slug: 'hop-viec', label: 'bo.nav.inbox', icon: <IconInbox size={20} /> },
  { slug: 'tiep-nhan', label: 'bo.nav.intake', icon: <IconStamp size={20} /> },
  { slug: 'ky-so', label: 'bo.nav.signing', icon: <IconSignature size={20} /> },
  { slug: 'bao-cao', label: 'bo.nav.reports', icon: <IconChart size={20} /> },
  { slug: 'quan-tri', label: 'bo.nav.admin', icon: <IconSettings size={20} />, adminOnly: true },
];

export const ADMIN_ROLES = ['agency_admin', 'system_admin'] as const;
