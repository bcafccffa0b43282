import { type ContactPoint, contactInfo } from '../../../../contracts/feedback';
import type { DossierContact, DossierSummary } from '../../dossiers';

export type ContactSlot = {
  contact: ContactPoint;
  /** When the contact happened; null when it has not (yet). */
  at: Date | null;
  /** The official of the contact, rated with it. */
  officialId: string | null;
};

const RESULT_STATES = new Set(['result_ready', 'returned']);

/**
 * The points of contact of a dossier a citizen may rate, from its action log: the receipt at the desk
 * (who accepted it), the latest supplement request (who asked), and the result once it is ready or
 * handed over (the official who handled the dossier).
 */
export function contactSlots(dossier: DossierSummary, contacts: DossierContact[]): ContactSlot[] {
  const last = (action: string) => contacts.filter((c) => c.action === action).at(-1);
  const accepted = contacts.find((c) => c.action === 'accept');
  const supplement = last('request_supplement');
  const resultAction = last('sign') ?? last('record_result');
  const hasResult = RESULT_STATES.has(dossier.state);
  return [
    { contact: 'receipt', at: accepted?.at ?? null, officialId: accepted?.actorId ?? null },
    { contact: 'supplement', at: supplement?.at ?? null, officialId: supplement?.actorId ?? null },
    {
      contact: 'result',
      at: hasResult ? (dossier.returnedAt ?? dossier.endedAt ?? resultAction?.at ?? null) : null,
      officialId: hasResult ? (dossier.assigneeId ?? resultAction?.actorId ?? null) : null,
    },
  ];
}

export const contactName = (c: ContactPoint) => contactInfo[c];

export function windowClosesAt(at: Date, windowDays: number): Date {
  return new Date(at.getTime() + windowDays * 86_400_000);
}
