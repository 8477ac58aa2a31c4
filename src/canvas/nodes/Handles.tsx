import { Handle, Position } from "@xyflow/react";

/** Invisible anchors: edges follow ELK's routes, the handles only satisfy React Flow. */
export function Handles() {
  return (
    <>
      <Handle type="target" position={Position.Top} className="flow-handle" isConnectable={false} />
      <Handle type="source" position={Position.Bottom} className="flow-handle" isConnectable={false} />
    </>
  );
}
