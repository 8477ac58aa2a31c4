import type { NodeTypes } from "@xyflow/react";
import { BranchNode } from "./BranchNode";
import { ContainerNode } from "./ContainerNode";
import { EmptySlotNode } from "./EmptySlotNode";
import { MarkerNode } from "./MarkerNode";
import { StateNode } from "./StateNode";

export const nodeTypes: NodeTypes = {
  state: StateNode,
  container: ContainerNode,
  branch: BranchNode,
  marker: MarkerNode,
  empty: EmptySlotNode,
};
