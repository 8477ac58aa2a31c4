import type { TextFormat } from "../asl/parse/types";
import type { StudioState } from "../store/createStudioStore";
import { toInfrastructureTemplate, type InfrastructureFlavor } from "./infrastructure";

/** The CloudFormation/SAM template for the document and its Config-mode settings. */
export function infrastructureText(state: StudioState, flavor: InfrastructureFlavor, format: TextFormat): string {
  if (state.definition === undefined) throw new Error("There is no definition to export yet.");
  return toInfrastructureTemplate(state.definition, state.config, { flavor, format });
}
