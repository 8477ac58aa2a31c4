/**
 * Error names for ErrorEquals completion and hover: every predefined States.* name
 * (asl-semantics.md §8.1, seed L10687–L10777) and the service errors the guide names.
 */
export interface ErrorNameDoc {
  name: string;
  text: string;
  cite: string;
  /** Never retried or caught, not even by States.ALL. */
  uncatchable?: boolean;
}

export const STATES_ERROR_DOCS: readonly ErrorNameDoc[] = [
  { name: "States.ALL", text: "Wildcard: matches any error name. Put it alone in its ErrorEquals, in the last retrier or catcher.", cite: "seed L10694–L10700, L10900–L10903" },
  { name: "States.TaskFailed", text: "Wildcard for any error a Task reports, except States.Timeout.", cite: "seed L10766–L10769, L10903, L10972" },
  { name: "States.Timeout", text: "A Task ran longer than TimeoutSeconds or missed heartbeats for longer than HeartbeatSeconds; also raised when the execution exceeds its own TimeoutSeconds.", cite: "seed L10771–L10777" },
  { name: "States.HeartbeatTimeout", text: "A Task sent no heartbeat for longer than HeartbeatSeconds. Only appears in Retry and Catch.", cite: "seed L10723–L10727" },
  { name: "States.Permissions", text: "The Task lacks the permissions to run its code.", cite: "seed L10747–L10748" },
  { name: "States.ResultPathMatchFailure", text: "The state's ResultPath could not be applied to the input it received.", cite: "seed L10750–L10753" },
  { name: "States.ParameterPathFailure", text: "A .$ field of Parameters could not be resolved.", cite: "seed L10743–L10745" },
  { name: "States.IntrinsicFailure", text: "An intrinsic function in a payload template failed.", cite: "seed L10731–L10732" },
  { name: "States.NoChoiceMatched", text: "No Choice rule matched and the Choice state has no Default.", cite: "seed L10739–L10741" },
  { name: "States.ItemReaderFailed", text: "A distributed Map could not read its ItemReader source.", cite: "seed L10734–L10737" },
  { name: "States.ResultWriterFailed", text: "A distributed Map could not write its results to the ResultWriter destination.", cite: "seed L10755–L10758, L7437–L7439" },
  { name: "States.ExceedToleratedFailureThreshold", text: "A distributed Map Run failed more items than ToleratedFailurePercentage or ToleratedFailureCount allow.", cite: "seed L10718–L10721" },
  { name: "States.QueryEvaluationError", text: "A JSONata expression failed (an undefined field or variable, an error thrown) or gave a value its field cannot use. Retriable and catchable.", cite: "not in the guide; Transforming data with JSONata in Step Functions" },
  { name: "States.DataLimitExceeded", text: "An input or output exceeded the 256 KB payload quota. Terminal: never retried or caught, even by States.ALL.", cite: "seed L10702–L10716", uncatchable: true },
  { name: "States.Runtime", text: "An unhandled runtime error, e.g. a path that selects nothing. Terminal: never retried or caught, even by States.ALL.", cite: "seed L10760–L10764", uncatchable: true },
];

/** Service errors named by the guide (asl-semantics.md §8.1). */
export const SERVICE_ERROR_DOCS: readonly ErrorNameDoc[] = [
  { name: "Lambda.ServiceException", text: "Lambda service error; transient. Workflow Studio's default Lambda retrier retries it.", cite: "seed L10781–L10790, L13842–L13852" },
  { name: "Lambda.AWSLambdaException", text: "Lambda service error; transient. Workflow Studio's default Lambda retrier retries it.", cite: "seed L10781–L10790, L13842–L13852" },
  { name: "Lambda.SdkClientException", text: "Lambda client error, e.g. a network problem; transient. Workflow Studio's default Lambda retrier retries it.", cite: "seed L10781–L10790, L13842–L13852" },
  { name: "Lambda.TooManyRequestsException", text: "Lambda throttled the invocation; transient. Workflow Studio's default Lambda retrier retries it.", cite: "seed L10781–L10790, L13842–L13852" },
  { name: "Lambda.ClientExecutionTimeoutException", text: "The Lambda invocation timed out on the client side.", cite: "seed L10781–L10790" },
  { name: "Lambda.Unknown", text: "An unhandled error in the function, including running out of memory or timing out.", cite: "seed L10781–L10790, L21478–L21505" },
  { name: "StepFunctions.ExecutionLimitExceeded", text: "A nested StartExecution hit the open-executions quota; worth retrying.", cite: "seed L9060–L9062" },
];

const ALL_ERROR_DOCS = new Map([...STATES_ERROR_DOCS, ...SERVICE_ERROR_DOCS].map((doc) => [doc.name, doc]));

export function errorNameDoc(name: string): ErrorNameDoc | undefined {
  const known = ALL_ERROR_DOCS.get(name);
  if (known) return known;
  const http = /^States\.Http\.StatusCode\.(\d{3})$/.exec(name);
  if (http) return { name, text: `An HTTP Task got the status code ${http[1]} (any non-2xx status fails the task with States.Http.StatusCode.<code>).`, cite: "seed L29741–L29763" };
  return undefined;
}

/** Where an error name's text comes from, for docs: the guide's lines, or the page it is from. */
export function errorDocCitation(doc: ErrorNameDoc, section = true): string {
  return doc.cite.startsWith("seed") ? `Developer guide ${doc.cite}${section ? ", asl-semantics.md §8.1" : ""}` : doc.cite;
}
