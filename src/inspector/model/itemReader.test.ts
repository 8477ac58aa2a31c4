import { describe, expect, it } from "vitest";
import { formatHeaderList, parseHeaderList, readItemSource, readReaderFormat, setCsvHeaderLocation, setItemSource, setReaderFormat } from "./itemReader";

const map = { Type: "Map", ItemsPath: "$.items", End: true };

describe("ItemReader", () => {
  it("sets an S3 object source (replacing ItemsPath), an S3 listing, and clears it", () => {
    const object = setItemSource(map, "getObject");
    expect(object).toEqual({ Type: "Map", End: true, ItemReader: { Resource: "arn:aws:states:::s3:getObject", ReaderConfig: { InputType: "JSON" }, Parameters: { Bucket: "amzn-s3-demo-bucket", Key: "items.json" } } });
    expect(readItemSource(object)).toBe("getObject");
    const listing = setItemSource(object, "listObjectsV2");
    expect(listing.ItemReader).toEqual({ Resource: "arn:aws:states:::s3:listObjectsV2", Parameters: { Bucket: "amzn-s3-demo-bucket", Prefix: "" } });
    expect(readItemSource(listing)).toBe("listObjectsV2");
    expect(setItemSource(listing, "input")).toEqual({ Type: "Map", End: true });
    expect(readItemSource(map)).toBe("input");
  });
  it("sets the format; CSV gets a header location and loses it again", () => {
    const reader = { Resource: "arn:aws:states:::s3:getObject", ReaderConfig: { InputType: "JSON", MaxItems: 5 } };
    const csv = setReaderFormat(reader, "CSV");
    expect(csv.ReaderConfig).toEqual({ InputType: "CSV", MaxItems: 5, CSVHeaderLocation: "FIRST_ROW" });
    expect(readReaderFormat(csv)).toBe("CSV");
    const given = setCsvHeaderLocation(csv, "GIVEN");
    expect(given.ReaderConfig).toMatchObject({ CSVHeaderLocation: "GIVEN", CSVHeaders: ["column1", "column2"] });
    expect(setCsvHeaderLocation(given, "FIRST_ROW").ReaderConfig).toEqual({ InputType: "CSV", MaxItems: 5, CSVHeaderLocation: "FIRST_ROW" });
    expect(setReaderFormat(given, "MANIFEST").ReaderConfig).toEqual({ InputType: "MANIFEST", MaxItems: 5 });
    expect(setReaderFormat(reader, "JSONL").ReaderConfig).toEqual({ InputType: "JSONL", MaxItems: 5 });
  });
  it("edits CSV headers as a comma-separated list", () => {
    expect(parseHeaderList("userId, movieId ,rating,,")).toEqual(["userId", "movieId", "rating"]);
    expect(formatHeaderList(["a", "b"])).toBe("a, b");
  });
});
