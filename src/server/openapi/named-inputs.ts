import { ZEventInput } from "@/server/events/event-schema";
import { ZRuleInput } from "@/server/rules/rule-schema";

// Named copies (same validation) so the document can refer to them where a
// field is parsed by them later (rules/test, templates/preview). zod-openapi
// would render the originals as output schemas too, which their transforms forbid.
export const ZRuleInputComponent = ZRuleInput.meta({ id: "RuleInput" });
export const ZEventInputComponent = ZEventInput.meta({ id: "EventInput" });
