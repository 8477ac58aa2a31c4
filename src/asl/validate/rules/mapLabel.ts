/**
 * Map Label (seed L5393–L5412): at most 40 characters, unique within the state machine
 * definition, and none of: whitespace, ? *, < > { } [ ], : ; , \ | ^ ~ $ # % &, the backtick,
 * ", or control characters U+0000–U+001F and U+007F–U+009F.
 */
import { getOwn } from "../../json";
import { quote } from "../context";
import type { StateInfo } from "../model";
import type { Rule } from "./rule";

export const MAX_LABEL_LENGTH = 40;
const FORBIDDEN = /[\s?*<>{}[\]:;,\\|^~$#%&`"\u0000-\u001f\u007f-\u009f]/u;

export const mapLabel: Rule = {
  id: "mapLabel",
  document(index, ctx) {
    const seen = new Map<string, StateInfo>();
    for (const state of index.states) {
      if (state.type !== "Map") continue;
      const label = getOwn(state.node, "Label");
      if (typeof label !== "string") continue;
      const pointer = `${state.pointer}/Label`;
      const where = `State ${quote(state.name)}: Label ${quote(label)}`;
      const length = [...label].length;
      if (length > MAX_LABEL_LENGTH) {
        ctx.report({ code: "INVALID_MAP_LABEL", pointer, state, message: `${where} has ${length} characters; a Map label has at most ${MAX_LABEL_LENGTH} (seed L5405).` });
      }
      const bad = FORBIDDEN.exec(label);
      if (bad) {
        const shown = /\s/.test(bad[0]) ? "a space" : /[\u0000-\u001f\u007f-\u009f]/.test(bad[0]) ? "a control character" : quote(bad[0]);
        ctx.report({
          code: "INVALID_MAP_LABEL",
          pointer,
          state,
          message: `${where} contains ${shown}; labels cannot contain whitespace, ? * < > { } [ ] : ; , \\ | ^ ~ $ # % & \` " or control characters (seed L5405–L5412).`,
        });
      }
      const earlier = seen.get(label);
      if (earlier) {
        ctx.report({ code: "INVALID_MAP_LABEL", pointer, state, message: `${where} is already the label of Map ${quote(earlier.name)}; labels must be unique in the definition (seed L5405).` });
      } else {
        seen.set(label, state);
      }
    }
  },
};
