import { useLayoutEffect, useMemo, useRef, type UIEvent } from "react";
import { tokenizeExpressionField } from "../model/highlightJsonata";
import "./codeInput.css";

export interface CodeInputProps {
  id?: string;
  value: string;
  onChange: (text: string) => void;
  /** Minimum and maximum visible lines (the area grows with the text in between). */
  minRows?: number;
  maxRows?: number;
  placeholder?: string | undefined;
  disabled?: boolean;
  "aria-describedby"?: string | undefined;
  "aria-invalid"?: boolean;
  "aria-label"?: string;
  testId?: string;
  className?: string;
}

/**
 * A plain text area (keyboard, selection, undo, screen readers and Tab all behave as in any
 * field) over a highlighted copy of its text: JSON, and JSONata inside `{% … %}`. The copy is
 * hidden from assistive technology; the text area stays the control.
 */
export function CodeInput({ id, value, onChange, minRows = 1, maxRows = 14, placeholder, disabled, testId, className, ...aria }: CodeInputProps) {
  const highlight = useRef<HTMLPreElement>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const tokens = useMemo(() => tokenizeExpressionField(value), [value]);
  const lines = value.split("\n").length;
  // Grow with the text, soft-wrapped lines included, up to maxRows; then scroll.
  useLayoutEffect(() => {
    const el = area.current;
    if (!el) return;
    const style = getComputedStyle(el);
    const line = parseFloat(style.lineHeight) || 17;
    const chrome = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom) + parseFloat(style.borderTopWidth) + parseFloat(style.borderBottomWidth);
    el.style.height = "auto";
    const wanted = Math.max(el.scrollHeight + parseFloat(style.borderTopWidth) + parseFloat(style.borderBottomWidth), minRows * line + chrome);
    el.style.height = `${Math.min(wanted, maxRows * line + chrome)}px`;
  }, [value, minRows, maxRows]);
  const onScroll = (event: UIEvent<HTMLTextAreaElement>) => {
    if (highlight.current) {
      highlight.current.scrollTop = event.currentTarget.scrollTop;
      highlight.current.scrollLeft = event.currentTarget.scrollLeft;
    }
  };
  return (
    <div className={`code-input${disabled ? " is-disabled" : ""}${className ? ` ${className}` : ""}`}>
      <pre className="code-input-highlight" aria-hidden="true" ref={highlight}>
        {tokens.map((token, i) =>
          token.kind === "space" || token.kind === "punctuation" ? (
            token.text
          ) : (
            <span key={i} className={`hl-${token.kind}`}>
              {token.text}
            </span>
          ),
        )}
        {/* A trailing newline needs a line of its own in the copy, as in the text area. */}
        {"\u200b"}
      </pre>
      <textarea
        {...aria}
        ref={area}
        id={id}
        className="code-input-text field-input"
        spellCheck={false}
        autoComplete="off"
        autoCapitalize="off"
        rows={Math.min(Math.max(lines, minRows), maxRows)}
        value={value}
        placeholder={placeholder}
        disabled={disabled}
        data-testid={testId}
        data-code-input=""
        onScroll={onScroll}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
