import type { StudioStore } from "../store/createStudioStore";
import { StudioContext } from "../store/StudioContext";
import { Header } from "./Header";
import { Workspace } from "./Workspace";

export function App({ store }: { store: StudioStore }) {
  return (
    <StudioContext.Provider value={store}>
      <div className="studio">
        <Header />
        <Workspace />
      </div>
    </StudioContext.Provider>
  );
}
