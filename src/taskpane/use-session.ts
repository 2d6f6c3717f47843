import { useSyncExternalStore } from 'react';
import type { SessionState, ValidationSession } from './validation-session';

export function useSessionState(session: ValidationSession): SessionState {
  return useSyncExternalStore(
    (listener) => session.subscribe(listener),
    () => session.getState(),
  );
}
