import { useId, type ReactNode } from "react";
import { FieldHelpButton, FieldHelpPanel, useFieldHelp } from "../fields/FieldHelp";

/** A titled group of fields inside a tab; `doc` puts the ⓘ of the ASL field the group edits beside the title. */
export function Section({ title, doc, actions, children, testId }: { title: ReactNode; doc?: string; actions?: ReactNode; children: ReactNode; testId?: string }) {
  const id = useId();
  const about = useFieldHelp();
  return (
    <section className="inspector-section" aria-labelledby={id} data-testid={testId}>
      <div className="section-header">
        <h4 className="section-title" id={id}>
          {title}
        </h4>
        {doc && <FieldHelpButton field={doc} expanded={about.expanded} onToggle={about.toggle} panelId={about.panelId} />}
        {actions}
      </div>
      {doc && about.expanded && <FieldHelpPanel field={doc} id={about.panelId} />}
      {children}
    </section>
  );
}
