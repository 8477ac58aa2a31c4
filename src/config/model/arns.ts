/** Shapes of the ARNs Config mode asks for (IAM roles, CloudWatch Logs log groups). */

const ROLE_ARN = /^arn:aws[a-zA-Z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
const LOG_GROUP_ARN = /^arn:aws[a-zA-Z-]*:logs:[a-z]{2}(?:-[a-z]+)+-\d:\d{12}:log-group:[\w#/.-]{1,512}(?::\*)?$/;

/** Why `arn` is not an IAM role ARN, or undefined when it is (or is empty: the field is optional). */
export function checkRoleArn(arn: string): string | undefined {
  if (arn === "" || ROLE_ARN.test(arn)) return undefined;
  if (!arn.startsWith("arn:")) return "A role ARN starts with arn:aws:iam::, e.g. arn:aws:iam::123456789012:role/MyRole.";
  if (!/:iam::/.test(arn)) return "This is not an IAM ARN: a role ARN reads arn:aws:iam::<account>:role/<name>.";
  if (!/:iam::\d{12}:/.test(arn)) return "The account id must be 12 digits: arn:aws:iam::123456789012:role/<name>.";
  if (!/:role\//.test(arn)) return "This IAM ARN names no role: use arn:aws:iam::<account>:role/<name>.";
  return "The role name may use letters, digits and + = , . @ _ - / only.";
}

/** Why `arn` is not a CloudWatch Logs log group ARN, or undefined when it is (or is empty). */
export function checkLogGroupArn(arn: string): string | undefined {
  if (arn === "" || LOG_GROUP_ARN.test(arn)) return undefined;
  if (!arn.startsWith("arn:")) return "A log group ARN starts with arn:aws:logs:, e.g. arn:aws:logs:us-east-1:123456789012:log-group:/aws/vendedlogs/states/MyStateMachine:*.";
  return "Use arn:aws:logs:<region>:<account>:log-group:<name>:* (12-digit account, Region like us-east-1).";
}
