// The template engine's public API: pure (no database, no env), shared by the web app,
// the worker and the browser editor.
export { buildTemplateContext, type TTemplateContext, type TTemplateContextInput } from "./build-template-context";
export { renderJsonTemplate, validateJsonTemplate, type TJsonValue } from "./render-json-template";
export { renderTemplate } from "./render-template";
export { SAMPLE_CONTEXTS, sampleContext, type TSampleContext, type TSampleContextKey } from "./sample-contexts";
export { REFUSED_TAGS } from "./template-engine";
export { TEMPLATE_FILTERS, type TTemplateFilter } from "./template-filters";
export { TEMPLATE_LIMITS, type TTemplateMode } from "./template-limits";
export type { TTemplateProblem, TValidationResult } from "./template-problem";
export { TemplateRenderError, type TTemplateRenderErrorKind } from "./template-render-error";
export { TEMPLATE_VARIABLES, templateVariablesFor, type TTemplateVariable, type TTemplateVariableType } from "./template-variables";
export { validateTemplate, type TValidateOptions } from "./validate-template";
