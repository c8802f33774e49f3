import type { ComponentProps } from "react";
import { cx } from "./cx";
import { toneClassName, type TTone } from "./tone";

export type TBadgeProps = ComponentProps<"span"> & {
  tone?: TTone;
  /** A coloured dot before the text, so the tone is not carried by colour of text alone. */
  dot?: boolean;
  /** Pulse the dot, for in-progress states. */
  pulse?: boolean;
};

export function Badge({ tone = "neutral", dot = false, pulse = false, className, children, ...rest }: TBadgeProps) {
  return (
    <span className={cx("badge", toneClassName(tone), className)} {...rest}>
      {dot && <span className={cx("badge__dot", pulse && "badge__dot--pulse")} aria-hidden="true" />}
      {children}
    </span>
  );
}
