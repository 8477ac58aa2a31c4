import { useStudio } from "../../store/StudioContext";
import { useCanvasInteraction } from "../CanvasContext";

/** The breakpoint dot on a node's left edge: shown when set, or on hover / selection to set it (F9 does the same). */
export function BreakpointToggle({ id, name, active }: { id: string; name: string; active: boolean }) {
  const { toggleBreakpoint } = useCanvasInteraction();
  // Breakpoints belong to the simulator: a studio embedded without it has none.
  const simulator = useStudio((s) => s.features.simulator);
  if (!simulator) return null;
  return (
    <button
      type="button"
      className={`breakpoint-toggle nodrag${active ? " is-active" : ""}`}
      aria-pressed={active}
      aria-label={active ? `Remove the breakpoint on ${name}` : `Pause before ${name} (breakpoint)`}
      title={active ? "Remove breakpoint (F9)" : "Set a breakpoint: pause the run before this state (F9)"}
      data-testid="breakpoint-toggle"
      onClick={(event) => {
        event.stopPropagation();
        toggleBreakpoint(id);
      }}
      onDoubleClick={(event) => event.stopPropagation()}
    />
  );
}
