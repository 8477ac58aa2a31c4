import { describe, expect, it } from "vitest";
import { AWS_SDK_SERVICES } from "../../catalog/awsSdkServices";
import { OPTIMIZED_INTEGRATIONS } from "../../catalog/optimizedIntegrations";
import { PATTERN_SUFFIX } from "../../catalog/types";
import { integrationProblem } from "./integrationCatalog";
import { classifyResource } from "./resourceArn";

function problemOf(resource: string) {
  const info = classifyResource(resource);
  if (!info.ok) throw new Error(`${resource}: ${info.problem}`);
  return integrationProblem(resource, info);
}

describe("integrationProblem (seed L21644–L21708, L21852–L24806)", () => {
  it("accepts every optimized integration and pattern of the catalog the Actions tab and completion offer", () => {
    for (const integration of OPTIMIZED_INTEGRATIONS) {
      for (const pattern of integration.patterns) {
        const resource = `arn:aws:states:::${integration.id}${PATTERN_SUFFIX[pattern]}`;
        expect(problemOf(resource), resource).toBeUndefined();
      }
    }
  });

  it("accepts every SDK service id of the guide's table", () => {
    for (const service of AWS_SDK_SERVICES) expect(problemOf(`arn:aws:states:::aws-sdk:${service.sdkId}:anyAction`), service.sdkId).toBeUndefined();
  });

  it("has nothing to say about activities, Lambda function ARNs and whole substitutions (seed L3315–L3420)", () => {
    expect(problemOf("arn:aws:states:us-east-1:123456789012:activity:HelloWorld")).toBeUndefined();
    expect(problemOf("arn:aws:lambda:us-east-1:123456789012:function:HelloFunction")).toBeUndefined();
    expect(problemOf("${TaskArn}")).toBeUndefined();
  });

  it("names the code for each kind of problem", () => {
    expect(problemOf("arn:aws:states:::nosuchservice:doIt")?.code).toBe("UNKNOWN_INTEGRATION");
    expect(problemOf("arn:aws:states:::lambda:invok")?.code).toBe("UNKNOWN_INTEGRATION");
    expect(problemOf("arn:aws:states:::lambda:invoke.sync")?.code).toBe("UNSUPPORTED_INTEGRATION_PATTERN");
    expect(problemOf("arn:aws:states:::aws-sdk:nosuchservice:doIt")?.code).toBe("UNKNOWN_SDK_SERVICE");
  });
});
