import { DetailsSection } from "./DetailsSection";
import { LoggingSection } from "./LoggingSection";
import { PermissionsSection } from "./PermissionsSection";
import { TagsSection } from "./TagsSection";
import { TracingSection } from "./TracingSection";
import "./config.css";

/**
 * Config mode (seed L11535-L11615): the state machine's own settings. They are not ASL: they
 * live beside the document (store `config`), are not part of undo, and go into exports that have
 * a place for them.
 */
export function ConfigMode() {
  return (
    <div className="config-mode" data-testid="config-mode">
      <div className="config-column">
        <header className="config-header">
          <h2 className="config-title">State machine configuration</h2>
          <p className="config-help">Settings of the state machine itself, kept beside the definition.</p>
        </header>
        <DetailsSection />
        <PermissionsSection />
        <LoggingSection />
        <TracingSection />
        <TagsSection />
      </div>
    </div>
  );
}
