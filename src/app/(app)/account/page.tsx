import { AccountView } from "./account-view";

export const metadata = { title: "My account · OpsConductor Notify" };

export default function AccountPage() {
  return <AccountView />;
}
