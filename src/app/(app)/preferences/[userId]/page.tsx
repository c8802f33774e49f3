import { UserPreferencesPanel } from "../user-preferences-panel";

export const metadata = { title: "User preferences · OpsConductor Notify" };

/** The id from /users; an email address works too (the API takes either). */
function userRefOf(param: string): number | string {
  let decoded = param;
  try {
    decoded = decodeURIComponent(param);
  } catch {
    // A malformed escape: the API answers that it is not a user.
  }
  return /^\d+$/.test(decoded) ? Number(decoded) : decoded;
}

export default async function UserPreferencesPage({ params }: { params: Promise<{ userId: string }> }) {
  const { userId } = await params;
  return <UserPreferencesPanel userRef={userRefOf(userId)} />;
}
