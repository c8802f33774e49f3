import { cx } from "./cx";

export type TSpinnerProps = {
  size?: "sm" | "md" | "lg";
  /** When set, the spinner announces itself as a status; without it, it is decorative. */
  label?: string;
  className?: string;
};

export function Spinner({ size = "md", label, className }: TSpinnerProps) {
  const spinner = <span className={cx("spinner", size !== "md" && `spinner--${size}`, className)} aria-hidden="true" />;
  if (!label) return spinner;
  return (
    <span role="status" className="spinner-status">
      {spinner}
      <span className="visually-hidden">{label}</span>
    </span>
  );
}
