"use client";

import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { OPS_BY_KIND, RULE_FIELD_PREFIXES, RULE_FIELDS, type TRuleFieldKind } from "@/server/rules/rule-fields";
import { ConditionValueInput } from "./condition-value-input";
import { errorAt, errorUnder, type TFormErrors } from "./form-errors";
import { conditionKind, DATA_FIELD, LABEL_FIELD, splitList, type TConditionState, type TFormOp } from "./form-state";
import { OP_LABEL } from "./rule-words";
import styles from "./rules.module.css";

export type TConditionRowProps = {
  condition: TConditionState;
  /** The condition's path in the rule input, e.g. match.all.1; its errors sit below it. */
  path: string;
  /** "2" or "3.1": names the row for people and for tests ("Condition 3.1"). */
  number: string;
  errors: TFormErrors;
  onChange: (condition: TConditionState) => void;
  onRemove: () => void;
};

const PREFIX_DESCRIPTION = new Map<string, string>(RULE_FIELD_PREFIXES.map((prefix) => [prefix.prefix, prefix.description]));
const FIELD_DESCRIPTION = new Map<string, string>([...RULE_FIELDS.map((field) => [field.name, field.description] as const), ...PREFIX_DESCRIPTION]);

export function opsFor(kind: TRuleFieldKind): TFormOp[] {
  const ops: TFormOp[] = [...OPS_BY_KIND[kind]];
  // "is missing" is exists with value false; offered wherever exists is.
  if (ops.includes("exists")) ops.push("missing");
  return ops;
}

const opLabel = (op: TFormOp) => (op === "missing" ? "is missing" : OP_LABEL[op]);

/** What a field or operator change keeps: the value while it still fits, else a fresh start. */
function withField(condition: TConditionState, field: string): TConditionState {
  const kind = conditionKind({ field });
  const ops = opsFor(kind);
  const op = ops.includes(condition.op) ? condition.op : (ops[0] ?? "equals");
  const sameKind = kind === conditionKind(condition);
  const samePrefix = (field === LABEL_FIELD || field === DATA_FIELD) && field === condition.field;
  return { ...condition, field, op, fieldKey: samePrefix ? condition.fieldKey : "", value: sameKind ? condition.value : "", valueType: sameKind ? condition.valueType : "string" };
}

function withOp(condition: TConditionState, op: TFormOp): TConditionState {
  const leavingList = condition.op === "in" && op !== "in";
  return { ...condition, op, value: leavingList ? (splitList(condition.value)[0] ?? "") : condition.value };
}

/** One condition: Field (with a key for labels and data), Operator and Value, and a way to remove it. */
export function ConditionRow({ condition, path, number, errors, onChange, onRemove }: TConditionRowProps) {
  const kind = conditionKind(condition);
  const prefixed = condition.field === LABEL_FIELD || condition.field === DATA_FIELD;
  const fieldError = errorUnder(errors, `${path}.field`);
  const rowError = errorAt(errors, path);
  const patch = (changes: Partial<TConditionState>) => onChange({ ...condition, ...changes });

  return (
    <fieldset className={styles.condition}>
      <legend className={styles.rowLegend}>Condition {number}</legend>
      <div className={styles.conditionFields}>
        <SelectField
          label="Field"
          value={condition.field}
          hint={FIELD_DESCRIPTION.get(condition.field)}
          error={prefixed ? undefined : fieldError}
          onChange={(event) => onChange(withField(condition, event.target.value))}
        >
          <optgroup label="Event">
            {RULE_FIELDS.map((field) => (
              <option key={field.name} value={field.name}>
                {field.label}
              </option>
            ))}
          </optgroup>
          <optgroup label="Custom">
            <option value={LABEL_FIELD}>Label…</option>
            <option value={DATA_FIELD}>Data…</option>
          </optgroup>
        </SelectField>
        {prefixed && (
          <TextField
            label={condition.field === LABEL_FIELD ? "Label key" : "Data path"}
            placeholder={condition.field === LABEL_FIELD ? "env" : "deploy.region"}
            inputClassName="mono"
            value={condition.fieldKey}
            error={fieldError}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => patch({ fieldKey: event.target.value })}
          />
        )}
        <SelectField
          label="Operator"
          options={opsFor(kind).map((op) => ({ value: op, label: opLabel(op) }))}
          value={condition.op}
          error={errorUnder(errors, `${path}.op`)}
          onChange={(event) => onChange(withOp(condition, (opsFor(kind).find((op) => op === event.target.value) ?? condition.op)))}
        />
        <ConditionValueInput condition={condition} error={errorUnder(errors, `${path}.value`)} onChange={patch} />
        <div className={styles.removeCell}>
          <Button size="sm" variant="ghost" aria-label={`Remove condition ${number}`} onClick={onRemove}>
            Remove
          </Button>
        </div>
      </div>
      {rowError && <p className="field__error">{rowError}</p>}
    </fieldset>
  );
}
