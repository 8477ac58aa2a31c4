import { CommandRegistryProvider } from "../commands/CommandRegistry";
import { StudioFrame } from "../embed/StudioFrame";
import { StudioShellProvider } from "../embed/StudioShell";
import { ImportProvider } from "../export/ImportProvider";
import type { DocumentSession } from "../persistence/documentSession";
import { PanelErrorBoundary } from "../persistence/PanelErrorBoundary";
import type { StudioStore } from "../store/createStudioStore";
import { StudioContext } from "../store/StudioContext";
import { Header } from "./Header";
import { Workspace } from "./Workspace";

export interface AppProps {
  store: StudioStore;
  /** The standalone app's documents (saved in IndexedDB); absent when embedded. */
  session?: DocumentSession | undefined;
  /** The embedder's save callback: shows a Save button and answers Ctrl/⌘+S. */
  onSave?: (() => void) | undefined;
  embedded?: boolean;
}

export function App({ store, session, onSave, embedded = false }: AppProps) {
  return (
    <StudioContext.Provider value={store}>
      <StudioShellProvider session={session} onSave={onSave} embedded={embedded}>
        <ImportProvider>
          <CommandRegistryProvider>
            <StudioFrame>
              <PanelErrorBoundary name="The header" className="studio-header">
                <Header />
              </PanelErrorBoundary>
              <PanelErrorBoundary name="The workspace">
                <Workspace />
              </PanelErrorBoundary>
            </StudioFrame>
          </CommandRegistryProvider>
        </ImportProvider>
      </StudioShellProvider>
    </StudioContext.Provider>
  );
}
