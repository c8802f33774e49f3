/** Who changed a window, as its history shows it. */
export const userActor = (user: { email: string }) => `user:${user.email}`;
export const apiKeyActor = (key: { name: string }) => `api_key:${key.name}`;
