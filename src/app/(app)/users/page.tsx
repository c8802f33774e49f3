import { UserList } from "./user-list";

export const metadata = { title: "Users · OpsConductor Notify" };

export default function UsersPage() {
  return <UserList />;
}
