import type { StateType } from "../asl/types";

export type FlowNodeKind = "state" | "start" | "end" | "empty" | "branch";

export interface FlowNode {
  /** A state's JSON pointer; `${scope}#start` / `#end` / `#empty` for markers; a branch's pointer. */
  id: string;
  kind: FlowNodeKind;
  /** The container this node is drawn inside: a Map state, or a Parallel branch. */
  parentId?: string;
  /** Pointer of the machine (scope) the node belongs to. */
  scopePointer: string;
  depth: number;
  name?: string;
  stateType?: StateType;
  subtitle?: string;
  /** Parallel and Map states hold other nodes. */
  isContainer?: boolean;
  branchIndex?: number;
  /** A branch lane's count of branches in its Parallel (the last one cannot be removed). */
  branchCount?: number;
}

export type FlowEdgeKind = "next" | "choice" | "default" | "catch" | "start" | "end";

export interface FlowEdge {
  id: string;
  source: string;
  target: string;
  kind: FlowEdgeKind;
  label?: string;
  /**
   * The edge's address for inserting and moving states: the pointer of the field that defines
   * it (`…/StartAt`, `…/Next`, `…/Choices/0/Next`, `…/Default`, `…/Catch/0/Next`, `…/End`).
   * Undefined for the implicit edge from a Succeed/Fail state to the End marker.
   */
  fieldPointer?: string;
  /** The container the edge is drawn in (same as both ends' parentId). */
  parentId?: string;
}

export interface FlowGraph {
  nodes: FlowNode[];
  edges: FlowEdge[];
}
