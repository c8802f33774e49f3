import type { ComponentProps } from "react";
import { cx } from "./cx";
import { FieldMessages, useFieldA11y, type TFieldProps } from "./field";

export type TTextAreaProps = Omit<ComponentProps<"textarea">, "children"> &
  TFieldProps & {
    /** Monospace text, for JSON payloads and templates. */
    mono?: boolean;
    textAreaClassName?: string;
  };

export function TextArea({
  label,
  hint,
  error,
  id,
  mono,
  className,
  textAreaClassName,
  "aria-describedby": describedBy,
  ...rest
}: TTextAreaProps) {
  const { controlProps, hintId, errorId } = useFieldA11y({ id, hint, error, describedBy });
  return (
    <div className={cx("field", className)}>
      <label htmlFor={controlProps.id} className="field__label">
        {label}
      </label>
      <textarea className={cx("textarea", mono && "textarea--mono", textAreaClassName)} {...rest} {...controlProps} />
      <FieldMessages hint={hint} error={error} hintId={hintId} errorId={errorId} />
    </div>
  );
}
