-- CreateEnum
CREATE TYPE "IncidentStatus" AS ENUM ('TRIGGERED', 'ACKNOWLEDGED', 'RESOLVED');

-- AlterTable
ALTER TABLE "notifications" ADD COLUMN     "incident_id" INTEGER;

-- CreateTable
CREATE TABLE "escalation_policies" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "levels" JSONB NOT NULL,
    "repeat" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "escalation_policies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "incidents" (
    "id" SERIAL NOT NULL,
    "policy_id" INTEGER,
    "policy_name" TEXT NOT NULL,
    "event_id" UUID,
    "rule_id" INTEGER,
    "title" TEXT NOT NULL,
    "severity" "EventSeverity" NOT NULL,
    "incident_key" TEXT NOT NULL,
    "status" "IncidentStatus" NOT NULL DEFAULT 'TRIGGERED',
    "level" INTEGER NOT NULL DEFAULT 0,
    "round" INTEGER NOT NULL DEFAULT 0,
    "event_count" INTEGER NOT NULL DEFAULT 1,
    "triggered_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "next_escalation_at" TIMESTAMP(3),
    "acknowledged_at" TIMESTAMP(3),
    "acknowledged_by" TEXT,
    "acknowledged_via" TEXT,
    "resolved_at" TIMESTAMP(3),
    "resolved_by" TEXT,
    "resolved_via" TEXT,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "incidents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "incident_timeline" (
    "id" SERIAL NOT NULL,
    "incident_id" INTEGER NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "kind" TEXT NOT NULL,
    "detail" TEXT NOT NULL,
    "actor" TEXT,
    "level" INTEGER,

    CONSTRAINT "incident_timeline_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "incident_ack_uses" (
    "notification_id" INTEGER NOT NULL,
    "incident_id" INTEGER NOT NULL,
    "used_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "incident_ack_uses_pkey" PRIMARY KEY ("notification_id")
);

-- CreateTable
CREATE TABLE "job_states" (
    "job_key" TEXT NOT NULL,
    "last_status" TEXT NOT NULL,
    "last_event_id" UUID NOT NULL,
    "failing_since_event_id" UUID,
    "failing_since" TIMESTAMP(3),
    "transitions" TIMESTAMP(3)[] DEFAULT ARRAY[]::TIMESTAMP(3)[],
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "job_states_pkey" PRIMARY KEY ("job_key")
);

-- CreateIndex
CREATE UNIQUE INDEX "escalation_policies_name_key" ON "escalation_policies"("name");

-- CreateIndex
CREATE INDEX "incidents_status_triggered_at_idx" ON "incidents"("status", "triggered_at");

-- CreateIndex
CREATE INDEX "incidents_incident_key_status_idx" ON "incidents"("incident_key", "status");

-- CreateIndex
CREATE INDEX "incident_timeline_incident_id_at_idx" ON "incident_timeline"("incident_id", "at");

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_policy_id_fkey" FOREIGN KEY ("policy_id") REFERENCES "escalation_policies"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incident_timeline" ADD CONSTRAINT "incident_timeline_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incident_ack_uses" ADD CONSTRAINT "incident_ack_uses_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE CASCADE ON UPDATE CASCADE;
