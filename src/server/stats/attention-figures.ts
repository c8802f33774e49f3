import { db } from "@/server/db/client";
import { listIncidents } from "@/server/incidents/incident-queries";
import { listMaintenanceWindows } from "@/server/maintenance/maintenance-windows";

const LATEST = 5;

/** Open incidents (how many, and the newest few) and the maintenance windows in force: what an operator should look at first. */
export async function attentionFigures() {
  const [openCount, latest, windows] = await Promise.all([
    db().incident.count({ where: { status: { in: ["TRIGGERED", "ACKNOWLEDGED"] } } }),
    listIncidents({ status: "open", limit: LATEST }),
    listMaintenanceWindows({ status: "active" }),
  ]);
  return {
    incidents: {
      open: openCount,
      latest: latest.data.map((incident) => ({ id: incident.id, title: incident.title, severity: incident.severity, status: incident.status, triggered_at: incident.triggered_at })),
    },
    maintenance: {
      active: windows.map((window) => ({ id: window.id, name: window.name, ends_at: window.current_occurrence?.ends_at ?? null })),
    },
  };
}
