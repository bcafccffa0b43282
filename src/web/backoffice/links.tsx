import type { ReactNode } from 'react';
import type { MessageKey } from '../i18n';
import {
  IconChart,
  IconFileSearch,
  IconHistory,
  IconInbox,
  IconMail,
  IconSettings,
  IconSignature,
  IconStamp,
} from '../ui/icons';

export type BackofficeLink = {
  slug: string;
  label: MessageKey;
  icon: ReactNode;
  adminOnly?: boolean;
  /** Older addresses of the same page, still served and shown as the current page. */
  aliases?: string[];
};

/** Side navigation of the back office, in the order a one-stop desk works. */
export const BACKOFFICE_LINKS: BackofficeLink[] = [
  { slug: 'ho-so', label: 'bo.nav.inbox', icon: <IconInbox size={20} />, aliases: ['hop-viec'] },
  { slug: 'tiep-nhan', label: 'bo.nav.intake', icon: <IconStamp size={20} /> },
  { slug: 'ky-so', label: 'bo.nav.signing', icon: <IconSignature size={20} /> },
  { slug: 'phan-anh-kien-nghi', label: 'bo.nav.complaints', icon: <IconMail size={20} /> },
  { slug: 'nhan-ket-qua', label: 'bo.nav.pickup', icon: <IconHistory size={20} /> },
  { slug: 'bao-cao', label: 'bo.nav.reports', icon: <IconChart size={20} /> },
  { slug: 'thu-tuc', label: 'bo.nav.catalog', icon: <IconFileSearch size={20} />, adminOnly: true },
  { slug: 'quan-tri', label: 'bo.nav.admin', icon: <IconSettings size={20} />, adminOnly: true },
];

export const ADMIN_ROLES = ['agency_admin', 'system_admin'] as const;
