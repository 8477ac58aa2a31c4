/**
 * ASL Studio as a library: mount it in any element, or render it as a React component.
 * The stylesheet ships beside this file (asl-studio.css): include it once per page.
 */
// The studio's base styles; the library build scopes their page-wide rules to `.studio`.
import "../app/styles.css";

export { mountAslStudio, type MountedStudio } from "./mountAslStudio";
export { AslStudio, type AslStudioHandle, type AslStudioOptions, type ChangeDetail } from "./AslStudio";
export type { StudioApi } from "./createStudioApi";
export type { StudioFeatures, Mode, Theme } from "../store/createStudioStore";
export type { Diagnostic } from "../asl/diagnostics";
export type { JsonValue } from "../asl/json";
export { PROTOCOL, PROTOCOL_VERSION, type HostMessage, type StudioMessage } from "./iframeProtocol";
