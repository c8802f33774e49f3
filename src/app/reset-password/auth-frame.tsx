import type { ReactNode } from "react";
import { ThemeToggle } from "@/components/theme-toggle";
import { Card, CardBody } from "@/components/ui/card";

/** The signed-out pages' frame (as the sign-in page's): the brand, a title, one card. */
export function AuthFrame({ title, description, children }: { title: string; description?: ReactNode; children: ReactNode }) {
  return (
    <main className="auth">
      <div className="auth__corner">
        <ThemeToggle />
      </div>
      <div className="auth__panel">
        <div className="auth__brand">
          <span className="shell__logo" aria-hidden="true" />
          <h1 className="auth__title">{title}</h1>
          {description && <p className="text-muted">{description}</p>}
        </div>
        <Card>
          <CardBody>{children}</CardBody>
        </Card>
      </div>
    </main>
  );
}
