import { RuleForm } from "../rule-form";

export const metadata = { title: "New rule · OpsConductor Notify" };

export default function NewRulePage() {
  return <RuleForm rule={null} />;
}
