/**
 * A TypeScript page using the standalone build (React inside: the page needs no React) through
 * the package's `asl-studio/standalone` entry. test/libraryPackage.test.ts type-checks it too.
 */
import { mountAslStudio, PROTOCOL, PROTOCOL_VERSION, type HostMessage, type Mode, type MountedStudio, type StudioApi, type StudioFeatures, type StudioMessage } from "asl-studio/standalone";
import "asl-studio/asl-studio.css";

const element = document.getElementById("studio");
if (element) {
  const studio: MountedStudio = mountAslStudio(element, {
    definition: "StartAt: Hello\nStates:\n  Hello:\n    Type: Pass\n    End: true\n",
    format: "yaml",
    features: { simulator: false },
    onChange: (definition, { valid }) => console.log("changed", valid, definition),
  });
  const api: StudioApi = studio;
  const features: Partial<StudioFeatures> = { export: false };
  const mode: Mode = "code";
  api.setFeatures(features);
  api.setMode(mode);
  studio.update({ readOnly: true });
  const stop = api.onChange((definition) => console.log(definition));
  console.log(api.validate().map((d) => `${d.severity} ${d.code} ${d.path}`), api.isValid());
  stop();
  studio.destroy();
}

// The iframe protocol's messages are typed too (for hosts of /embed.html).
export const validate: HostMessage = { protocol: PROTOCOL, version: PROTOCOL_VERSION, type: "validate", id: 1 };
export function isReady(message: StudioMessage): boolean {
  return message.type === "ready";
}

// @ts-expect-error: `update` takes studio options, and `colour` is none of them
export const wrongOption = (studio: MountedStudio) => studio.update({ colour: "red" });
