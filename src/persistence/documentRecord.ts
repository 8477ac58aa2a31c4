/**
 * What is saved of a document, and how it is read back.
 *
 * Schema (versioned by `schema`; readers migrate older versions and refuse newer ones):
 * v1 = { schema: 1, id, text (as typed, even if it does not parse), format, mode, selection
 * (state pointers), config (Config mode), simulation (sample inputs, mocks), createdAt, updatedAt }.
 *
 * Stored data is read as untrusted (another version of the app, a hand-edited database, a share
 * link): every field is checked and anything unusable falls back to a default, never throws.
 */
import { isJsonObject, type JsonValue } from "../asl/json";
import type { StateMock } from "../asl/mocks/types";
import type { TextFormat } from "../asl/parse/types";
import type { WorkflowType } from "../asl/types";
import type { Mode, StudioState } from "../store/createStudioStore";
import { defaultSimulationData, type SampleInput, type SimulationData } from "../store/simulationData";
import { defaultConfig, type LogLevel, type StudioConfig } from "../store/studioConfig";

export const DOCUMENT_SCHEMA = 1;

export interface StoredDocument {
  schema: typeof DOCUMENT_SCHEMA;
  id: string;
  text: string;
  format: TextFormat;
  mode: Mode;
  selection: string[];
  config: StudioConfig;
  simulation: SimulationData;
  createdAt: number;
  updatedAt: number;
}

/** The parts of a document that can be opened: a stored one, a template, an import, a share link. */
export type DocumentContent = Pick<StoredDocument, "text" | "format" | "config" | "simulation"> & Partial<Pick<StoredDocument, "mode" | "selection">>;

export function newDocumentId(): string {
  const uuid = globalThis.crypto?.randomUUID?.();
  return uuid ?? `doc-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** The store's document as a record (called when saving, off the typing path). */
export function snapshotDocument(state: StudioState, id: string, createdAt: number, now = Date.now()): StoredDocument {
  return {
    schema: DOCUMENT_SCHEMA,
    id,
    text: state.text,
    format: state.format,
    mode: state.mode,
    selection: [...state.selection],
    config: state.config,
    simulation: state.simulation,
    createdAt,
    updatedAt: now,
  };
}

const MODES: readonly Mode[] = ["design", "code", "config"];
const LOG_LEVELS: readonly LogLevel[] = ["ALL", "ERROR", "FATAL", "OFF"];

const str = (value: unknown, fallback: string): string => (typeof value === "string" ? value : fallback);
const num = (value: unknown, fallback: number): number => (typeof value === "number" && Number.isFinite(value) ? value : fallback);

export function readFormat(value: unknown): TextFormat {
  return value === "yaml" ? "yaml" : "json";
}

export function readConfig(value: unknown, fallbackName = "MyStateMachine"): StudioConfig {
  const config = defaultConfig(fallbackName);
  if (!isJsonObject(value)) return config;
  if (typeof value.name === "string") config.name = value.name.slice(0, 200);
  config.type = (value.type === "EXPRESS" ? "EXPRESS" : "STANDARD") as WorkflowType;
  config.roleArn = str(value.roleArn, "");
  const logging = value.logging;
  if (isJsonObject(logging)) {
    config.logging = {
      level: LOG_LEVELS.includes(logging.level as LogLevel) ? (logging.level as LogLevel) : "OFF",
      includeExecutionData: logging.includeExecutionData === true,
      logGroupArn: str(logging.logGroupArn, ""),
    };
  }
  config.tracing = value.tracing === true;
  if (Array.isArray(value.tags)) {
    config.tags = value.tags.flatMap((tag) => (isJsonObject(tag) && typeof tag.key === "string" ? [{ key: tag.key, value: str(tag.value, "") }] : []));
  }
  return config;
}

function readMock(value: unknown): StateMock | undefined {
  if (!isJsonObject(value)) return undefined;
  if ("result" in value || "itemReader" in value) return value as unknown as StateMock;
  if (typeof value.error === "string") return value as unknown as StateMock;
  if (Array.isArray(value.sequence) && value.sequence.every((step) => isJsonObject(step) && ("result" in step || typeof step.error === "string"))) return value as unknown as StateMock;
  return undefined;
}

export function readSimulation(value: unknown): SimulationData {
  const fallback = defaultSimulationData();
  if (!isJsonObject(value)) return fallback;
  const inputs: SampleInput[] = Array.isArray(value.inputs)
    ? value.inputs.flatMap((input, i) => (isJsonObject(input) && typeof input.text === "string" ? [{ id: str(input.id, `input-${i + 1}`), name: str(input.name, `Input ${i + 1}`), text: input.text }] : []))
    : [];
  const simulation: SimulationData = inputs.length > 0 ? { inputs, activeInputId: inputs[0]?.id ?? "input-1", mocks: {} } : fallback;
  if (typeof value.activeInputId === "string" && simulation.inputs.some((input) => input.id === value.activeInputId)) simulation.activeInputId = value.activeInputId;
  if (isJsonObject(value.mocks)) {
    for (const [name, mock] of Object.entries(value.mocks)) {
      const read = readMock(mock);
      if (read) Object.defineProperty(simulation.mocks, name, { value: read, enumerable: true, writable: true, configurable: true });
    }
  }
  const mockConfig = value.mockConfig;
  if (isJsonObject(mockConfig) && isJsonObject(mockConfig.file) && isJsonObject(mockConfig.file.StateMachines) && isJsonObject(mockConfig.file.MockedResponses) && typeof mockConfig.testCase === "string") {
    simulation.mockConfig = {
      file: mockConfig.file as unknown as NonNullable<SimulationData["mockConfig"]>["file"],
      testCase: mockConfig.testCase,
      ...(typeof mockConfig.stateMachine === "string" ? { stateMachine: mockConfig.stateMachine } : {}),
    };
  }
  return simulation;
}

/** A stored value → a document, or undefined when it is not one (or from a newer schema). */
export function readStoredDocument(value: unknown): StoredDocument | undefined {
  if (!isJsonObject(value as JsonValue)) return undefined;
  const record = value as Record<string, unknown>;
  if (typeof record.id !== "string" || typeof record.text !== "string") return undefined;
  const schema = num(record.schema, 0);
  if (schema > DOCUMENT_SCHEMA) return undefined;
  const now = Date.now();
  return {
    schema: DOCUMENT_SCHEMA,
    id: record.id,
    text: record.text,
    format: readFormat(record.format),
    mode: MODES.includes(record.mode as Mode) ? (record.mode as Mode) : "design",
    selection: Array.isArray(record.selection) ? record.selection.filter((p): p is string => typeof p === "string").slice(0, 1000) : [],
    config: readConfig(record.config),
    simulation: readSimulation(record.simulation),
    createdAt: num(record.createdAt, now),
    updatedAt: num(record.updatedAt, now),
  };
}
