import { ApiKeyList } from "./api-key-list";

export const metadata = { title: "API keys · OpsConductor Notify" };

export default function ApiKeysPage() {
  return <ApiKeyList />;
}
