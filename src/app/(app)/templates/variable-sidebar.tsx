"use client";

import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { TextField } from "@/components/ui/text-field";
import { TEMPLATE_FILTERS } from "@/server/templates/liquid/template-filters";
import type { TTemplateVariable } from "@/server/templates/liquid/template-variables";
import { sampleText } from "./sample-text";
import styles from "./templates.module.css";

export type TInsertRequest = { kind: "variable"; path: string } | { kind: "filter"; name: string; example: string };

export type TVariableSidebarProps = {
  variables: readonly TTemplateVariable[];
  /** Absent when the template is read-only: the entries are documentation then, not buttons. */
  onInsert?: (request: TInsertRequest) => void;
  /** "Click into a field first", after an insert with no editor to go to. */
  message?: string | null;
};

const matches = (query: string, ...texts: string[]) => texts.some((text) => text.toLowerCase().includes(query));

/** What a template can use: every variable with its type, meaning and sample value, and every filter with an example. */
export function VariableSidebar({ variables, onInsert, message }: TVariableSidebarProps) {
  const [query, setQuery] = useState("");
  const needle = query.trim().toLowerCase();
  const shownVariables = variables.filter((variable) => !needle || matches(needle, variable.path, variable.description));
  const shownFilters = TEMPLATE_FILTERS.filter((filter) => !needle || matches(needle, filter.name, filter.description));

  return (
    <Card aria-labelledby="template-variables-title">
      <CardHeader
        title={<span id="template-variables-title">Variables and filters</span>}
        description={onInsert ? "Choose one to insert it at the cursor of the field you were editing." : "What a template can use."}
      />
      <CardBody>
        <div className="stack">
          <TextField
            label="Search"
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            // The sidebar sits inside the template's form: Enter here searches, it does not save.
            onKeyDown={(event) => event.key === "Enter" && event.preventDefault()}
            placeholder="job, time, truncate…"
          />
          {message && (
            <p className="field__hint" role="status">
              {message}
            </p>
          )}
          <div className={styles.catalogue}>
            <h3 className={styles.catalogueTitle}>Variables</h3>
            {shownVariables.length === 0 && <p className="text-sm text-muted">No variable matches.</p>}
            <ul className={styles.catalogueList}>
              {shownVariables.map((variable) => (
                <li key={variable.path} className={styles.catalogueItem}>
                  <div className={styles.catalogueHead}>
                    <Entry name={variable.path} label={`Insert ${variable.path}`} onClick={onInsert && (() => onInsert({ kind: "variable", path: variable.path }))} />
                    <Badge>{variable.type}</Badge>
                  </div>
                  <p className="text-sm text-muted">
                    {variable.description}
                    {variable.optional ? " May be empty." : ""}
                  </p>
                  <p className={`${styles.sample} text-sm`}>
                    <span className="text-muted">Sample: </span>
                    <span className="mono">{sampleText(variable.sample)}</span>
                  </p>
                </li>
              ))}
            </ul>
            <h3 className={styles.catalogueTitle}>Filters</h3>
            {shownFilters.length === 0 && <p className="text-sm text-muted">No filter matches.</p>}
            <ul className={styles.catalogueList}>
              {shownFilters.map((filter) => (
                <li key={filter.name} className={styles.catalogueItem}>
                  <div className={styles.catalogueHead}>
                    <Entry
                      name={`| ${filter.signature}`}
                      label={`Insert filter ${filter.name}`}
                      onClick={onInsert && (() => onInsert({ kind: "filter", name: filter.name, example: filter.example.template }))}
                    />
                  </div>
                  <p className="text-sm text-muted">{filter.description}</p>
                  <p className={`${styles.sample} text-sm`}>
                    <span className="mono">{filter.example.template}</span>
                    <span className="text-muted"> → </span>
                    <span className="mono">{filter.example.output}</span>
                  </p>
                </li>
              ))}
            </ul>
          </div>
        </div>
      </CardBody>
    </Card>
  );
}

function Entry({ name, label, onClick }: { name: string; label: string; onClick?: () => void }) {
  if (!onClick) return <code className={styles.entryName}>{name}</code>;
  return (
    <button type="button" className={styles.entryButton} aria-label={label} onClick={onClick}>
      <code>{name}</code>
    </button>
  );
}
