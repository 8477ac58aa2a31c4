import type { StudioTemplate } from "../types";

const CSV = 'abc,123,"This string contains commas, a double quote (""), and a newline (\n)",{""MyKey"":""MyValue""},"[1,2,3]"\n';

export const distributedMapCsv: StudioTemplate = {
  id: "distributed-map-csv",
  title: "Distributed Map over a CSV file",
  description: "A distributed Map reads a CSV file from Amazon S3 row by row (headers given in the definition) and converts each row's columns to numbers, objects and arrays with intrinsic functions.",
  source: "Parse an input CSV file (seed L7602–L7650; data L7591, output L7653)",
  services: ["S3"],
  workflowType: "STANDARD",
  name: "DistributedMapCsv",
  definition: {
    StartAt: "Map",
    States: {
      Map: {
        Type: "Map",
        ItemProcessor: {
          ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" },
          StartAt: "Pass",
          States: { Pass: { Type: "Pass", End: true } },
        },
        End: true,
        Label: "Map",
        MaxConcurrency: 1000,
        ItemReader: {
          Resource: "arn:aws:states:::s3:getObject",
          ReaderConfig: { InputType: "CSV", CSVHeaderLocation: "GIVEN", CSVHeaders: ["MyLetters", "MyNumbers", "MyString", "MyObject", "MyArray"] },
          Parameters: { Bucket: "my-bucket", Key: "myCSVInput.csv" },
        },
        ItemSelector: {
          "MyLetters.$": "$$.Map.Item.Value.MyLetters",
          "MyNumbers.$": "States.StringToJson($$.Map.Item.Value.MyNumbers)",
          "MyString.$": "$$.Map.Item.Value.MyString",
          "MyObject.$": "States.StringToJson($$.Map.Item.Value.MyObject)",
          "MyArray.$": "States.StringToJson($$.Map.Item.Value.MyArray)",
        },
      },
    },
  },
  sampleInputs: [{ name: "Empty input (rows come from S3)", input: {} }],
  mocks: { Map: { itemReader: CSV } },
  expected: {
    status: "SUCCEEDED",
    output: [{ MyLetters: "abc", MyNumbers: 123, MyString: 'This string contains commas, a double quote ("), and a newline (\n)', MyObject: { MyKey: "MyValue" }, MyArray: [1, 2, 3] }],
    visits: ["Map", "Pass"],
  },
};
