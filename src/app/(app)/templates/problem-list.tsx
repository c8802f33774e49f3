import { problemText, type TEditorProblem } from "./template-problems";
import styles from "./templates.module.css";

/** The problems of one editor under it, words first ("Error", "Warning") so they do not rely on colour. */
export function ProblemList({ id, label, problems }: { id: string; label: string; problems: readonly TEditorProblem[] }) {
  const errors = problems.filter((problem) => problem.severity === "error").length;
  const warnings = problems.length - errors;
  const summary = [errors ? `${errors} ${errors === 1 ? "error" : "errors"}` : "", warnings ? `${warnings} ${warnings === 1 ? "warning" : "warnings"}` : ""].filter(Boolean).join(", ");
  return (
    <>
      {/* Counts only: reading every message while someone types would drown the screen reader. */}
      <p className="visually-hidden" aria-live="polite">
        {summary ? `${label}: ${summary}` : ""}
      </p>
      {problems.length > 0 && (
        <ul id={id} className={styles.problems}>
          {problems.map((problem, index) => (
            <li key={index} className={problem.severity === "error" ? styles.error : styles.warning}>
              <strong>{problem.severity === "error" ? "Error" : "Warning"}</strong> · {problemText(problem)}
              {problem.fromServer && <span className="text-muted"> (from the server)</span>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
