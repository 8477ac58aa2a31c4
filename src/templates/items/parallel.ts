import type { StudioTemplate } from "../types";

const applicant = {
  data: {
    firstname: "Jane",
    lastname: "Doe",
    identity: { email: "jdoe@example.com", ssn: "123-45-6789" },
    address: { street: "123 Main St", city: "Columbus", state: "OH", zip: "43219" },
    interests: [
      { category: "home", type: "own", yearBuilt: 2004 },
      { category: "boat", type: "snowmobile", yearBuilt: 2020 },
      { category: "auto", type: "RV", yearBuilt: 2015 },
    ],
  },
};

export const parallel: StudioTemplate = {
  id: "parallel",
  title: "Parallel verification",
  description: "A Parallel state checks an applicant's identity and address at the same time with two Lambda functions; the output is the array of both results.",
  source: "InputPath, ResultPath and OutputPath example (seed L6441–L6482; input L6487)",
  services: ["Lambda"],
  workflowType: "STANDARD",
  name: "VerifyApplicant",
  definition: {
    Comment: "Sample state machine to verify an applicant's ID and address",
    StartAt: "Verify info",
    States: {
      "Verify info": {
        Type: "Parallel",
        End: true,
        Branches: [
          {
            StartAt: "Verify identity",
            States: {
              "Verify identity": {
                Type: "Task",
                Resource: "arn:aws:states:::lambda:invoke",
                Parameters: { "Payload.$": "$", FunctionName: "arn:aws:lambda:us-east-2:111122223333:function:check-identity:$LATEST" },
                End: true,
              },
            },
          },
          {
            StartAt: "Verify address",
            States: {
              "Verify address": {
                Type: "Task",
                Resource: "arn:aws:states:::lambda:invoke",
                Parameters: { "Payload.$": "$", FunctionName: "arn:aws:lambda:us-east-2:111122223333:function:check-address:$LATEST" },
                End: true,
              },
            },
          },
        ],
      },
    },
  },
  sampleInputs: [{ name: "Applicant", input: applicant }],
  mocks: {
    "Verify identity": { result: { StatusCode: 200, Payload: { statusCode: 200, body: "Identity verified" } } },
    "Verify address": { result: { StatusCode: 200, Payload: { statusCode: 200, body: "Address verified" } } },
  },
  expected: {
    status: "SUCCEEDED",
    output: [
      { StatusCode: 200, Payload: { statusCode: 200, body: "Identity verified" } },
      { StatusCode: 200, Payload: { statusCode: 200, body: "Address verified" } },
    ],
    visits: ["Verify info", "Verify identity", "Verify address"],
  },
};
