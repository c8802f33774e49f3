import { z } from "zod";

export const ZRuleId = z.coerce.number("rule id must be a number").int("rule id must be an integer").positive("rule id must be positive");
