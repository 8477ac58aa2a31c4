import type { StatesMachine } from "../types";

/**
 * An empty Parallel branch or Map processor: `{"States": {}}` with no StartAt, since no state
 * exists to start at. Invalid ASL until a state is added (the validator says so); the canvas
 * shows it as a "Drag first state here" slot, and insertFragment on it sets StartAt and States.
 */
export function emptyScope(): StatesMachine {
  return { States: {} } as unknown as StatesMachine;
}
