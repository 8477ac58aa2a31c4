import { setAt } from "../model/editAt";
import { formatHeaderList, parseHeaderList } from "../model/itemReader";
import { Field } from "../fields/Field";
import { useApplyEdit } from "../fields/useApplyEdit";
import { useDocValue } from "../fields/useDocValue";
import { useDraft } from "../fields/useDraft";

/** ReaderConfig.CSVHeaders, edited as a comma-separated list. */
export function CsvHeadersField({ pointer }: { pointer: string }) {
  const value = useDocValue(pointer);
  const apply = useApplyEdit();
  const [draft, setDraft] = useDraft(
    value,
    (v) => (Array.isArray(v) ? formatHeaderList(v) : ""),
    (text, v) => Array.isArray(v) && JSON.stringify(parseHeaderList(text)) === JSON.stringify(v),
  );
  const localError = parseHeaderList(draft).length === 0 ? "Enter the column names, separated by commas." : undefined;
  return (
    <Field label="Column names" asl="CSVHeaders" pointer={pointer} localError={localError} help="Separated by commas, e.g. userId, movieId, rating.">
      {(control) => (
        <input
          {...control}
          className="field-input is-mono"
          type="text"
          spellCheck={false}
          value={draft}
          onChange={(e) => {
            setDraft(e.target.value);
            const headers = parseHeaderList(e.target.value);
            if (headers.length > 0) apply(setAt(pointer, headers), pointer);
          }}
        />
      )}
    </Field>
  );
}
