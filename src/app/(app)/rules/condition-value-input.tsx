"use client";

import { useId } from "react";
import { Badge } from "@/components/ui/badge";
import { Checkbox } from "@/components/ui/checkbox";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { EVENT_SEVERITIES } from "@/server/events/event-severity";
import { conditionKind, splitList, type TConditionState, type TValueType } from "./form-state";
import { SEVERITY_META, SEVERITY_OPTIONS } from "./rule-words";
import styles from "./rules.module.css";

export type TConditionValueInputProps = {
  condition: TConditionState;
  error?: string;
  onChange: (patch: Partial<TConditionState>) => void;
};

const VALUE_TYPE_OPTIONS = [
  { value: "string", label: "Text" },
  { value: "number", label: "Number" },
  { value: "boolean", label: "True or false" },
];

const PATTERN_HINT: Record<string, string> = {
  glob: "The whole value: * matches anything, ? one character, {a,b} either. A leading ! negates.",
  regex: "RE2 syntax, case-sensitive, anywhere in the value; (?i) ignores case.",
  contains: "Ignores upper and lower case.",
  in: "Separate the values with commas.",
};

/** The Value control that fits the field's kind and the operator: none for exists, a severity select, a number, a list. */
export function ConditionValueInput({ condition, error, onChange }: TConditionValueInputProps) {
  const { op, value } = condition;
  if (op === "exists" || op === "missing") return null;
  const kind = conditionKind(condition);
  const setValue = (next: string) => onChange({ value: next });

  if (kind === "severity" && op === "in") return <SeverityChoices value={value} error={error} onChange={setValue} />;
  if (kind === "severity") {
    return <SelectField label="Value" options={SEVERITY_OPTIONS} placeholder="Choose…" value={value} error={error} onChange={(event) => setValue(event.target.value)} />;
  }

  const typed = kind === "data" && (op === "equals" || op === "not_equals" || op === "in");
  const valueType: TValueType = typed ? condition.valueType : kind === "number" || (kind === "data" && op !== "contains" && op !== "glob" && op !== "regex") ? "number" : "string";
  const typeSelect = typed && (
    <SelectField
      label="Value type"
      options={VALUE_TYPE_OPTIONS}
      value={condition.valueType}
      onChange={(event) => onChange({ valueType: event.target.value === "number" ? "number" : event.target.value === "boolean" ? "boolean" : "string" })}
    />
  );

  if (valueType === "boolean" && op !== "in") {
    return (
      <>
        {typeSelect}
        <SelectField
          label="Value"
          options={[
            { value: "true", label: "true" },
            { value: "false", label: "false" },
          ]}
          placeholder="Choose…"
          value={value}
          error={error}
          onChange={(event) => setValue(event.target.value)}
        />
      </>
    );
  }

  const list = op === "in";
  return (
    <>
      {typeSelect}
      <div className={styles.valueField}>
        <TextField
          label="Value"
          type={valueType === "number" && !list ? "number" : "text"}
          inputMode={valueType === "number" ? "decimal" : undefined}
          inputClassName={op === "regex" || op === "glob" ? "mono" : undefined}
          placeholder={list ? (valueType === "number" ? "1, 2, 127" : "prod, staging") : op === "glob" ? "job.*" : op === "regex" ? "^disk" : undefined}
          value={value}
          error={error}
          hint={PATTERN_HINT[op]}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => setValue(event.target.value)}
        />
        {list && splitList(value).length > 0 && (
          <ul className={styles.chips} aria-hidden="true">
            {splitList(value).map((item, index) => (
              <li key={`${index}-${item}`}>
                <Badge>{item}</Badge>
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}

function SeverityChoices({ value, error, onChange }: { value: string; error?: string; onChange: (value: string) => void }) {
  const errorId = useId();
  const chosen = new Set(splitList(value));
  const toggle = (severity: string, on: boolean) => {
    const next = EVENT_SEVERITIES.filter((candidate) => (candidate === severity ? on : chosen.has(candidate)));
    onChange(next.join(", "));
  };
  return (
    <fieldset className={styles.choices} aria-describedby={error ? errorId : undefined}>
      <legend className="field__label">Value</legend>
      <div className="cluster">
        {EVENT_SEVERITIES.map((severity) => (
          <Checkbox key={severity} label={SEVERITY_META[severity].label} checked={chosen.has(severity)} onChange={(event) => toggle(severity, event.target.checked)} />
        ))}
      </div>
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
