import type { StateFragment } from "../edit/types";

/** The three tabs of the states browser (seed L11430-L11438). */
export type CatalogTab = "flow" | "actions" | "patterns";

/**
 * How a Task waits for a service (seed L29855-L29870): the Resource suffix none, `.sync`,
 * `.sync:2` (Step Functions only) or `.waitForTaskToken`.
 */
export type IntegrationPattern = "request-response" | "sync" | "sync:2" | "waitForTaskToken";

export const PATTERN_SUFFIX: Record<IntegrationPattern, string> = {
  "request-response": "",
  sync: ".sync",
  "sync:2": ".sync:2",
  waitForTaskToken: ".waitForTaskToken",
};

/** One entry of the states browser. */
export interface CatalogItem {
  /** Stable id, used by the canvas as `data-item`: a state Type, `service:action`, or `pattern:<name>`. */
  id: string;
  tab: CatalogTab;
  /** Text shown in the browser, as Workflow Studio words it ("AWS Lambda Invoke", "Choice"). */
  label: string;
  /** Heading the item is listed under: the service name for actions, "Flow", "Patterns". */
  group: string;
  /** Resource service segment for actions ("lambda", "states", "http"). */
  service?: string;
  /** One sentence, for tooltips and search. */
  description: string;
  keywords: readonly string[];
  /** 1-based line of the developer guide (zh seed) that documents the item. */
  seedLine: number;
  /**
   * The item needs a Standard workflow (.waitForTaskToken, distributed Map): Express workflows
   * support request-response only and no distributed Map (seed L21638-L21642, L5306-L5313).
   */
  standardOnly?: boolean;
  /** A fresh fragment with sensible defaults, ready for insertFragment. */
  create(): StateFragment;
}
