import { CodeBlock } from "@/components/ui/code-block";
import styles from "./templates.module.css";

/** The exact payload behind a readable preview, folded away until asked for. */
export function JsonDisclosure({ value, label }: { value: unknown; label: string }) {
  return (
    <details className={styles.disclosure}>
      <summary>Show JSON</summary>
      <CodeBlock label={label} copyable maxHeight={360}>
        {JSON.stringify(value, null, 2)}
      </CodeBlock>
    </details>
  );
}
