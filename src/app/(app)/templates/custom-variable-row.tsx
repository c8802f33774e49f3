import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import type { TVariableRow, TVariableRowErrors } from "./custom-variable-errors";
import styles from "./templates.module.css";

export type TCustomVariableRowProps = {
  row: TVariableRow;
  number: number;
  errors: TVariableRowErrors | undefined;
  onChange: (patch: Partial<TVariableRow>) => void;
  onRemove: () => void;
};

/** One custom variable: its key (used as custom.<key>), value and what it is for. */
export function CustomVariableRow({ row, number, errors, onChange, onRemove }: TCustomVariableRowProps) {
  const name = row.key.trim() || `variable ${number}`;
  return (
    <li>
      <fieldset className={styles.variableRow}>
        <legend className="visually-hidden">Variable {number}</legend>
        <TextField
          id={`custom-variable-${row.id}-key`}
          label="Key"
          value={row.key}
          onChange={(event) => onChange({ key: event.target.value })}
          inputClassName="mono"
          placeholder="runbook_base"
          autoComplete="off"
          spellCheck={false}
          hint={row.key.trim() ? <code>{`{{ custom.${row.key.trim()} }}`}</code> : undefined}
          error={errors?.key}
        />
        <TextField label="Value" value={row.value} onChange={(event) => onChange({ value: event.target.value })} placeholder="https://runbooks.example.com" error={errors?.value} />
        <TextField label="Description" value={row.description} onChange={(event) => onChange({ description: event.target.value })} placeholder="Optional" error={errors?.description} />
        <div className={styles.variableRemove}>
          <Button variant="ghost" size="sm" aria-label={`Remove ${name}`} onClick={onRemove}>
            Remove
          </Button>
        </div>
      </fieldset>
    </li>
  );
}
