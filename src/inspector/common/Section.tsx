import { useId, type ReactNode } from "react";

/** A titled group of fields inside a tab. */
export function Section({ title, actions, children, testId }: { title: ReactNode; actions?: ReactNode; children: ReactNode; testId?: string }) {
  const id = useId();
  return (
    <section className="inspector-section" aria-labelledby={id} data-testid={testId}>
      <div className="section-header">
        <h4 className="section-title" id={id}>
          {title}
        </h4>
        {actions}
      </div>
      {children}
    </section>
  );
}
