import { Text } from "@react-email/text";
import { Fragment } from "react";
import { colors } from "./theme";

/**
 * The notification body comes from API callers, so it is rendered as React text
 * (escaped), never as HTML; blank lines start paragraphs, single newlines break lines.
 */
export function BodyText({ text }: { text: string }) {
  const paragraphs = text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <>
      {paragraphs.map((paragraph, i) => (
        <Text key={i} style={style}>
          {paragraph.split("\n").map((line, j) => (
            <Fragment key={j}>
              {j > 0 && <br />}
              {line}
            </Fragment>
          ))}
        </Text>
      ))}
    </>
  );
}

const style = {
  margin: "0 0 12px",
  fontSize: "15px",
  lineHeight: "22px",
  color: colors.text,
  wordBreak: "break-word" as const,
};
