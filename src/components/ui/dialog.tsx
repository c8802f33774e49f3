"use client";

import { useEffect, useId, useRef, type MouseEvent, type ReactNode } from "react";
import { Button } from "./button";
import { cx } from "./cx";

export type TDialogProps = {
  open: boolean;
  /** Called for Escape, the close button and a click on the backdrop; the parent sets open=false. */
  onClose: () => void;
  title: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
  /** Buttons, right-aligned under the body. */
  footer?: ReactNode;
  size?: "md" | "lg";
  className?: string;
};

/**
 * Modal on the native <dialog>: the browser traps focus, makes the page inert, handles Escape
 * and returns focus to the opener. Mark the control that should get focus first with `data-autofocus`
 * (React's autoFocus fires before showModal(), when the dialog cannot take focus yet).
 */
export function Dialog({ open, onClose, title, description, children, footer, size = "md", className }: TDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>("[data-autofocus]")?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  // The dialog element itself has no padding, so a click whose target is the dialog landed on the backdrop.
  function handleClick(event: MouseEvent<HTMLDialogElement>) {
    if (event.target === event.currentTarget) onClose();
  }

  return (
    <dialog
      ref={ref}
      className={cx("dialog", size === "lg" && "dialog--lg", className)}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onClose={() => open && onClose()}
      onClick={handleClick}
    >
      {open && (
        <div className="dialog__inner">
          <div className="dialog__header">
            <div>
              <h2 id={titleId} className="dialog__title">
                {title}
              </h2>
              {description && (
                <p id={descriptionId} className="dialog__description">
                  {description}
                </p>
              )}
            </div>
            <Button variant="ghost" size="sm" iconOnly aria-label="Close" onClick={onClose}>
              <svg viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" aria-hidden="true">
                <path d="m4 4 8 8M12 4l-8 8" />
              </svg>
            </Button>
          </div>
          {children && <div className="dialog__body">{children}</div>}
          {footer && <div className="dialog__footer">{footer}</div>}
        </div>
      )}
    </dialog>
  );
}
