import { Fragment, type ReactNode } from "react";
import styles from "./templates.module.css";

/**
 * Slack mrkdwn or Teams markdown as readable text: bold, italics, code, links and line breaks,
 * built as React nodes (never as HTML), so a preview shows formatting without running markup.
 */
export function RichText({ text, flavour }: { text: string; flavour: "slack" | "teams" }) {
  const blocks = text.split(/```/);
  return (
    <>
      {blocks.map((block, index) =>
        index % 2 === 1 ? (
          <pre key={index} className="mono text-sm">
            {unescape(block.replace(/^\n/, ""))}
          </pre>
        ) : (
          <Fragment key={index}>{lines(block, flavour)}</Fragment>
        ),
      )}
    </>
  );
}

function lines(text: string, flavour: "slack" | "teams"): ReactNode[] {
  return text.split("\n").flatMap((line, index) => [index > 0 ? <br key={`br-${index}`} /> : null, <Fragment key={index}>{inline(line, flavour)}</Fragment>]);
}

const SLACK_TOKENS = /(`[^`]+`|\*[^*\n]+\*|_[^_\n]+_|~[^~\n]+~|<[^>\n]+>)/g;
const TEAMS_TOKENS = /(`[^`]+`|\*\*[^*\n]+\*\*|_[^_\n]+_|\*[^*\n]+\*|\[[^\]\n]+\]\([^)\s]+\))/g;

function inline(line: string, flavour: "slack" | "teams"): ReactNode[] {
  return line.split(flavour === "slack" ? SLACK_TOKENS : TEAMS_TOKENS).map((part, index) => {
    if (index % 2 === 0) return unescape(part);
    if (part.startsWith("`")) return <code key={index}>{unescape(part.slice(1, -1))}</code>;
    if (part.startsWith("**")) return <strong key={index}>{unescape(part.slice(2, -2))}</strong>;
    if (part.startsWith("*")) return flavour === "slack" ? <strong key={index}>{unescape(part.slice(1, -1))}</strong> : <em key={index}>{unescape(part.slice(1, -1))}</em>;
    if (part.startsWith("_")) return <em key={index}>{unescape(part.slice(1, -1))}</em>;
    if (part.startsWith("~")) return <s key={index}>{unescape(part.slice(1, -1))}</s>;
    if (part.startsWith("[")) {
      const [, label = "", url = ""] = /^\[([^\]]+)\]\(([^)]+)\)$/.exec(part) ?? [];
      return <Link key={index} label={label} url={url} />;
    }
    return <SlackAngle key={index} token={part.slice(1, -1)} />;
  });
}

/** `<url|label>`, `<!channel>`, `<!date^…|fallback>`, `<@U123>` as Slack shows them. */
function SlackAngle({ token }: { token: string }) {
  const [target = "", label] = token.split("|");
  if (target.startsWith("!date")) return <>{unescape(label ?? target)}</>;
  if (target.startsWith("!")) return <strong>@{target.slice(1)}</strong>;
  if (target.startsWith("@") || target.startsWith("#")) return <strong>{label ?? target}</strong>;
  return <Link label={unescape(label ?? target)} url={target} />;
}

/** A link shown as a link, without navigating from inside the preview. */
function Link({ label, url }: { label: string; url: string }) {
  return (
    <span className={styles.link} title={url}>
      {label}
    </span>
  );
}

function unescape(text: string): string {
  return text.replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");
}
