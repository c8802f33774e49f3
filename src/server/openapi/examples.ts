/** Values the examples share, so a notification's event id is the event's id everywhere in the reference. */
export const EXAMPLE_EVENT_ID = "019a7c1e-8f3a-7b2c-9d4e-5f6a7b8c9d0e";
export const EXAMPLE_TIME = "2026-12-01T09:30:00.000Z";
export const EXAMPLE_LATER = "2026-12-01T09:30:02.000Z";
