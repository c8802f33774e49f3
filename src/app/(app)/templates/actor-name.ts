/** "user:ada@example.com" → "ada@example.com"; other actors (the CLI, an API key) as they are. */
export const actorName = (actor: string | null | undefined) => (actor ? actor.replace(/^user:/, "") : "—");
