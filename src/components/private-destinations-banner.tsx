import { Alert } from "./ui/alert";
import styles from "./private-destinations-banner.module.css";

/**
 * On every signed-in page while NOTIFY_ALLOW_PRIVATE_DESTINATIONS is on, so a
 * development setting carried into a real deployment does not go unnoticed.
 * A note, not role="alert": it would otherwise be announced on every page.
 */
export function PrivateDestinationsBanner() {
  return (
    <Alert tone="warning" role="note" className={styles.banner} title="Private destinations are allowed">
      NOTIFY_ALLOW_PRIVATE_DESTINATIONS is on: webhooks and chat channels may reach <span className="mono">http://</span>, loopback and
      private-network addresses, so anyone who can add a channel can make this server call your internal network. Turn it off outside
      development.
    </Alert>
  );
}
