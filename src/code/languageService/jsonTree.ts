/** jsonc-parser's tolerant tree → TreeNode. Half-typed properties keep their key with no value. */
import { parseTree, type Node as JsonNode, type ParseError } from "jsonc-parser";
import type { TreeNode, TreeProperty } from "./tree";

function convert(node: JsonNode): TreeNode {
  const base = { offset: node.offset, end: node.offset + node.length };
  switch (node.type) {
    case "object": {
      const properties: TreeProperty[] = [];
      for (const child of node.children ?? []) {
        const keyNode = child.children?.[0];
        if (child.type !== "property" || !keyNode || typeof keyNode.value !== "string") continue;
        const valueNode = child.children?.[1];
        properties.push({
          key: keyNode.value,
          keyOffset: keyNode.offset,
          keyEnd: keyNode.offset + keyNode.length,
          keyQuoted: true,
          value: valueNode ? convert(valueNode) : undefined,
        });
      }
      return { kind: "object", ...base, properties, flow: true };
    }
    case "array":
      return { kind: "array", ...base, items: (node.children ?? []).map(convert), flow: true };
    case "string":
      return { kind: "string", ...base, value: typeof node.value === "string" ? node.value : "", quoted: true };
    case "number":
      return { kind: "number", ...base, value: typeof node.value === "number" ? node.value : 0 };
    case "boolean":
      return { kind: "boolean", ...base, value: node.value === true };
    default:
      return { kind: "null", ...base, value: null };
  }
}

export function jsonTree(text: string): TreeNode | undefined {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
  return root ? convert(root) : undefined;
}
