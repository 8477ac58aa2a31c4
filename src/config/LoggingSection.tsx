import type { LogLevel } from "../store/studioConfig";
import { useStudio } from "../store/StudioContext";
import { ConfigField } from "./ConfigField";
import { ConfigSection } from "./ConfigSection";
import { checkLogGroupArn } from "./model/arns";

const LEVELS: { level: LogLevel; label: string }[] = [
  { level: "ALL", label: "ALL: every event" },
  { level: "ERROR", label: "ERROR: failures (e.g. TaskFailed, ExecutionFailed)" },
  { level: "FATAL", label: "FATAL: execution failures only (e.g. ExecutionAborted, ExecutionFailed)" },
  { level: "OFF", label: "OFF: no logging" },
];

/** CloudWatch Logs settings (seed L11585-L11596). */
export function LoggingSection() {
  const logging = useStudio((s) => s.config.logging);
  const setConfig = useStudio((s) => s.setConfig);
  const off = logging.level === "OFF";
  return (
    <ConfigSection title="Logging" description="Execution history events sent to CloudWatch Logs. Express workflows keep their history only there.">
      <ConfigField label="Log level">
        {(control) => (
          <select {...control} className="config-input" value={logging.level} onChange={(e) => setConfig({ logging: { ...logging, level: e.target.value as LogLevel } })}>
            {LEVELS.map(({ level, label }) => (
              <option key={level} value={level}>
                {label}
              </option>
            ))}
          </select>
        )}
      </ConfigField>
      <label className="config-checkbox">
        <input type="checkbox" checked={logging.includeExecutionData} disabled={off} onChange={(e) => setConfig({ logging: { ...logging, includeExecutionData: e.target.checked } })} />
        <span>
          Include execution data
          <span className="config-help">Logs each state's input and output too.</span>
        </span>
      </label>
      <ConfigField label="Log group ARN" help={off ? "Choose a log level to send logs to a log group." : "The CloudWatch Logs log group to write to."} error={off ? undefined : checkLogGroupArn(logging.logGroupArn)}>
        {(control) => (
          <input
            {...control}
            className="config-input is-mono"
            type="text"
            spellCheck={false}
            autoComplete="off"
            disabled={off}
            placeholder="arn:aws:logs:us-east-1:123456789012:log-group:/aws/vendedlogs/states/MyStateMachine:*"
            value={logging.logGroupArn}
            onChange={(e) => setConfig({ logging: { ...logging, logGroupArn: e.target.value.trim() } })}
          />
        )}
      </ConfigField>
    </ConfigSection>
  );
}
