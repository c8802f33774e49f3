import type { ReactNode } from "react";
import { Button } from "./button";
import { cx } from "./cx";

export type TErrorStateProps = {
  title?: ReactNode;
  message: ReactNode;
  /** Shows a retry button when given. */
  onRetry?: () => void;
  retryLabel?: string;
  /** Spinner on the retry button while the refetch runs. */
  retrying?: boolean;
  className?: string;
};

export function ErrorState({
  title = "Something went wrong",
  message,
  onRetry,
  retryLabel = "Try again",
  retrying = false,
  className,
}: TErrorStateProps) {
  return (
    <div className={cx("error-state", className)} role="alert">
      <p className="error-state__title">{title}</p>
      <p className="error-state__message">{message}</p>
      {onRetry && (
        <div className="error-state__action">
          <Button onClick={onRetry} loading={retrying}>
            {retryLabel}
          </Button>
        </div>
      )}
    </div>
  );
}
