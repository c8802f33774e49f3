import { Text } from "@react-email/text";
import { colors, monoFamily } from "./theme";

export function LogBlock({ title, lines }: { title: string; lines: string[] }) {
  if (lines.length === 0) return null;
  return (
    <>
      <Text style={caption}>{title}</Text>
      <pre style={pre}>{lines.join("\n")}</pre>
    </>
  );
}

const caption = { margin: "0 0 6px", fontSize: "13px", fontWeight: 600, color: colors.muted };
// pre-wrap + break-all keep long log lines inside a 320px screen instead of forcing a scrollbar.
const pre = {
  margin: "0 0 16px",
  padding: "12px",
  borderRadius: "4px",
  backgroundColor: colors.codeSurface,
  color: colors.codeText,
  fontFamily: monoFamily,
  fontSize: "12px",
  lineHeight: "18px",
  whiteSpace: "pre-wrap" as const,
  wordBreak: "break-all" as const,
};
