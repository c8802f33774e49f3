import type { ReactNode } from "react";
import { ButtonLink } from "@/components/ui/button";
import styles from "./preferences.module.css";

export type TChannelsSectionProps = {
  self: boolean;
  /** The Email card, then the Slack, Teams, webhook and SMS cards. */
  children: ReactNode;
};

export function ChannelsSection({ self, children }: TChannelsSectionProps) {
  return (
    <section className={styles.section} aria-labelledby="preferences-channels-title">
      <div className={styles.sectionHeader}>
        <div className="stack stack--sm">
          <h2 id="preferences-channels-title" className={styles.sectionTitle}>
            Channels
          </h2>
          <p className="text-sm text-muted">
            {self
              ? "Where notifications addressed to you arrive. Slack, Teams, webhook and SMS are saved with “Save my channels”; email with “Save preferences” below."
              : "Where notifications addressed to this user arrive. Destinations are stored encrypted and shown masked; tests can only be sent by the user themselves."}
          </p>
        </div>
        {self && (
          <ButtonLink href="/channels/test" size="sm">
            Test all channels
          </ButtonLink>
        )}
      </div>
      {children}
    </section>
  );
}
