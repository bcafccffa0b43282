import { createContext, useContext } from 'react';
import type { MeData } from '../../api/identity';

/**
 * The official the back-office pages work for. While the re-sign-in dialog is open the session
 * has no person, but the pages stay mounted with the last one, so nothing on them is lost.
 */
export const StaffContext = createContext<MeData | null>(null);

export function useStaff(): MeData {
  const me = useContext(StaffContext);
  if (!me) throw new Error('useStaff must be used inside <StaffGate>');
  return me;
}
