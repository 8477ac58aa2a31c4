import { useEffect, useRef, type KeyboardEvent, type ReactNode } from "react";
import type { ThemeChoice } from "../store/createStudioStore";
import { useStudio, useStudioStore } from "../store/StudioContext";

export const THEME_CHOICES: { choice: ThemeChoice; label: string; icon: ReactNode }[] = [
  { choice: "light", label: "Light", icon: <path d="M8 5a3 3 0 100 6 3 3 0 000-6zM8 1.5v1.5M8 13v1.5M1.5 8H3M13 8h1.5M3.4 3.4l1 1M11.6 11.6l1 1M3.4 12.6l1-1M11.6 4.4l1-1" /> },
  { choice: "dark", label: "Dark", icon: <path d="M13 9.5A5.5 5.5 0 016.5 3a5.5 5.5 0 106.5 6.5z" /> },
  { choice: "system", label: "System", icon: <path d="M2 3h12v8H2zM6 14h4M8 11v3" /> },
];

/** While System is chosen, a change of the system's preference changes the theme shown. */
export function useFollowSystemTheme(): void {
  const store = useStudioStore();
  const choice = useStudio((s) => s.themeChoice);
  useEffect(() => {
    if (choice !== "system" || typeof matchMedia !== "function") return undefined;
    const query = matchMedia("(prefers-color-scheme: dark)");
    const follow = () => store.getState().chooseTheme("system");
    query.addEventListener("change", follow);
    return () => query.removeEventListener("change", follow);
  }, [choice, store]);
}

/** Light, Dark or System as a radio group: arrow keys move the choice, Tab leaves the group. */
export function ThemeSwitch() {
  const choice = useStudio((s) => s.themeChoice);
  const chooseTheme = useStudio((s) => s.chooseTheme);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  useFollowSystemTheme();

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === "ArrowRight" || event.key === "ArrowDown" ? 1 : event.key === "ArrowLeft" || event.key === "ArrowUp" ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const index = (THEME_CHOICES.findIndex((c) => c.choice === choice) + step + THEME_CHOICES.length) % THEME_CHOICES.length;
    const next = THEME_CHOICES[index];
    if (!next) return;
    chooseTheme(next.choice);
    buttons.current[index]?.focus();
  };

  return (
    <div className="theme-switch" role="radiogroup" aria-label="Theme" onKeyDown={onKeyDown} data-testid="theme-switch">
      {THEME_CHOICES.map(({ choice: option, label, icon }, index) => (
        <button
          key={option}
          ref={(element) => {
            buttons.current[index] = element;
          }}
          type="button"
          role="radio"
          aria-checked={choice === option}
          aria-label={label}
          title={option === "system" ? "Follow the system's light or dark setting" : `${label} theme`}
          tabIndex={choice === option ? 0 : -1}
          className="theme-switch-button"
          onClick={() => chooseTheme(option)}
        >
          <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round">
            {icon}
          </svg>
        </button>
      ))}
    </div>
  );
}
