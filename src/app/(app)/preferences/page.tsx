import { MyPreferencesPanel } from "./my-preferences-panel";

export const metadata = { title: "My notification preferences · OpsConductor Notify" };

export default function PreferencesPage() {
  return <MyPreferencesPanel />;
}
