import { useId, type ReactNode } from "react";

export function ConfigSection({ title, description, children }: { title: string; description?: ReactNode; children: ReactNode }) {
  const id = useId();
  return (
    <section className="config-section" aria-labelledby={id}>
      <h3 className="config-section-title" id={id}>
        {title}
      </h3>
      {description && <p className="config-section-description">{description}</p>}
      {children}
    </section>
  );
}
