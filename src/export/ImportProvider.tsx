import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { useStudioShell } from "../embed/StudioShell";
import { definitionContent, machineContent } from "./importDocument";
import { MAX_IMPORT_BYTES } from "./importLimits";
import type { ImportedMachine, SkippedMachine } from "./importText";
import { MachineChooserDialog } from "./MachineChooserDialog";
import { PasteDialog } from "./PasteDialog";

export interface Importer {
  importFile: (file: File) => Promise<void>;
  importText: (text: string, fileName?: string) => Promise<void>;
  openPasteDialog: (text?: string) => void;
}

const ImportContext = createContext<Importer | null>(null);

export const IMPORT_ACCEPT = ".json,.yaml,.yml,.asl.json,.asl.yaml,.template,application/json,application/yaml,text/yaml";

/** One importer per studio: file picker, drop, paste, and the "which state machine?" question. */
export function ImportProvider({ children }: { children: ReactNode }) {
  const { openDocument, notify } = useStudioShell();
  const [choice, setChoice] = useState<{ machines: ImportedMachine[]; skipped: SkippedMachine[]; source: string }>();
  const [paste, setPaste] = useState<{ text: string }>();

  const openMachine = useCallback(
    async (machine: ImportedMachine, source: string) => {
      await openDocument(machineContent(machine));
      notify("success", `Opened ${machine.logicalId} from ${source}.`);
      for (const note of machine.notes) notify("info", note);
    },
    [openDocument, notify],
  );

  const readText = useCallback(
    async (text: string, fileName?: string) => {
      const source = fileName ?? "the pasted text";
      // The reader (CloudFormation/SAM templates included) loads on the first import.
      const { importText } = await import("./importText");
      const outcome = importText(text, fileName);
      switch (outcome.kind) {
        case "error":
          notify("error", outcome.message);
          return;
        case "definition":
          await openDocument(definitionContent(outcome.text, outcome.format, outcome.name ?? "Imported"));
          notify("success", `Opened ${source}.`);
          return;
        case "template":
          if (outcome.machines.length === 1 && outcome.machines[0]) await openMachine(outcome.machines[0], source);
          else setChoice({ ...outcome, source });
      }
    },
    [openDocument, notify, openMachine],
  );

  const importer = useMemo<Importer>(
    () => ({
      importText: readText,
      importFile: async (file) => {
        if (file.size > MAX_IMPORT_BYTES) {
          notify("error", `${file.name} is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; a state machine definition is at most 1 MB.`);
          return;
        }
        let text: string;
        try {
          text = await file.text();
        } catch {
          notify("error", `${file.name} could not be read.`);
          return;
        }
        await readText(text, file.name);
      },
      openPasteDialog: (text = "") => setPaste({ text }),
    }),
    [readText, notify],
  );

  return (
    <ImportContext.Provider value={importer}>
      {children}
      {choice && (
        <MachineChooserDialog
          machines={choice.machines}
          skipped={choice.skipped}
          source={choice.source}
          onClose={() => setChoice(undefined)}
          onChoose={(machine) => {
            const source = choice.source;
            setChoice(undefined);
            void openMachine(machine, source);
          }}
        />
      )}
      {paste && (
        <PasteDialog
          initialText={paste.text}
          onClose={() => setPaste(undefined)}
          onOpen={(text) => {
            setPaste(undefined);
            void readText(text);
          }}
        />
      )}
    </ImportContext.Provider>
  );
}

export function useImporter(): Importer {
  const importer = useContext(ImportContext);
  if (!importer) throw new Error("useImporter must be used inside <ImportProvider>");
  return importer;
}

/** Text that looks like something to import: an ASL definition or a CloudFormation/SAM template. */
export function looksImportable(text: string): boolean {
  return text.length < MAX_IMPORT_BYTES && /"?(StartAt|States|Resources|AWSTemplateFormatVersion)"?\s*:/.test(text);
}
