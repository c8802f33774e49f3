import type { ComponentProps } from "react";
import { cx } from "./cx";
import { FieldMessages, useFieldA11y, type TFieldProps } from "./field";

export type TTextFieldProps = Omit<ComponentProps<"input">, "children"> &
  TFieldProps & {
    /** Class for the input itself; `className` goes on the wrapper. */
    inputClassName?: string;
  };

export function TextField({
  label,
  hint,
  error,
  id,
  className,
  inputClassName,
  "aria-describedby": describedBy,
  ...rest
}: TTextFieldProps) {
  const { controlProps, hintId, errorId } = useFieldA11y({ id, hint, error, describedBy });
  return (
    <div className={cx("field", className)}>
      <label htmlFor={controlProps.id} className="field__label">
        {label}
      </label>
      <input className={cx("input", inputClassName)} {...rest} {...controlProps} />
      <FieldMessages hint={hint} error={error} hintId={hintId} errorId={errorId} />
    </div>
  );
}
