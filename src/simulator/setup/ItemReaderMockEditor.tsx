import { useState } from "react";
import type { StateMock } from "../../asl/mocks/types";
import { parseJsonText } from "../model/parseJsonText";

/** A Map's ItemReader data: a JSON array of items, or the file's text (CSV, JSON, JSONL) as the reader would fetch it from S3. */
export function ItemReaderMockEditor({ stateName, mock, onChange }: { stateName: string; mock: StateMock | undefined; onChange: (mock: StateMock | undefined) => void }) {
  const stored = mock && "itemReader" in mock ? mock.itemReader : undefined;
  const [text, setText] = useState(() => (stored === undefined ? "" : typeof stored === "string" ? stored : JSON.stringify(stored, null, 2)));
  return (
    <div className="mock-editor" data-testid="mock-editor" data-state-name={stateName}>
      <label className="sim-inline-field is-stacked">
        <span>Item reader data (a JSON array, or CSV / JSON / JSONL text)</span>
        <textarea
          className="sim-textarea"
          rows={5}
          value={text}
          spellCheck={false}
          aria-label={`Item reader data of ${stateName}`}
          onChange={(e) => {
            setText(e.target.value);
            if (e.target.value.trim() === "") return onChange(undefined);
            const parsed = parseJsonText(e.target.value);
            onChange({ itemReader: parsed.ok && Array.isArray(parsed.value) ? parsed.value : e.target.value });
          }}
        />
      </label>
    </div>
  );
}
