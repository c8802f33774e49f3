"use client";

import type { Completion } from "@codemirror/autocomplete";
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { templateVariablesFor, type TTemplateVariable } from "@/server/templates/liquid/template-variables";
import { useTRPC } from "@/trpc/react";
import { variableCompletions } from "./liquid-completion";

export type TTemplateCatalogue = { variables: TTemplateVariable[]; completions: Completion[]; customKeys: string[] };

const NO_KEYS: string[] = [];

/** The documented variables with the admin's custom ones: for the sidebar, completion and validation alike. */
export function useTemplateCatalogue(): TTemplateCatalogue {
  const trpc = useTRPC();
  const custom = useQuery(trpc.templates.variables.list.queryOptions());
  return useMemo(() => {
    const list = custom.data ?? [];
    const variables = templateVariablesFor(Object.fromEntries(list.map((variable) => [variable.key, variable.value])));
    return { variables, completions: variableCompletions(variables), customKeys: list.length ? list.map((variable) => variable.key) : NO_KEYS };
  }, [custom.data]);
}
