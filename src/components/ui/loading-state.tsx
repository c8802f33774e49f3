import { cx } from "./cx";
import { Spinner } from "./spinner";

export type TLoadingStateProps = {
  label?: string;
  className?: string;
};

/** Centered spinner with a polite "Loading…" announcement. */
export function LoadingState({ label = "Loading…", className }: TLoadingStateProps) {
  return (
    <div className={cx("loading-state", className)} role="status" aria-live="polite">
      <Spinner />
      <span>{label}</span>
    </div>
  );
}
