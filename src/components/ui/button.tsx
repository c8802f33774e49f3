"use client";

import Link from "next/link";
import type { ComponentProps, MouseEvent } from "react";
import { cx } from "./cx";
import { Spinner } from "./spinner";

export type TButtonVariant = "primary" | "secondary" | "danger" | "ghost";
export type TButtonSize = "sm" | "md" | "lg";

export type TButtonStyleProps = {
  /** Defaults to "secondary": keep one primary action per view. */
  variant?: TButtonVariant;
  size?: TButtonSize;
  /** Full width. */
  block?: boolean;
  /** Square button for a lone icon; give it an aria-label. */
  iconOnly?: boolean;
};

export function buttonClassName(
  { variant = "secondary", size = "md", block, iconOnly }: TButtonStyleProps,
  className?: string,
): string {
  return cx(
    "btn",
    `btn--${variant}`,
    size !== "md" && `btn--${size}`,
    block && "btn--block",
    iconOnly && "btn--icon",
    className,
  );
}

export type TButtonProps = ComponentProps<"button"> &
  TButtonStyleProps & {
    /** Shows a spinner, sets aria-busy and ignores clicks while keeping focus on the button. */
    loading?: boolean;
  };

export function Button({
  variant,
  size,
  block,
  iconOnly,
  loading = false,
  type = "button",
  className,
  children,
  onClick,
  ...rest
}: TButtonProps) {
  // aria-disabled rather than disabled while loading: a disabled button drops keyboard focus.
  function handleClick(event: MouseEvent<HTMLButtonElement>) {
    if (loading) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  }

  return (
    <button
      type={type}
      className={buttonClassName({ variant, size, block, iconOnly }, className)}
      aria-busy={loading || undefined}
      aria-disabled={loading || undefined}
      onClick={handleClick}
      {...rest}
    >
      {loading && <Spinner size="sm" />}
      {children}
    </button>
  );
}

export type TButtonLinkProps = ComponentProps<typeof Link> & TButtonStyleProps;

/** A next/link styled as a button, for navigation that looks like an action. */
export function ButtonLink({ variant, size, block, iconOnly, className, ...rest }: TButtonLinkProps) {
  return <Link className={buttonClassName({ variant, size, block, iconOnly }, className)} {...rest} />;
}
