/**
 * A distributed Map's item source (seed L6563–L7005): none (a JSON array in the state input), an
 * S3 object read with `s3:getObject` in a format (CSV, JSON, JSON Lines, S3 inventory manifest),
 * or an S3 listing with `s3:listObjectsV2`; CSV header options and MaxItems.
 */
import { getOwn, type JsonObject, type JsonValue } from "../../asl/json";
import { arrayAt, objectAt, setKey } from "./objects";

export type ItemSource = "input" | "getObject" | "listObjectsV2";
export type ReaderFormat = "CSV" | "JSON" | "JSONL" | "MANIFEST";
export type CsvHeaderLocation = "FIRST_ROW" | "GIVEN";

export const GET_OBJECT = "arn:aws:states:::s3:getObject";
export const LIST_OBJECTS = "arn:aws:states:::s3:listObjectsV2";

export const FORMAT_LABELS: Record<ReaderFormat, string> = {
  CSV: "CSV file",
  JSON: "JSON file (an array)",
  JSONL: "JSON Lines file",
  MANIFEST: "S3 inventory manifest",
};

export function readItemSource(state: JsonObject): ItemSource {
  const reader = getOwn(state, "ItemReader");
  if (reader === undefined) return "input";
  const resource = getOwn(objectAt(state, "ItemReader"), "Resource");
  return typeof resource === "string" && resource.endsWith(":listObjectsV2") ? "listObjectsV2" : "getObject";
}

/** Sets where the items come from, with placeholder bucket and key to replace. */
export function setItemSource(state: JsonObject, source: ItemSource): JsonObject {
  if (readItemSource(state) === source && (source === "input") === (getOwn(state, "ItemReader") === undefined)) return state;
  if (source === "input") return setKey(state, "ItemReader", undefined);
  const bucket = getOwn(objectAt(objectAt(state, "ItemReader"), "Parameters"), "Bucket");
  const Bucket: JsonValue = typeof bucket === "string" ? bucket : "amzn-s3-demo-bucket";
  const reader: JsonObject =
    source === "getObject"
      ? { Resource: GET_OBJECT, ReaderConfig: { InputType: "JSON" }, Parameters: { Bucket, Key: "items.json" } }
      : { Resource: LIST_OBJECTS, Parameters: { Bucket, Prefix: "" } };
  // A Map reading S3 takes its items from the reader, not from ItemsPath (seed L5333–L5338).
  return setKey(setKey(state, "ItemReader", reader), "ItemsPath", undefined);
}

export function readReaderFormat(reader: JsonObject): ReaderFormat | undefined {
  const type = getOwn(objectAt(reader, "ReaderConfig"), "InputType");
  return type === "CSV" || type === "JSON" || type === "JSONL" || type === "MANIFEST" ? type : undefined;
}

/** Sets ReaderConfig.InputType; CSV gets `CSVHeaderLocation: FIRST_ROW`, others lose the CSV options. */
export function setReaderFormat(reader: JsonObject, format: ReaderFormat): JsonObject {
  let config = setKey(objectAt(reader, "ReaderConfig"), "InputType", format);
  if (format === "CSV") {
    if (getOwn(config, "CSVHeaderLocation") === undefined) config = setKey(config, "CSVHeaderLocation", "FIRST_ROW");
  } else {
    config = setKey(setKey(setKey(config, "CSVHeaderLocation", undefined), "CSVHeaders", undefined), "CSVDelimiter", undefined);
  }
  return setKey(reader, "ReaderConfig", config);
}

/** FIRST_ROW reads the column names from the file; GIVEN takes them from CSVHeaders (seed L6610–L6647). */
export function setCsvHeaderLocation(reader: JsonObject, location: CsvHeaderLocation): JsonObject {
  let config = setKey(objectAt(reader, "ReaderConfig"), "CSVHeaderLocation", location);
  config = location === "GIVEN" ? setKey(config, "CSVHeaders", arrayAt(config, "CSVHeaders").length > 0 ? arrayAt(config, "CSVHeaders") : ["column1", "column2"]) : setKey(config, "CSVHeaders", undefined);
  return setKey(reader, "ReaderConfig", config);
}

/** "id, name ,price" → ["id", "name", "price"]. */
export function parseHeaderList(text: string): string[] {
  return text.split(",").map((h) => h.trim()).filter((h) => h !== "");
}

export function formatHeaderList(headers: readonly JsonValue[]): string {
  return headers.filter((h) => typeof h === "string").join(", ");
}
