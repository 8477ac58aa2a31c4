/** Generated state machines for the benchmarks: every state type, containers, rules, templates. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObj = { [key: string]: Json };

export const STATE_COUNT = 1000;

/**
 * A valid machine of exactly `total` states. The top level is a chain of blocks; every block
 * adds one state of each kind, and the containers hold a few states of their own.
 */
export function generateMachine(total = STATE_COUNT): JsonObj {
  const states: JsonObj = {};
  let count = 0;
  let block = 0;
  const topNames: string[] = [];
  const pending: { name: string; state: JsonObj }[] = [];
  const add = (name: string, state: JsonObj) => {
    pending.push({ name, state });
    topNames.push(name);
    count++;
  };
  const retry: Json = [
    { ErrorEquals: ["Lambda.ServiceException", "Lambda.TooManyRequestsException"], IntervalSeconds: 2, MaxAttempts: 6, BackoffRate: 2, JitterStrategy: "FULL" },
    { ErrorEquals: ["States.ALL"], MaxAttempts: 2 },
  ];
  const room = (size: number) => total - 1 - count >= size;
  while (count < total - 1) {
    const b = block++;
    add(`Prepare ${b}`, {
      Type: "Pass",
      Parameters: {
        "id.$": "$.order.id",
        "label.$": "States.Format('order {} of {}', $.order.id, $.customer.name)",
        "parts.$": "States.ArrayPartition($.items, 2)",
        "uuid.$": "States.UUID()",
        static: { nested: [1, 2, { "ctx.$": "$$.Execution.Id" }] },
      },
      ResultPath: "$.prepared",
    });
    if (room(1))
      add(`Charge ${b}`, {
        Type: "Task",
        Resource: "arn:aws:states:::lambda:invoke",
        Parameters: { FunctionName: "arn:aws:lambda:us-east-1:123456789012:function:charge", "Payload.$": "$" },
        ResultSelector: { "status.$": "$.Payload.status", "hash.$": "States.Hash($.Payload.id, 'SHA-256')" },
        ResultPath: "$.charge",
        OutputPath: "$",
        TimeoutSeconds: 300,
        HeartbeatSeconds: 60,
        Retry: retry,
        Catch: [{ ErrorEquals: ["States.TaskFailed"], Next: "Handle failure", ResultPath: "$.error" }],
      });
    if (room(1))
      add(`Route ${b}`, {
        Type: "Choice",
        Choices: [
          {
            And: [
              { Variable: "$.charge.status", StringEquals: "OK" },
              { Variable: "$.total", NumericGreaterThanEquals: 20 },
              { Not: { Variable: "$.createdAt", TimestampLessThan: "2016-03-14T01:59:00Z" } },
            ],
            Next: `Wait ${b}`,
          },
          { Or: [{ Variable: "$.flag", BooleanEquals: true }, { Variable: "$.name", IsPresent: true }], Next: `Wait ${b}` },
          { Variable: "$.limit", NumericLessThanPath: "$.max", Next: "Handle failure" },
        ],
        Default: `Wait ${b}`,
      });
    if (room(1)) add(`Wait ${b}`, { Type: "Wait", SecondsPath: "$.delay", InputPath: "$", OutputPath: "$" });
    if (room(5)) {
      add(`Fan out ${b}`, {
        Type: "Parallel",
        Branches: [0, 1].map((i): JsonObj => ({
          StartAt: `Branch ${b}.${i} work`,
          States: {
            [`Branch ${b}.${i} work`]: { Type: "Task", Resource: "arn:aws:states:::aws-sdk:s3:listBuckets", Next: `Branch ${b}.${i} done` },
            [`Branch ${b}.${i} done`]: { Type: "Succeed" },
          },
        })),
        ResultSelector: { "flat.$": "$[*][*]" },
        ResultPath: "$.branches",
        Retry: [{ ErrorEquals: ["States.ALL"] }],
      });
      count += 4;
    }
    if (room(4)) {
      add(`Each item ${b}`, {
        Type: "Map",
        ItemsPath: "$.items",
        MaxConcurrency: 10,
        ItemSelector: { "item.$": "$$.Map.Item.Value", "index.$": "$$.Map.Item.Index", "json.$": "States.StringToJson($$.Map.Item.Value.raw)" },
        ItemProcessor: {
          ProcessorConfig: { Mode: "INLINE" },
          StartAt: `Item ${b} check`,
          States: {
            [`Item ${b} check`]: { Type: "Choice", Choices: [{ Variable: "$.item.ok", IsBoolean: true, Next: `Item ${b} ok` }], Default: `Item ${b} bad` },
            [`Item ${b} ok`]: { Type: "Pass", End: true },
            [`Item ${b} bad`]: { Type: "Fail", Error: "BadItem", CausePath: "States.Format('item {} failed', $.index)" },
          },
        },
        ResultPath: "$.items",
        Catch: [{ ErrorEquals: ["States.ALL"], Next: "Handle failure" }],
      });
      count += 3;
    }
  }
  pending.forEach(({ name, state }, i) => {
    const next = pending[i + 1];
    states[name] = state.Type === "Choice" ? state : { ...state, ...(next ? { Next: next.name } : { End: true }) };
  });
  // A Choice's rules name the next block's Wait; when that Wait was cut off, point at the next state.
  for (const { name, state } of pending) {
    if (state.Type !== "Choice") continue;
    const nextName = pending[pending.findIndex((p) => p.name === name) + 1]?.name ?? "Handle failure";
    const fix = (target: Json): Json => (typeof target === "string" && target in states ? target : nextName);
    const choices = (state.Choices as JsonObj[]).map((rule) => ({ ...rule, Next: fix(rule.Next ?? null) }));
    states[name] = { ...state, Choices: choices, Default: fix(state.Default ?? null) };
  }
  states["Handle failure"] = { Type: "Fail", Error: "OrderFailed", Cause: "See the error output" };
  return { Comment: `Generated machine with ${count + 1} states`, StartAt: topNames[0] ?? "Handle failure", States: states };
}

export function countStates(machine: JsonObj): number {
  let n = 0;
  const visit = (states: Json | undefined) => {
    if (!states || typeof states !== "object" || Array.isArray(states)) return;
    for (const state of Object.values(states)) {
      n++;
      if (state && typeof state === "object" && !Array.isArray(state)) {
        for (const branch of (state.Branches as JsonObj[] | undefined) ?? []) visit(branch.States);
        const processor = (state.ItemProcessor ?? state.Iterator) as JsonObj | undefined;
        if (processor) visit(processor.States);
      }
    }
  };
  visit(machine.States);
  return n;
}
