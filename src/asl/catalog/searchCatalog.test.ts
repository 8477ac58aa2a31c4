import { describe, expect, it } from "vitest";
import { CATALOG } from "./catalog";
import { searchCatalog } from "./searchCatalog";

const ids = (query: string) => searchCatalog(query).map((item) => item.id);

describe("searchCatalog", () => {
  it("matches labels, ids and keywords across all tabs, case-insensitively", () => {
    expect(ids("AWS Lambda Invoke")).toContain("lambda:invoke");
    expect(ids("sqs send")).toEqual(["sqs:sendMessage", "pattern:callback"]);
    expect(ids("DYNAMODB:GETITEM")).toEqual(["dynamodb:getItem"]);
    expect(ids("wait")).toEqual(expect.arrayContaining(["Wait", "pattern:poll-until-done", "pattern:callback"]));
    expect(ids("loop")).toEqual(expect.arrayContaining(["Map", "pattern:poll-until-done"]));
  });

  it("matches descriptions", () => {
    expect(ids("third-party")).toContain("http:invoke");
    expect(ids("task token")).toContain("pattern:callback");
  });

  it("returns everything for an empty query and nothing for nonsense", () => {
    expect(searchCatalog("   ")).toHaveLength(CATALOG.length);
    expect(ids("zzzz-nothing")).toEqual([]);
    expect(ids("<img src=x onerror=alert(1)>")).toEqual([]);
  });
});
