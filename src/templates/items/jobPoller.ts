import type { StudioTemplate } from "../types";

export const jobPoller: StudioTemplate = {
  id: "job-poller",
  title: "Job poller loop",
  description: "Submit a job, then loop: wait, check its status, and go round again until it succeeds or fails. The mock reports RUNNING twice before SUCCEEDED, so the run goes round the loop three times.",
  source: "Sample project: job poller (Lambda, AWS Batch) (seed L32219–L32250, definition L32349–L32406, input L32298)",
  services: ["Lambda", "Batch"],
  workflowType: "STANDARD",
  name: "JobStatusPoller",
  definition: {
    Comment: "An example of the Amazon States Language that runs an AWS Batch job and monitors the job until it completes.",
    StartAt: "Submit Job",
    States: {
      "Submit Job": { Type: "Task", Resource: "arn:aws:lambda:us-east-1:111122223333:function:StepFunctionsSample-JobStatusPol-SubmitJobFunction-jDaYcl4cx55r", ResultPath: "$.guid", Next: "Wait X Seconds" },
      "Wait X Seconds": { Type: "Wait", SecondsPath: "$.wait_time", Next: "Get Job Status" },
      "Get Job Status": {
        Type: "Task",
        Resource: "arn:aws:lambda:us-east-1:111122223333:function:StepFunctionsSample-JobStatusPoll-CheckJobFunction-1JkJwY10vonI",
        Next: "Job Complete?",
        InputPath: "$.guid",
        ResultPath: "$.status",
      },
      "Job Complete?": {
        Type: "Choice",
        Choices: [
          { Variable: "$.status", StringEquals: "FAILED", Next: "Job Failed" },
          { Variable: "$.status", StringEquals: "SUCCEEDED", Next: "Get Final Job Status" },
        ],
        Default: "Wait X Seconds",
      },
      "Job Failed": { Type: "Fail", Cause: "AWS Batch Job Failed", Error: "DescribeJob returned FAILED" },
      // The guide prints this ARN as "arn:aws::lambda:…" (an empty region field); written here as the function it calls.
      "Get Final Job Status": { Type: "Task", Resource: "arn:aws:lambda:us-east-1:111122223333:function:StepFunctionsSample-JobStatusPoll-CheckJobFunction-1JkJwY10vonI", InputPath: "$.guid", End: true },
    },
  },
  sampleInputs: [
    {
      name: "Batch job",
      input: {
        jobName: "my-job",
        jobDefinition: "arn:aws:batch:us-east-2:123456789012:job-definition/SampleJobDefinition-343f54b445d5312:1",
        jobQueue: "arn:aws:batch:us-east-2:123456789012:job-queue/SampleJobQueue-4d9d696031e1449",
        wait_time: 60,
      },
    },
  ],
  mocks: {
    "Submit Job": { result: { jobId: "c6ab3ad0-5f5e-4b39-a5b1-1c3e1a0d9f11" } },
    "Get Job Status": { sequence: [{ result: "RUNNING" }, { result: "RUNNING" }, { result: "SUCCEEDED" }] },
    "Get Final Job Status": { result: "SUCCEEDED" },
  },
  expected: { status: "SUCCEEDED", output: "SUCCEEDED", visits: ["Submit Job", "Wait X Seconds", "Get Job Status", "Job Complete?", "Get Final Job Status"] },
};
