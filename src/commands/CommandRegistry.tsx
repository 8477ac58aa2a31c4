import { createContext, useContext, useEffect, useMemo, useRef, type ReactNode } from "react";
import type { KeyChord } from "./keys";

/** A command anyone in the studio can offer to the command palette. */
export interface StudioCommand {
  id: string;
  label: string;
  group: string;
  /** Shown beside the command; the chord itself is handled where the command lives. */
  keys?: KeyChord[];
  isEnabled?: () => boolean;
  run: () => void;
}

interface Registry {
  register: (owner: symbol, commands: () => StudioCommand[]) => void;
  unregister: (owner: symbol) => void;
  list: () => StudioCommand[];
}

const RegistryContext = createContext<Registry | null>(null);

/** One registry per studio instance: the palette lists what is mounted in this studio. */
export function CommandRegistryProvider({ children }: { children: ReactNode }) {
  const registry = useMemo<Registry>(() => {
    const owners = new Map<symbol, () => StudioCommand[]>();
    return {
      register: (owner, commands) => void owners.set(owner, commands),
      unregister: (owner) => void owners.delete(owner),
      list: () => [...owners.values()].flatMap((commands) => commands()),
    };
  }, []);
  return <RegistryContext.Provider value={registry}>{children}</RegistryContext.Provider>;
}

/**
 * Offers `commands` to the palette while the calling component is mounted. The palette reads
 * them when it opens, so they always carry the component's latest state.
 */
export function useRegisterCommands(commands: StudioCommand[]): void {
  const registry = useContext(RegistryContext);
  const latest = useRef(commands);
  latest.current = commands;
  useEffect(() => {
    if (!registry) return undefined;
    const owner = Symbol("commands");
    registry.register(owner, () => latest.current);
    return () => registry.unregister(owner);
  }, [registry]);
}

export function useCommandList(): () => StudioCommand[] {
  const registry = useContext(RegistryContext);
  return registry ? registry.list : () => [];
}
