/**
 * Workflow variables at run time ("Passing data between states with variables").
 *
 * A `VariableScope` holds the variables of one thread of control: the execution's top level,
 * a Parallel branch, a Map iteration. Inner scopes read their outer scopes; what they assign
 * stays in them (it does not leak out when the branch or iteration ends). DECISIONS:
 * - assigning, in an inner scope, a name that an outer scope already holds is an error
 *   (States.Runtime): the inner state would otherwise silently shadow it;
 * - the child executions of a distributed Map start with no variables: they are separate
 *   executions and cannot read the parent's;
 * - a state's assignments take effect when the state completes: every expression of the state
 *   (Arguments, Output, ResultSelector, Assign itself…) reads the values from state entry, and
 *   Assign and Output see the same values ("evaluated in parallel");
 * - the size limits (256 KiB per variable, 256 KiB per Assign, 10 MiB in all) fail the state with
 *   States.DataLimitExceeded, the error Step Functions raises for its other size quotas.
 *
 * Values are never mutated; a scope replaces its own object on every assignment, so a snapshot
 * handed to a visit record stays valid.
 */
import { setOwn, type JsonObject, type JsonValue } from "../json";
import { MAX_ASSIGN_BYTES, MAX_TOTAL_VARIABLE_BYTES, MAX_VARIABLE_BYTES } from "../jsonata/variables";
import { STATES_ERRORS, statePrefix, type StateErrorSite } from "./errors/statesErrors";
import { StatesError } from "./errors/StatesError";
import { jsonByteSize } from "./payloadSize";

/** The snapshot of a scope with no variables (shared; never mutated). */
export const NO_VARIABLES: Readonly<JsonObject> = Object.freeze({});

export class VariableScope {
  private own: JsonObject | undefined;
  private ownBytes: Map<string, number> | undefined;
  private flat: Readonly<JsonObject> | undefined;

  constructor(readonly parent: VariableScope | undefined) {}

  get(name: string): JsonValue | undefined {
    for (let scope: VariableScope | undefined = this; scope; scope = scope.parent) {
      const own = scope.own;
      if (own !== undefined && Object.prototype.hasOwnProperty.call(own, name)) return own[name];
    }
    return undefined;
  }

  /** Whether an outer scope (not this one) holds the name. */
  inOuterScope(name: string): boolean {
    return this.parent !== undefined && this.parent.get(name) !== undefined;
  }

  /** Every variable visible here, inner values winning; the same object until something is assigned. */
  snapshot(): Readonly<JsonObject> {
    if (this.flat === undefined) {
      const outer = this.parent ? this.parent.snapshot() : NO_VARIABLES;
      if (this.own === undefined) this.flat = outer;
      else {
        const merged: JsonObject = {};
        for (const key of Object.keys(outer)) setOwn(merged, key, outer[key] as JsonValue);
        for (const key of Object.keys(this.own)) setOwn(merged, key, this.own[key] as JsonValue);
        this.flat = merged;
      }
    }
    return this.flat;
  }

  private totalBytes(): number {
    let total = 0;
    for (let scope: VariableScope | undefined = this; scope; scope = scope.parent) {
      if (scope.ownBytes) for (const size of scope.ownBytes.values()) total += size;
    }
    return total;
  }

  /**
   * Assigns the values of one Assign (already evaluated). Checks the scope rule and the size
   * limits first, so a refused assignment changes nothing.
   * @throws StatesError
   */
  assign(values: JsonObject, site: StateErrorSite): void {
    const names = Object.keys(values);
    if (names.length === 0) return;
    const sizes = new Map<string, number>();
    let assignBytes = 0;
    for (const name of names) {
      if (this.inOuterScope(name)) {
        throw new StatesError(
          STATES_ERRORS.Runtime,
          `${statePrefix(site)} Cannot assign the variable '${name}': it belongs to an outer scope (a Parallel branch or Map iteration cannot change the variables of the state machine around it; pass values out through the state output).`,
        );
      }
      const size = jsonByteSize(values[name]);
      if (size > MAX_VARIABLE_BYTES) throw tooLarge(site, `the variable '${name}' would hold ${size} bytes; the limit is ${MAX_VARIABLE_BYTES} bytes (256 KiB) per variable`);
      sizes.set(name, size);
      assignBytes += size;
    }
    if (assignBytes > MAX_ASSIGN_BYTES) throw tooLarge(site, `the Assign field holds ${assignBytes} bytes of values; the limit is ${MAX_ASSIGN_BYTES} bytes (256 KiB) per Assign`);
    let total = this.totalBytes();
    for (const [name, size] of sizes) total += size - (this.ownBytes?.get(name) ?? 0);
    if (total > MAX_TOTAL_VARIABLE_BYTES) throw tooLarge(site, `the execution's variables would hold ${total} bytes; the limit is ${MAX_TOTAL_VARIABLE_BYTES} bytes (10 MiB)`);
    const next: JsonObject = {};
    if (this.own) for (const key of Object.keys(this.own)) setOwn(next, key, this.own[key] as JsonValue);
    for (const name of names) setOwn(next, name, values[name] as JsonValue);
    this.own = next;
    this.ownBytes ??= new Map();
    for (const [name, size] of sizes) this.ownBytes.set(name, size);
    this.flat = undefined;
  }
}

function tooLarge(site: StateErrorSite, why: string): StatesError {
  return new StatesError(STATES_ERRORS.DataLimitExceeded, `${statePrefix(site)} The state/task '${site.stateName}' assigned variables exceeding the maximum number of bytes service limit: ${why}.`);
}
