import { useId, type ReactNode } from "react";

/** Props every labelled form control shares. */
export type TFieldProps = {
  label: ReactNode;
  /** Help text under the control, announced with it via aria-describedby. */
  hint?: ReactNode;
  /** Validation message; also sets aria-invalid on the control. */
  error?: ReactNode;
};

/** Stable ids for a control and its messages, plus the aria attributes that link them. */
export function useFieldA11y(
  { id, hint, error, describedBy }: { id?: string; hint?: ReactNode; error?: ReactNode; describedBy?: string },
) {
  const generated = useId();
  const controlId = id ?? generated;
  const hintId = `${controlId}-hint`;
  const errorId = `${controlId}-error`;
  const described = [describedBy, hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ");
  return {
    controlId,
    hintId,
    errorId,
    controlProps: {
      id: controlId,
      "aria-invalid": error ? true : undefined,
      "aria-describedby": described || undefined,
    },
  };
}

export function FieldMessages({
  hint,
  error,
  hintId,
  errorId,
}: {
  hint?: ReactNode;
  error?: ReactNode;
  hintId: string;
  errorId: string;
}) {
  return (
    <>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
    </>
  );
}
