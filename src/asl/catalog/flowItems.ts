/** The Flow tab: the seven flow states (seed L11458-L11475), named by Type like Workflow Studio does. */
import { emptyScope } from "../edit/emptyScope";
import type { State } from "../types";
import { singleStateFragment } from "./fragment";
import type { CatalogItem } from "./types";

function flowItem(type: State["Type"], seedLine: number, description: string, keywords: string[], create: () => State): CatalogItem {
  return { id: type, tab: "flow", label: type, group: "Flow", description, keywords, seedLine, create: () => singleStateFragment(type, create()) };
}

export const FLOW_ITEMS: readonly CatalogItem[] = [
  flowItem("Choice", 11461, "Adds branching: rules on the input decide which state runs next, with a default when none matches.", ["branch", "if", "condition", "rule", "switch", "decision"], () => ({
    // One rule and a Default (set when inserted), so the canvas shows two branches to drop onto (seed L12466-L12468).
    Type: "Choice",
    Choices: [{ Variable: "$.variable", BooleanEquals: true }],
  })),
  flowItem("Parallel", 11464, "Runs branches at the same time and outputs an array with each branch's result.", ["concurrent", "branches", "fork", "join"], () => ({
    // A new Parallel has two empty branches (seed L687-L695, L12507-L12508).
    Type: "Parallel",
    Branches: [emptyScope(), emptyScope()],
  })),
  flowItem("Map", 11466, "Runs the same steps for each item of an input array and outputs an array of their results.", ["loop", "iterate", "foreach", "for each", "items", "array"], () => ({
    // Inline processing is the default mode (seed L1263-L1273); the body starts empty: "Drag state here".
    Type: "Map",
    ItemProcessor: { ProcessorConfig: { Mode: "INLINE" }, ...emptyScope() },
  })),
  flowItem("Pass", 11469, "Passes its input to its output, optionally adding fixed data; useful for shaping data and prototyping.", ["noop", "inject", "result", "transform", "placeholder"], () => ({ Type: "Pass" })),
  flowItem("Wait", 11471, "Pauses the workflow for a number of seconds or until a time and date.", ["delay", "sleep", "pause", "timer", "seconds", "timestamp"], () => ({
    // "Wait for a fixed interval" is the default option (seed L12500-L12504); 5 seconds is our default value.
    Type: "Wait",
    Seconds: 5,
  })),
  flowItem("Succeed", 11473, "Stops the workflow (or branch) successfully.", ["end", "finish", "success", "done", "stop"], () => ({ Type: "Succeed" })),
  flowItem("Fail", 11475, "Stops the workflow with a failure, an error name and a cause.", ["error", "failure", "abort", "stop", "throw"], () => ({ Type: "Fail" })),
];
