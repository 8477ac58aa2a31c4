import { appendPointer, getOwn, isJsonObject, type JsonObject } from "../../asl/json";
import { DocPlaceContext } from "../fields/DocPlaceContext";
import { Field } from "../fields/Field";
import { RadioGroup } from "../fields/RadioGroup";
import { TextField } from "../fields/TextField";
import { useApplyEdit } from "../fields/useApplyEdit";
import { useDocValue } from "../fields/useDocValue";
import { ValueOrPathField } from "../fields/ValueOrPathField";
import { editObjectAt } from "../model/editAt";
import { FORMAT_LABELS, readItemSource, readReaderFormat, setCsvHeaderLocation, setItemSource, setReaderFormat, type CsvHeaderLocation, type ItemSource, type ReaderFormat } from "../model/itemReader";
import { objectAt } from "../model/objects";
import { CsvHeadersField } from "./CsvHeadersField";

/** Where a distributed Map reads its items (seed L6563–L7005). */
export function ItemReaderFields({ pointer }: { pointer: string }) {
  const state = useDocValue(pointer);
  const apply = useApplyEdit();
  const node: JsonObject = isJsonObject(state) ? state : {};
  const source = readItemSource(node);
  const readerPointer = appendPointer(pointer, "ItemReader");
  const reader = objectAt(node, "ItemReader");
  const format = readReaderFormat(reader);
  const config = objectAt(reader, "ReaderConfig");
  const headerLocation = getOwn(config, "CSVHeaderLocation");
  const parametersPointer = appendPointer(readerPointer, "Parameters");
  const editReader = (transform: (r: JsonObject) => JsonObject) => apply(editObjectAt(readerPointer, transform));
  return (
    <DocPlaceContext.Provider value="ItemReader">
      <Field label="Item source" asl="ItemReader" pointer={readerPointer} exact>
        {(control) => (
          <select {...control} className="field-input" value={source} onChange={(e) => apply(editObjectAt(pointer, (s) => setItemSource(s, e.target.value as ItemSource)))}>
            <option value="input">JSON array from the state input</option>
            <option value="getObject">A file in Amazon S3 (s3:getObject)</option>
            <option value="listObjectsV2">The objects under an S3 prefix (s3:listObjectsV2)</option>
          </select>
        )}
      </Field>
      {source !== "input" && (
        <div className="subfields">
          {source === "getObject" && (
            <Field label="File format" asl="InputType" pointer={appendPointer(readerPointer, "ReaderConfig")} exact>
              {(control) => (
                <select {...control} className="field-input" value={format ?? ""} onChange={(e) => editReader((r) => setReaderFormat(r, e.target.value as ReaderFormat))}>
                  {format === undefined && <option value="">Choose a format…</option>}
                  {(Object.keys(FORMAT_LABELS) as ReaderFormat[]).map((f) => (
                    <option key={f} value={f}>
                      {FORMAT_LABELS[f]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          <TextField pointer={appendPointer(parametersPointer, "Bucket")} whenEmpty="keep" mono label="Bucket" asl="Bucket" />
          {source === "getObject" ? (
            <TextField pointer={appendPointer(parametersPointer, "Key")} whenEmpty="keep" mono label="Key" asl="Key" />
          ) : (
            <TextField pointer={appendPointer(parametersPointer, "Prefix")} whenEmpty="keep" mono label="Prefix" asl="Prefix" />
          )}
          {format === "CSV" && (
            <>
              <RadioGroup<CsvHeaderLocation>
                legend="CSV header location"
                doc="CSVHeaderLocation"
                value={headerLocation === "GIVEN" ? "GIVEN" : headerLocation === "FIRST_ROW" ? "FIRST_ROW" : undefined}
                options={[
                  { value: "FIRST_ROW", label: "First row of the file", hint: "FIRST_ROW" },
                  { value: "GIVEN", label: "Given here", hint: "GIVEN" },
                ]}
                onChange={(location) => editReader((r) => setCsvHeaderLocation(r, location))}
              />
              {headerLocation === "GIVEN" && <CsvHeadersField pointer={appendPointer(readerPointer, "ReaderConfig", "CSVHeaders")} />}
            </>
          )}
          <ValueOrPathField pointer={appendPointer(readerPointer, "ReaderConfig")} create field="MaxItems" label="Maximum items" help="Reads at most this many items (after any header row)." valueKind="number" rule={{ integer: true, min: 1, max: 100000000 }} pathKind="reference" initial={{ value: 100, path: "$.maxItems" }} noneLabel="All items" valueLabel="Number" />
        </div>
      )}
    </DocPlaceContext.Provider>
  );
}
