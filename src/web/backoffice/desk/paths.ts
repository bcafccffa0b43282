import { FACE_ROOTS } from '../../ui/faces';

export const INBOX_PATH = `${FACE_ROOTS.backoffice}/ho-so`;
export const dossierPath = (id: string) => `${INBOX_PATH}/${encodeURIComponent(id)}`;
export const INTAKE_PATH = `${FACE_ROOTS.backoffice}/tiep-nhan`;
export const REPORTS_PATH = `${FACE_ROOTS.backoffice}/bao-cao`;
