import { z } from "zod";
import { ZAudience } from "@/server/events/audience-target";
import { ZEventSeverity } from "@/server/events/event-severity";
import { PREFERENCE_CHANNELS } from "@/server/preferences/subscription";
import { parseFieldPath } from "./rule-fields";

const ACTION_KEYS = ["notify", "channels", "template", "escalation_policy", "group_by", "group_wait", "group_interval", "repeat_interval", "suppress", "set_severity", "stop"] as const;
const ACTION_LIST = ACTION_KEYS.join(", ");

const seconds = (min: number, max: number) =>
  z.number("must be a number of seconds").int("must be whole seconds").min(min, `must be at least ${min} s`).max(max, `must be at most ${max.toLocaleString("en")} s`);

// A form may send every switch, on or off; off is the same as leaving the key out.
const ZSwitch = z.boolean("must be true or false").optional();

/**
 * What a matching rule does. `channels` narrows which of each notified user's channels
 * are used; `suppress` drops the event, so nothing may be sent or changed beside it.
 */
export const ZRuleActions = z
  .strictObject(
    {
      notify: ZAudience.min(1, "needs at least one recipient").optional(),
      channels: z
        .array(z.enum(PREFERENCE_CHANNELS, `must be one of ${PREFERENCE_CHANNELS.join(", ")}`), "must be a list of channels")
        .min(1, `needs at least one channel (one of ${PREFERENCE_CHANNELS.join(", ")})`)
        .refine((channels) => new Set(channels).size === channels.length, "lists a channel twice")
        .optional(),
      /** The custom template (its key) the notifications of this rule's recipients use. */
      template: z
        .string("must be a template key")
        .trim()
        .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, "must be a template key (lowercase letters, digits, - or _)")
        .optional(),
      /** Escalate the event with this policy (its id): an incident, level by level until acknowledged. */
      escalation_policy: z.number("must be an escalation policy id").int().positive().optional(),
      /**
       * Alertmanager-style grouping of the notify action: events with the same values of these
       * fields are sent together, the first after group_wait, later ones every group_interval,
       * an unchanged group once more after repeat_interval (all in seconds). Without group_by,
       * repeat_interval says how often an alert still firing (re-sent by its monitoring tool)
       * is told again; without it a re-sent alert tells nobody again.
       */
      group_by: z
        .array(z.string("must be a field name").refine((field) => parseFieldPath(field) !== null, "must be a rule field such as job.host, labels.env or type"), "must be a list of fields")
        .min(1, "needs at least one field (e.g. job.host)")
        .max(5, "may name at most 5 fields")
        .optional(),
      group_wait: seconds(1, 3_600).optional(),
      group_interval: seconds(1, 86_400).optional(),
      repeat_interval: seconds(60, 7 * 86_400).optional(),
      suppress: ZSwitch,
      set_severity: ZEventSeverity.optional(),
      stop: ZSwitch,
    },
    {
      error: (issue) =>
        issue.code === "unrecognized_keys"
          ? `has unknown action ${issue.keys.map((key) => JSON.stringify(key)).join(", ")} (use ${ACTION_LIST})`
          : issue.code === "invalid_type"
            ? `must be an object of actions (${ACTION_LIST})`
            : undefined,
    },
  )
  .superRefine((actions, context) => {
    if (actions.suppress) {
      const beside = (["notify", "channels", "template", "escalation_policy", "group_by", "set_severity"] as const).filter((key) => actions[key] !== undefined);
      if (beside.length) {
        context.addIssue({ code: "custom", path: ["suppress"], message: `cannot be combined with ${beside.join(", ")}: a suppressed event is dropped, so nothing is sent or changed` });
      }
    } else if (actions.channels && !actions.notify) {
      context.addIssue({ code: "custom", path: ["channels"], message: "only applies with notify: it picks which of the notified users' channels to use" });
    } else if (actions.template && !actions.notify) {
      context.addIssue({ code: "custom", path: ["template"], message: "only applies with notify: it picks the words of the notifications this rule sends" });
    } else if (actions.group_by && !actions.notify) {
      context.addIssue({ code: "custom", path: ["group_by"], message: "only applies with notify: it groups the notifications this rule sends" });
    }
    for (const key of ["group_wait", "group_interval"] as const) {
      if (actions[key] !== undefined && !actions.group_by) context.addIssue({ code: "custom", path: [key], message: "only applies with group_by" });
    }
    if (actions.repeat_interval !== undefined && !actions.notify) {
      context.addIssue({ code: "custom", path: ["repeat_interval"], message: "only applies with notify: it says how often this rule's recipients are told again" });
    }
    if (!actions.notify && !actions.suppress && !actions.set_severity && !actions.stop && !actions.channels && !actions.template && !actions.escalation_policy) {
      context.addIssue({ code: "custom", path: [], message: "needs at least one action: notify, escalation_policy, suppress, set_severity or stop" });
    }
  });
export type TRuleActions = z.output<typeof ZRuleActions>;
export type TRuleActionsInput = z.input<typeof ZRuleActions>;
