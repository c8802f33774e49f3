import { DateTime } from "luxon";
import { atClock, formatClock, parseClock } from "@/server/time/wall-clock";
import { effectiveTimeZone } from "./quiet-hours";
import type { TDigestPeriod } from "./subscription";

/** A user's digest as routing folds into it: when it is next sent, and its name in decisions and the message. */
export type TDigestPlan = { releaseAt: Date; label: string };

/**
 * When the digest that collects a notification made at `now` is sent: the
 * next full hour on the user's clock (a half-hour zone's hour starts at :30
 * UTC), or the next `at` in their zone — today if still ahead, else tomorrow,
 * placed across DST as quiet hours are.
 */
export function nextDigest(options: { period: TDigestPeriod; at?: string; timezone: string; now: Date }): TDigestPlan {
  const zone = effectiveTimeZone(options.timezone);
  const local = DateTime.fromJSDate(options.now, { zone });
  if (options.period === "hourly") return { releaseAt: local.startOf("hour").plus({ hours: 1 }).toJSDate(), label: "hourly digest" };
  const clock = parseClock(options.at) ?? { hour: 9, minute: 0 };
  const today = atClock(local.startOf("day"), clock);
  const next = today > local ? today : atClock(local.startOf("day").plus({ days: 1 }), clock);
  return { releaseAt: next.toJSDate(), label: `daily digest at ${formatClock(clock)} ${zone}` };
}
