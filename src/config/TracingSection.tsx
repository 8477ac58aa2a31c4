import { useStudio } from "../store/StudioContext";
import { ConfigSection } from "./ConfigSection";

/** AWS X-Ray tracing (seed L11600-L11601). */
export function TracingSection() {
  const tracing = useStudio((s) => s.config.tracing);
  const setConfig = useStudio((s) => s.setConfig);
  return (
    <ConfigSection title="Tracing">
      <label className="config-checkbox">
        <input type="checkbox" checked={tracing} onChange={(e) => setConfig({ tracing: e.target.checked })} />
        <span>
          Enable X-Ray tracing
          <span className="config-help">Sends traces for each execution, even when the caller passes no trace ID.</span>
        </span>
      </label>
    </ConfigSection>
  );
}
