/**
 * The template gallery: Blank plus workflows from the developer guide's examples and sample
 * projects (reference/workflow-studio-features.md §5), and one in today's JSONata style with
 * variables (issue 9), each ready to simulate: sample inputs,
 * per-state mocks, and the documented outcome of running the first input with those mocks
 * (checked by catalog.test.ts).
 */
import { blank } from "./items/blank";
import { callback } from "./items/callback";
import { choiceBranching } from "./items/choiceBranching";
import { distributedMapCsv } from "./items/distributedMapCsv";
import { helloWorld } from "./items/helloWorld";
import { inlineMap } from "./items/inlineMap";
import { jobPoller } from "./items/jobPoller";
import { jsonataVariables } from "./items/jsonataVariables";
import { lambdaOrchestration } from "./items/lambdaOrchestration";
import { nestedWorkflow } from "./items/nestedWorkflow";
import { parallel } from "./items/parallel";
import { retryCatch } from "./items/retryCatch";
import { taskTimer } from "./items/taskTimer";
import type { StudioTemplate } from "./types";

export const TEMPLATES: readonly StudioTemplate[] = [
  blank,
  helloWorld,
  choiceBranching,
  parallel,
  inlineMap,
  distributedMapCsv,
  retryCatch,
  callback,
  jobPoller,
  nestedWorkflow,
  lambdaOrchestration,
  taskTimer,
  jsonataVariables,
];

export function findTemplate(id: string): StudioTemplate | undefined {
  return TEMPLATES.find((template) => template.id === id);
}

export function searchTemplates(query: string): StudioTemplate[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...TEMPLATES];
  return TEMPLATES.filter((template) => {
    const haystack = `${template.title} ${template.description} ${template.services.join(" ")}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
