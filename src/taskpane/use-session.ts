import { useSyncExternalStore } from 'react';
import type { SessionState, ValidationSession } from '../app/validation-session';

export function useSessionState(session: ValidationSession): SessionState {
  return useSyncExternalStore(
    (listener) => session.subscribe(listener),
    () => session.getState(),
  );
}
