import type { ComponentProps } from "react";
import { cx } from "./cx";
import { FieldMessages, useFieldA11y, type TFieldProps } from "./field";

export type TCheckboxProps = Omit<ComponentProps<"input">, "type" | "children"> & TFieldProps;

export function Checkbox({ label, hint, error, id, className, "aria-describedby": describedBy, ...rest }: TCheckboxProps) {
  const { controlProps, hintId, errorId } = useFieldA11y({ id, hint, error, describedBy });
  return (
    <div className={cx("checkbox", className)}>
      <input type="checkbox" className="checkbox__input" {...rest} {...controlProps} />
      <label htmlFor={controlProps.id} className="checkbox__label">
        {label}
      </label>
      <FieldMessages hint={hint} error={error} hintId={hintId} errorId={errorId} />
    </div>
  );
}
