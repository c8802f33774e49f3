import { buttonClassName } from "@/components/ui/button";
import { JsonDisclosure } from "./json-disclosure";
import { asArray, asText, isRecord, textOf, type TRecord } from "./preview-values";
import { RichText } from "./rich-text";
import styles from "./templates.module.css";

/** The Slack message roughly as the Slack client lays it out: header, sections, fields, context, buttons. */
export function SlackPreview({ payload }: { payload: unknown }) {
  const message = isRecord(payload) ? payload : {};
  const blocks = asArray(message.blocks).filter(isRecord);
  const text = asText(message.text);
  return (
    <div className="stack">
      <article className={styles.chat} aria-label="Slack message">
        {blocks.length ? blocks.map((block, index) => <SlackBlock key={index} block={block} />) : <RichText text={text} flavour="slack" />}
      </article>
      <p className="text-sm text-muted">
        Notification text (lock screens and search): <span className={styles.inlineText}>{text || "—"}</span>
      </p>
      <JsonDisclosure value={payload} label="Slack payload JSON" />
    </div>
  );
}

function SlackBlock({ block }: { block: TRecord }) {
  switch (block.type) {
    case "header":
      return <p className={styles.chatHeader}>{textOf(block.text)}</p>;
    case "section":
      return (
        <div className={styles.chatSection}>
          {block.text !== undefined && <RichText text={textOf(block.text)} flavour="slack" />}
          {asArray(block.fields).length > 0 && (
            <div className={styles.chatFields}>
              {asArray(block.fields).map((item, index) => (
                <div key={index}>
                  <RichText text={textOf(item)} flavour="slack" />
                </div>
              ))}
            </div>
          )}
        </div>
      );
    case "context":
      return (
        <div className={styles.chatContext}>
          {asArray(block.elements).map((item, index) => (
            <span key={index}>{isRecord(item) && item.type === "image" ? `[${asText(item.alt_text) || "image"}] ` : <RichText text={textOf(item)} flavour="slack" />} </span>
          ))}
        </div>
      );
    case "divider":
      return <hr className={styles.chatDivider} />;
    case "actions":
      return (
        <div className="cluster">
          {asArray(block.elements).map((item, index) => (
            <span key={index} className={buttonClassName({ size: "sm" })}>
              {textOf(isRecord(item) ? item.text : item) || "Button"}
            </span>
          ))}
        </div>
      );
    case "image":
      return <p className="text-muted">[Image: {asText(block.alt_text) || asText(block.image_url)}]</p>;
    default:
      return <p className="text-sm text-muted">A “{asText(block.type) || "?"}” block: see the JSON below.</p>;
  }
}
