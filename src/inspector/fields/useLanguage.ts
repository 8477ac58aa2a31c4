import { useMemo } from "react";
import { useStudio } from "../../store/StudioContext";
import { languageAt, type LanguageInForce, type QueryLanguageMode } from "../model/queryLanguage";

/** The query language in force for the state at `pointer` (its own, its parent's, the machine's). */
export function useLanguageInfo(pointer: string): LanguageInForce {
  const definition = useStudio((s) => s.definition);
  return useMemo(() => languageAt(definition, pointer), [definition, pointer]);
}

export function useLanguage(pointer: string): QueryLanguageMode {
  return useLanguageInfo(pointer).language;
}
