import { Text } from "@react-email/text";
import { colors, monoFamily, toneColor } from "./theme";

export function ErrorBox({ error }: { error: string | undefined }) {
  if (!error) return null;
  return (
    <Text style={box}>
      <strong>Error:</strong> <span style={{ fontFamily: monoFamily }}>{error}</span>
    </Text>
  );
}

const box = {
  margin: "0 0 16px",
  padding: "10px 12px",
  borderLeft: `4px solid ${toneColor.error}`,
  backgroundColor: colors.errorSurface,
  color: colors.errorText,
  fontSize: "14px",
  lineHeight: "20px",
  whiteSpace: "pre-wrap" as const,
  wordBreak: "break-word" as const,
};
