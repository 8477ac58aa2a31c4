import { useId, useMemo } from "react";
import { DocPlaceContext } from "./fields/DocPlaceContext";
import { getAtPointer, isJsonObject, parsePointer } from "../asl/json";
import { isStateType } from "../asl/types";
import { useStudio } from "../store/StudioContext";
import { useLanguage } from "./fields/useLanguage";
import { InspectorTabs } from "./InspectorTabs";
import { StateLanguageSwitch } from "./language/LanguageSwitch";
import { bySeverity, diagnosticsAt } from "./model/diagnosticsAt";
import { tabsFor, type InspectorTab } from "./model/stateTabs";
import { sortProblemsByTab } from "./model/tabProblems";
import { StateProblems } from "./StateProblems";
import { ConfigurationTab } from "./tabs/ConfigurationTab";
import { DefinitionTab } from "./tabs/DefinitionTab";
import { ErrorHandlingTab } from "./tabs/ErrorHandlingTab";
import { InputTab } from "./tabs/InputTab";
import { OutputTab } from "./tabs/OutputTab";
import { VariablesTab } from "./tabs/VariablesTab";

/** One state's inspector: its name and type, problems, and Workflow Studio's tabs plus Definition. */
export function StateInspector({ pointer, tab, onTab, readOnly }: { pointer: string; tab: InspectorTab; onTab: (tab: InspectorTab) => void; readOnly: boolean }) {
  const state = useStudio((s) => getAtPointer(s.definition, pointer));
  const diagnostics = useStudio((s) => s.diagnostics);
  const idBase = useId();
  const segments = parsePointer(pointer);
  const name = segments[segments.length - 1] ?? "";
  const nested = segments.length > 2;
  const rawType = isJsonObject(state) ? state.Type : undefined;
  const type = isStateType(rawType) ? rawType : undefined;
  const language = useLanguage(pointer);
  const tabs = tabsFor(type, language);
  const active = tabs.includes(tab) ? tab : "configuration";
  const { counts, general } = useMemo(() => sortProblemsByTab(bySeverity(diagnosticsAt(diagnostics, pointer)), pointer, type), [diagnostics, pointer, type]);
  return (
    <DocPlaceContext.Provider value={type}>
    <div className="state-inspector" data-testid="state-inspector" data-state-name={name}>
      <div className="inspector-heading">
        <h3 className="inspector-title" title={name}>
          {name}
        </h3>
        <span className="type-badge" data-type={type ?? "unknown"}>
          {type ?? "Unknown"} state
        </span>
      </div>
      <StateProblems diagnostics={general} />
      {type !== undefined && <StateLanguageSwitch key={pointer} pointer={pointer} readOnly={readOnly} />}
      <InspectorTabs idBase={idBase} tabs={tabs} active={active} problems={counts} onSelect={onTab} language={language} />
      <div className="inspector-panel" role="tabpanel" id={`${idBase}-panel`} aria-labelledby={`${idBase}-tab-${active}`}>
        {active === "definition" ? (
          <DefinitionTab pointer={pointer} name={name} />
        ) : (
          <fieldset className="inspector-form" disabled={readOnly}>
            {active === "configuration" && <ConfigurationTab pointer={pointer} name={name} type={type} nested={nested} language={language} />}
            {active === "input" && <InputTab pointer={pointer} type={type} language={language} />}
            {active === "output" && <OutputTab pointer={pointer} type={type} language={language} />}
            {active === "variables" && <VariablesTab pointer={pointer} language={language} />}
            {active === "errors" && <ErrorHandlingTab pointer={pointer} name={name} type={type} language={language} />}
          </fieldset>
        )}
      </div>
    </div>
    </DocPlaceContext.Provider>
  );
}
