import { contactInfo } from '../../../../contracts/feedback';
import type { Actor } from '../../../platform/auth';
import { listDossierContacts } from '../../dossiers';
import type { FeedbackDeps } from '../deps';
import { contactSlots, windowClosesAt } from '../lib/contacts';
import { presentRating } from '../lib/present';
import { getRuleInForce, toRule } from '../lib/rules';
import { listRatingsOfDossier } from '../repo/ratings.repo';
import { findRulesByIds } from '../repo/rules.repo';
import { dossierForApplicant } from './dossier-access';

/** The rating slots of a dossier: which contacts may be rated now, until when, and what was said. */
export async function listDossierRatings(
  input: { actor: Actor; dossierId: string; now?: Date },
  deps: Pick<FeedbackDeps, 'db'>,
) {
  const now = input.now ?? new Date();
  const { dossier } = await dossierForApplicant(deps.db, {
    actor: input.actor,
    dossierId: input.dossierId,
    staffMayRead: true,
  });
  const [contacts, ratings] = await Promise.all([
    listDossierContacts(deps.db, dossier.id),
    listRatingsOfDossier(deps.db, dossier.id),
  ]);
  const rules = new Map(
    (await findRulesByIds(deps.db, [...new Set(ratings.map((r) => r.rule_id))])).map((r) => [
      r.id,
      toRule(r),
    ]),
  );
  const slots = [];
  for (const slot of contactSlots(dossier, contacts)) {
    const rule = await getRuleInForce(deps.db, slot.at ?? now);
    const own = ratings.filter((r) => r.contact === slot.contact);
    const replaced = new Set(own.map((r) => r.supersedes).filter(Boolean));
    const current = own.find((r) => !replaced.has(r.id));
    const closesAt = slot.at ? windowClosesAt(slot.at, rule.windowDays) : null;
    slots.push({
      contact: slot.contact,
      name: contactInfo[slot.contact],
      contactAt: slot.at?.toISOString() ?? null,
      open: Boolean(closesAt && now < closesAt),
      closesAt: closesAt?.toISOString() ?? null,
      current: current ? presentRating(current, rules.get(current.rule_id)) : null,
      history: own
        .filter((r) => replaced.has(r.id))
        .reverse()
        .map((r) => presentRating(r, rules.get(r.rule_id))),
    });
  }
  return { dossierId: dossier.id, dossierCode: dossier.code, slots };
}
