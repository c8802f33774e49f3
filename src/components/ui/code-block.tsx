import type { CSSProperties } from "react";
import { CopyButton } from "./copy-button";
import { cx } from "./cx";

export type TCodeBlockProps = {
  children: string;
  /** Shown in a header bar and used as the accessible name of the scroll area. */
  label?: string;
  copyable?: boolean;
  /** Soft-wrap long lines (log lines) instead of scrolling sideways (JSON, HTML). */
  wrap?: boolean;
  maxHeight?: CSSProperties["maxHeight"];
  className?: string;
};

export function CodeBlock({ children, label, copyable = false, wrap = false, maxHeight, className }: TCodeBlockProps) {
  const style =
    maxHeight === undefined
      ? undefined
      : ({ "--code-max-height": typeof maxHeight === "number" ? `${maxHeight}px` : maxHeight } as CSSProperties);
  return (
    <div className={cx("code-block", className)}>
      {(label || copyable) && (
        <div className="code-block__header">
          <span>{label}</span>
          {copyable && <CopyButton value={children} aria-label={label ? `Copy ${label}` : "Copy"} />}
        </div>
      )}
      {/* Focusable so keyboard users can scroll long output. */}
      <pre className={cx("code-block__pre", wrap && "code-block__pre--wrap")} style={style} tabIndex={0} aria-label={label}>
        <code>{children}</code>
      </pre>
    </div>
  );
}
