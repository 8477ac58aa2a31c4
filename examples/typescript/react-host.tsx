/**
 * A React + TypeScript portal using the package (`npm run build:lib`, then `npm pack` and install
 * the tarball): the React build, which uses the portal's own React. test/libraryPackage.test.ts
 * type-checks this file against a fresh build, so a name or type it relies on cannot go missing.
 */
import { useRef, useState, type ReactElement } from "react";
import { createRoot } from "react-dom/client";
import { AslStudio, type AslStudioHandle, type AslStudioOptions, type ChangeDetail, type Diagnostic, type JsonValue, type Theme } from "asl-studio";
import "asl-studio/asl-studio.css";

const HELLO: JsonValue = { StartAt: "Hello", States: { Hello: { Type: "Pass", End: true } } };

function Workflow({ canEdit }: { canEdit: boolean }): ReactElement {
  const studio = useRef<AslStudioHandle>(null);
  const [machine, setMachine] = useState<JsonValue | undefined>(HELLO);
  const [problems, setProblems] = useState<Diagnostic[]>([]);
  const [theme, setTheme] = useState<Theme>("light");
  const onSave = (definition: JsonValue | undefined, detail: ChangeDetail): void => {
    if (detail.valid) console.log("save", detail.format, detail.text.length, definition);
  };
  const runIt = async (): Promise<void> => {
    const result = await studio.current?.run({ x: 1 });
    console.log(result?.status, result?.output, studio.current?.getText());
  };
  const options: AslStudioOptions = { features: { simulator: true, share: false }, mode: "design" };
  return (
    <div style={{ height: 640 }}>
      <button type="button" onClick={() => setTheme(theme === "light" ? "dark" : "light")}>
        Theme
      </button>
      <button type="button" onClick={() => void runIt()}>
        Run ({problems.length} problems)
      </button>
      <AslStudio
        {...options}
        ref={studio}
        definition={machine}
        theme={theme}
        readOnly={!canEdit}
        onChange={setMachine}
        onValidate={setProblems}
        onSave={onSave}
      />
    </div>
  );
}

const root = document.getElementById("root");
if (root) createRoot(root).render(<Workflow canEdit />);

// The declarations are real types, not `any`: each line below must be refused.
// @ts-expect-error: not a theme
export const notATheme: Theme = "sepia";
// @ts-expect-error: the formats are JSON and YAML
export const notAFormat: AslStudioOptions = { definition: "<xml/>", format: "xml" };
// @ts-expect-error: the handle has no such method
export const notAMethod = (handle: AslStudioHandle) => handle.launch();
