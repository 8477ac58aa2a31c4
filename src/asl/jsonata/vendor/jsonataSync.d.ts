/**
 * Types of the synchronous jsonata 2.0.6 build (jsonataSync.js, generated). Only what the
 * studio uses, typed without `any`: values crossing the boundary are `unknown` and checked by
 * the caller (engine.ts).
 */

/** What jsonata throws: a plain object, not an Error. `message` is filled in before it reaches us. */
export interface JsonataRawError {
  code?: string;
  position?: number;
  token?: string;
  value?: unknown;
  message?: string;
}

/** A node of jsonata's AST (only the fields the studio reads). */
export interface JsonataNode {
  type: string;
  value?: unknown;
  position?: number;
  steps?: JsonataNode[];
  stages?: JsonataNode[];
  predicate?: JsonataNode[];
  expressions?: JsonataNode[];
  arguments?: JsonataNode[];
  procedure?: JsonataNode;
  lhs?: JsonataNode | JsonataNode[] | [JsonataNode, JsonataNode][];
  rhs?: JsonataNode;
  expr?: JsonataNode;
  expression?: JsonataNode;
  body?: JsonataNode;
  condition?: JsonataNode;
  then?: JsonataNode;
  else?: JsonataNode;
  pattern?: JsonataNode;
  update?: JsonataNode;
  delete?: JsonataNode;
  group?: { lhs: [JsonataNode, JsonataNode][]; position?: number };
  terms?: { expression: JsonataNode; descending?: boolean }[];
  /** A lambda's signature, when written. */
  signature?: unknown;
  focus?: string;
  index?: string;
  tuple?: boolean;
}

export type JsonataFunction = (...args: unknown[]) => unknown;

export interface JsonataExpression {
  evaluate(input: unknown, bindings?: Record<string, unknown>): unknown;
  assign(name: string | symbol, value: unknown): void;
  registerFunction(name: string, implementation: JsonataFunction, signature?: string): void;
  ast(): JsonataNode;
  errors(): JsonataRawError[] | undefined;
}

declare function jsonata(expression: string, options?: { recover?: boolean }): JsonataExpression;

export default jsonata;
