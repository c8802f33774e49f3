"use client";

import type { ReactNode } from "react";
import { Button } from "./button";
import { Dialog } from "./dialog";

export type TConfirmDialogProps = {
  open: boolean;
  title: ReactNode;
  /** What will happen, in plain words ("The key stops working immediately."). */
  message?: ReactNode;
  confirmLabel?: string;
  cancelLabel?: string;
  /** "danger" for destructive actions: red button, and focus starts on Cancel. */
  tone?: "primary" | "danger";
  /** Spinner on the confirm button while the action runs. */
  loading?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  children?: ReactNode;
};

export function ConfirmDialog({
  open,
  title,
  message,
  confirmLabel = "Confirm",
  cancelLabel = "Cancel",
  tone = "primary",
  loading = false,
  onConfirm,
  onCancel,
  children,
}: TConfirmDialogProps) {
  const danger = tone === "danger";
  return (
    <Dialog
      open={open}
      onClose={() => !loading && onCancel()}
      title={title}
      description={message}
      footer={
        <>
          <Button onClick={onCancel} disabled={loading} data-autofocus={danger || undefined}>
            {cancelLabel}
          </Button>
          <Button variant={danger ? "danger" : "primary"} onClick={onConfirm} loading={loading} data-autofocus={!danger || undefined}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      {children}
    </Dialog>
  );
}
