import { useContext, useId, useState } from "react";
import { helpDoc } from "../../asl/docs/fieldDocs";
import { DocPlaceContext } from "./DocPlaceContext";

/**
 * The ⓘ beside a field's label: what the field means in the guide's terms, its values and
 * default, and where the guide says so. Offline: the texts ship with the studio.
 */
export function FieldHelpButton({ field, expanded, onToggle, panelId }: { field: string; expanded: boolean; onToggle: () => void; panelId: string }) {
  const place = useContext(DocPlaceContext);
  if (!helpDoc(field, place)) return null;
  return (
    <button type="button" className="field-info" aria-expanded={expanded} aria-controls={panelId} aria-label={`About ${field}`} title={`About ${field}`} onClick={onToggle}>
      i
    </button>
  );
}

export function FieldHelpPanel({ field, id }: { field: string; id: string }) {
  const place = useContext(DocPlaceContext);
  const doc = helpDoc(field, place);
  if (!doc) return null;
  return (
    <div className="field-doc" id={id} role="note">
      <p>{doc.text}</p>
      {doc.values && (
        <p>
          <strong>Values:</strong> {doc.values}
          {doc.defaultValue && (
            <>
              {" "}
              · <strong>Default:</strong> {doc.defaultValue}
            </>
          )}
        </p>
      )}
      <p className="field-doc-cite">Developer guide: {doc.cite}</p>
    </div>
  );
}

export function useFieldHelp(): { expanded: boolean; toggle: () => void; panelId: string } {
  const [expanded, setExpanded] = useState(false);
  const panelId = useId();
  return { expanded, toggle: () => setExpanded((e) => !e), panelId };
}
