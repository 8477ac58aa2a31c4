import { useSyncExternalStore } from "react";
import type { DocumentSession, SessionSnapshot } from "./documentSession";

const NO_SESSION = { subscribe: () => () => undefined, getSnapshot: () => undefined };

/** The session's snapshot (documents, save state), re-rendering on change; undefined when embedded. */
export function useSessionSnapshot(session: DocumentSession | undefined): SessionSnapshot | undefined {
  const source = session ?? NO_SESSION;
  return useSyncExternalStore(source.subscribe, source.getSnapshot);
}
