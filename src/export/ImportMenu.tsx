import { useRef } from "react";
import { IMPORT_ACCEPT, useImporter } from "./ImportProvider";
import { useRegisterCommands } from "../commands/CommandRegistry";
import { MenuButton } from "./ui/MenuButton";

/** Import: a file (picker), or pasted text. Dropping a file anywhere on the studio also works. */
export function ImportMenu() {
  const importer = useImporter();
  const input = useRef<HTMLInputElement>(null);
  useRegisterCommands([
    { id: "import.file", label: "Open a file…", group: "Import", run: () => input.current?.click() },
    { id: "import.paste", label: "Paste a definition…", group: "Import", run: () => importer.openPasteDialog() },
  ]);
  return (
    <>
      <MenuButton
        label="Import"
        testId="import-menu"
        icon={
          <svg width="15" height="15" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round">
            <path d="M8 10V2M5 7l3 3 3-3M3 10v3h10v-3" />
          </svg>
        }
        sections={[
          {
            items: [
              { id: "import-file", label: "Open file…", hint: ".json .yaml .asl.json", onSelect: () => input.current?.click() },
              { id: "import-paste", label: "Paste definition…", onSelect: () => importer.openPasteDialog() },
            ],
          },
        ]}
        footer={<p className="menu-footnote">Or drop a file onto the studio. CloudFormation and SAM templates work too.</p>}
      />
      <input
        ref={input}
        type="file"
        accept={IMPORT_ACCEPT}
        hidden
        data-testid="import-file-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = "";
          if (file) void importer.importFile(file);
        }}
      />
    </>
  );
}
