import type { ComponentProps, ReactNode } from "react";
import { cx } from "./cx";

export function Card({ className, ...rest }: ComponentProps<"section">) {
  return <section className={cx("card", className)} {...rest} />;
}

export type TCardHeaderProps = Omit<ComponentProps<"header">, "title"> & {
  title?: ReactNode;
  description?: ReactNode;
  /** Buttons aligned to the right of the title. */
  actions?: ReactNode;
  /** Heading level of the title; h2 under a page's h1. */
  as?: "h2" | "h3";
};

export function CardHeader({ title, description, actions, as: Heading = "h2", className, children, ...rest }: TCardHeaderProps) {
  return (
    <header className={cx("card__header", className)} {...rest}>
      {(title || description) && (
        <div className="card__heading">
          {title && <Heading className="card__title">{title}</Heading>}
          {description && <p className="card__description">{description}</p>}
        </div>
      )}
      {children}
      {actions && <div className="card__actions">{actions}</div>}
    </header>
  );
}

export type TCardBodyProps = ComponentProps<"div"> & {
  /** No padding, for tables and lists that run edge to edge. */
  flush?: boolean;
};

export function CardBody({ flush, className, ...rest }: TCardBodyProps) {
  return <div className={cx("card__body", flush && "card__body--flush", className)} {...rest} />;
}

export function CardFooter({ className, ...rest }: ComponentProps<"footer">) {
  return <footer className={cx("card__footer", className)} {...rest} />;
}
