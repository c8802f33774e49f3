import type { ComponentProps } from "react";
import { cx } from "./cx";
import { FieldMessages, useFieldA11y, type TFieldProps } from "./field";

export type TSelectOption = { value: string; label: string; disabled?: boolean };

export type TSelectFieldProps = ComponentProps<"select"> &
  TFieldProps & {
    /** Either pass options or <option> children. */
    options?: readonly TSelectOption[];
    /** Adds a first empty option with this text (e.g. "All statuses"). */
    placeholder?: string;
    selectClassName?: string;
  };

export function SelectField({
  label,
  hint,
  error,
  id,
  options,
  placeholder,
  className,
  selectClassName,
  children,
  "aria-describedby": describedBy,
  ...rest
}: TSelectFieldProps) {
  const { controlProps, hintId, errorId } = useFieldA11y({ id, hint, error, describedBy });
  return (
    <div className={cx("field", className)}>
      <label htmlFor={controlProps.id} className="field__label">
        {label}
      </label>
      <select className={cx("select", selectClassName)} {...rest} {...controlProps}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options?.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
        {children}
      </select>
      <FieldMessages hint={hint} error={error} hintId={hintId} errorId={errorId} />
    </div>
  );
}
