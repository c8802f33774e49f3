"use client";

import type { ReactNode } from "react";
import { Alert } from "./alert";
import { Button } from "./button";
import { CopyButton } from "./copy-button";
import { Dialog } from "./dialog";
import { TextField } from "./text-field";

export type TOneTimeSecretDialogProps = {
  /** The secret to show; null closes the dialog. */
  secret: string | null;
  title: ReactNode;
  description: ReactNode;
  /** Label of the read-only field that holds the secret. */
  fieldLabel: string;
  /** How the server keeps it and what to do if it is lost. */
  storedNote: ReactNode;
  size?: "md" | "lg";
  onClose: () => void;
  /** How to use the secret, below it. */
  children?: ReactNode;
};

/** A secret shown the one time it leaves the server: afterwards only a hash or a mask is ever read back. */
export function OneTimeSecretDialog({ secret, title, description, fieldLabel, storedNote, size, onClose, children }: TOneTimeSecretDialogProps) {
  return (
    <Dialog
      open={secret !== null}
      onClose={onClose}
      title={title}
      description={description}
      size={size}
      footer={
        <Button variant="primary" onClick={onClose} data-autofocus>
          I have copied it
        </Button>
      }
    >
      {secret && (
        <div className="stack">
          <Alert tone="warning" title="This secret won't be shown again">
            {storedNote}
          </Alert>
          <div className="secret-box">
            <TextField label={fieldLabel} value={secret} readOnly className="secret-box__field" inputClassName="mono" onFocus={(event) => event.currentTarget.select()} />
            <CopyButton value={secret} label="Copy secret" variant="secondary" size="md" />
          </div>
          {children}
        </div>
      )}
    </Dialog>
  );
}
