import type pg from "pg";
import { benchUserEmail, drainUserEmail, DRAIN_USERS } from "./event-samples";

// createUser hashes with scrypt (~0.3 s each); routing never reads the hash.
const DUMMY_PASSWORD_HASH = "scrypt$16384$8$1$YmVuY2g$YmVuY2g";
const ZONES = ["Europe/Berlin", "America/New_York", "Asia/Kolkata", "UTC"];

export type TUserMix = { users: number; defaults: number; emailOff: number; withSubscriptions: number; withQuietHours: number };

/** Users 1-2 are admins and 3-4 operators, so a role target reaches two people. */
function roleOf(index: number): string {
  return index <= 2 ? "ADMIN" : index <= 4 ? "OPERATOR" : "VIEWER";
}

const DEFAULTS = { email_enabled: true, slack_enabled: false, quiet_hours_start: null, quiet_hours_end: null, quiet_hours_days: [1, 2, 3, 4, 5, 6, 7], timezone: "UTC", subscriptions: [] };

/**
 * The preferences of user `index`: one in ten keeps the defaults (a row
 * exists all the same: do-not-disturb is stored there),
 * about one in seven turned email off (half of them turned Slack on without
 * a webhook), a quarter narrow what they get with subscriptions, a third
 * have quiet hours in their own zone. Critical alerts do NOT break through
 * (criticalBypassesQuietHours false), so do-not-disturb holds everything back.
 */
function preferencesOf(index: number) {
  if (index % 10 === 0) return DEFAULTS;
  const emailOff = index % 7 === 3;
  const subscriptions =
    index % 4 === 1
      ? [
          { pattern: "job.completed", min_severity: "info", channels: [] },
          { pattern: "job.*", min_severity: "warning", channels: ["email"] },
        ]
      : index % 4 === 2
        ? [{ pattern: "alert.*", min_severity: "critical", channels: ["email"] }]
        : [];
  const quiet = index % 3 === 0;
  return {
    email_enabled: !emailOff,
    slack_enabled: emailOff && index % 2 === 0,
    quiet_hours_start: quiet ? "22:00" : null,
    quiet_hours_end: quiet ? "07:00" : null,
    quiet_hours_days: index % 6 === 0 ? [1, 2, 3, 4, 5] : [1, 2, 3, 4, 5, 6, 7],
    timezone: ZONES[index % ZONES.length],
    subscriptions,
  };
}

/**
 * `count` users plus the drain users, and their preferences, with one
 * statement each (createUser's scrypt would take minutes for 1,000).
 */
export async function seedUsers(pool: pg.Pool, count: number): Promise<TUserMix> {
  const users = Array.from({ length: count }, (_, offset) => ({ email: benchUserEmail(offset + 1), name: `Bench user ${offset + 1}`, role: roleOf(offset + 1) }));
  const drainUsers = new Set(Array.from({ length: DRAIN_USERS }, (_, index) => drainUserEmail(index)));
  users.push(...[...drainUsers].map((email) => ({ email, name: "Drain recipient", role: "VIEWER" })));
  await pool.query(
    `insert into users (email, name, password_hash, role, created_at, updated_at)
     select u.email, u.name, $2, u.role::"Role", now(), now() from jsonb_to_recordset($1::jsonb) as u(email text, name text, role text)`,
    [JSON.stringify(users), DUMMY_PASSWORD_HASH],
  );
  const preferences = users.map((user, offset) => ({ email: user.email, ...(drainUsers.has(user.email) ? DEFAULTS : preferencesOf(offset + 1)) }));
  await pool.query(
    `insert into user_notification_preferences (user_id, email_enabled, slack_enabled, quiet_hours_start, quiet_hours_end, quiet_hours_days, timezone,
                                                critical_bypasses_quiet_hours, subscriptions, created_at, updated_at)
     select u.id, p.email_enabled, p.slack_enabled, p.quiet_hours_start, p.quiet_hours_end,
            array(select jsonb_array_elements_text(p.quiet_hours_days)::int), p.timezone, false, p.subscriptions, now(), now()
       from jsonb_to_recordset($1::jsonb) as p(email text, email_enabled boolean, slack_enabled boolean, quiet_hours_start text, quiet_hours_end text,
                                              quiet_hours_days jsonb, timezone text, subscriptions jsonb)
       join users u on u.email = p.email`,
    [JSON.stringify(preferences)],
  );
  const mine = preferences.filter((row) => !drainUsers.has(row.email));
  return {
    users: count,
    defaults: mine.filter((_, offset) => (offset + 1) % 10 === 0).length,
    emailOff: mine.filter((row) => !row.email_enabled).length,
    withSubscriptions: mine.filter((row) => row.subscriptions.length > 0).length,
    withQuietHours: mine.filter((row) => row.quiet_hours_start !== null).length,
  };
}

/**
 * Do-not-disturb for every user until `minutes` from now,
 * or off (null). Stored as UTC like the app stores it.
 */
export async function setDoNotDisturb(pool: pg.Pool, minutes: number | null): Promise<void> {
  if (minutes === null) await pool.query("update user_notification_preferences set dnd_until = null");
  else await pool.query("update user_notification_preferences set dnd_until = (now() at time zone 'utc') + make_interval(mins => $1)", [minutes]);
}
