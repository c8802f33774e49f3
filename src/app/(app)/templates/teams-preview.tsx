import { buttonClassName } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { JsonDisclosure } from "./json-disclosure";
import { asArray, asText, isRecord, type TRecord } from "./preview-values";
import { RichText } from "./rich-text";
import styles from "./templates.module.css";

/** The Adaptive Card roughly as Teams draws it: text blocks, fact sets, containers, columns and actions. */
export function TeamsPreview({ payload }: { payload: unknown }) {
  const message = isRecord(payload) ? payload : {};
  const attachment = asArray(message.attachments).find(isRecord);
  const card = isRecord(attachment?.content) ? attachment.content : {};
  const actions = asArray(card.actions).filter(isRecord);
  return (
    <div className="stack">
      <article className={styles.chat} aria-label="Teams message">
        <CardElements items={asArray(card.body)} />
        {actions.length > 0 && (
          <div className="cluster">
            {actions.map((action, index) => (
              <span key={index} className={buttonClassName({ size: "sm" })}>
                {asText(action.title) || "Action"}
              </span>
            ))}
          </div>
        )}
      </article>
      <JsonDisclosure value={payload} label="Teams payload JSON" />
    </div>
  );
}

function CardElements({ items }: { items: unknown[] }) {
  return (
    <>
      {items.filter(isRecord).map((item, index) => (
        <CardElement key={index} item={item} />
      ))}
    </>
  );
}

function CardElement({ item }: { item: TRecord }) {
  switch (item.type) {
    case "TextBlock": {
      const className = cx(
        item.size === "Large" || item.size === "ExtraLarge" ? styles.chatHeader : undefined,
        item.weight === "Bolder" && styles.bold,
        (item.isSubtle === true || item.size === "Small") && styles.chatContext,
        item.fontType === "Monospace" && "mono",
      );
      return (
        <div className={className || undefined}>
          <RichText text={asText(item.text)} flavour="teams" />
        </div>
      );
    }
    case "FactSet":
      return (
        <dl className={styles.facts}>
          {asArray(item.facts).filter(isRecord).map((fact, index) => (
            <div key={index} className={styles.fact}>
              <dt>{asText(fact.title)}</dt>
              <dd>
                <RichText text={asText(fact.value)} flavour="teams" />
              </dd>
            </div>
          ))}
        </dl>
      );
    case "Container":
      return (
        <div className={cx(styles.chatSection, item.style === "emphasis" && styles.emphasis)}>
          <CardElements items={asArray(item.items)} />
        </div>
      );
    case "ColumnSet":
      return (
        <div className={styles.chatFields}>
          {asArray(item.columns).filter(isRecord).map((column, index) => (
            <div key={index}>
              <CardElements items={asArray(column.items)} />
            </div>
          ))}
        </div>
      );
    case "Image":
      return <p className="text-muted">[Image: {asText(item.altText) || asText(item.url)}]</p>;
    default:
      return <p className="text-sm text-muted">A “{asText(item.type) || "?"}” element: see the JSON below.</p>;
  }
}
