/** How long a claim holds without activity before another official may take the dossier. */
export const CLAIM_MINUTES = 30;

export type ClaimView = { by: { id: string; name: string }; at: string; expiresAt: string };

/** The claim as shown to officials; an expired claim is no claim (anyone may take the dossier). */
export function claimView(
  claimedBy: string | null,
  claimedAt: Date | string | null,
  names: ReadonlyMap<string, string>,
  now: Date,
): ClaimView | null {
  if (!claimedBy || !claimedAt) return null;
  const at = new Date(claimedAt);
  const expiresAt = new Date(at.getTime() + CLAIM_MINUTES * 60_000);
  if (expiresAt <= now) return null;
  return {
    by: { id: claimedBy, name: names.get(claimedBy) ?? '' },
    at: at.toISOString(),
    expiresAt: expiresAt.toISOString(),
  };
}
