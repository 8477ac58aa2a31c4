/**
 * A simulated ItemReader (asl-semantics §2.9.3): the data the reader would fetch from S3 comes
 * from the Map state's mock (`{ "itemReader": … }`): an array of items, or text parsed per
 * ReaderConfig.InputType (CSV, JSON, JSONL, MANIFEST). Without mock data the reader fails with
 * States.ItemReaderFailed (DECISION). MaxItems / MaxItemsPath limit the count.
 */
import { isJsonObject, type JsonValue } from "../../json";
import { compilePath, evaluatePath } from "../../paths/evaluatePath";
import type { ItemReader } from "../../types";
import { itemReaderFailed, runtimeError } from "../errors/statesErrors";
import type { StageEnv } from "../io/env";
import { csvToItems, parseCsv } from "./csv";

export function readItems(reader: ItemReader, data: JsonValue | undefined, effective: JsonValue, env: StageEnv): JsonValue[] {
  if (data === undefined) {
    throw itemReaderFailed(`No data for the ItemReader (${reader.Resource}): give the Map state a mock { "itemReader": [...] } or CSV/JSON/JSONL text.`);
  }
  const config = reader.ReaderConfig ?? {};
  let items: JsonValue[];
  if (typeof data !== "string") {
    if (!Array.isArray(data)) throw itemReaderFailed("The ItemReader data must be a JSON array.");
    items = data;
  } else {
    const type = config.InputType ?? (reader.Resource.endsWith("listObjectsV2") ? "JSON" : "JSON");
    switch (type) {
      case "CSV":
      case "MANIFEST": {
        const rows = parseCsv(data, config.CSVDelimiter === "TAB" ? "\t" : config.CSVDelimiter === "SEMICOLON" ? ";" : config.CSVDelimiter === "PIPE" ? "|" : config.CSVDelimiter === "SPACE" ? " " : ",");
        if (type === "MANIFEST") {
          items = rows.map((row) => ({ Bucket: row[0] ?? "", Key: row[1] ?? "", Size: row[2] ?? "", LastModifiedDate: row[3] ?? "" }));
          break;
        }
        const headers = config.CSVHeaderLocation === "GIVEN" ? (config.CSVHeaders ?? []) : (rows.shift() ?? []);
        items = csvToItems(rows, headers);
        break;
      }
      case "JSONL":
        try {
          items = data.split(/\r?\n/).filter((line) => line.trim() !== "").map((line) => JSON.parse(line) as JsonValue);
        } catch (error) {
          throw itemReaderFailed(`The JSONL data is not valid: ${(error as Error).message}`);
        }
        break;
      default: {
        let parsed: JsonValue;
        try {
          parsed = JSON.parse(data) as JsonValue;
        } catch (error) {
          throw itemReaderFailed(`The JSON data is not valid: ${(error as Error).message}`);
        }
        if (!Array.isArray(parsed)) throw itemReaderFailed("The JSON file must contain an array.");
        items = parsed;
      }
    }
  }
  let max: number | undefined;
  if (typeof config.MaxItems === "number") max = config.MaxItems;
  else if (typeof config.MaxItemsPath === "string") {
    const value = evaluatePath(compilePath(config.MaxItemsPath), effective, env);
    if (typeof value !== "number" || !Number.isInteger(value) || value <= 0) {
      throw runtimeError(env, `The MaxItemsPath field refers to value ${JSON.stringify(value)} which is not a positive integer: ${config.MaxItemsPath}`);
    }
    max = value;
  }
  return max !== undefined ? items.slice(0, max) : items;
}

export function isItemReaderMock(value: unknown): value is { itemReader: JsonValue } {
  return isJsonObject(value as JsonValue) && Object.prototype.hasOwnProperty.call(value, "itemReader");
}
