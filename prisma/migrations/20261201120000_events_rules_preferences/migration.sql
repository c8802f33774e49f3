-- CreateEnum
CREATE TYPE "EventSeverity" AS ENUM ('INFO', 'WARNING', 'CRITICAL');

-- CreateEnum
CREATE TYPE "EventStatus" AS ENUM ('RECEIVED', 'ROUTED', 'FAILED');

-- CreateEnum
CREATE TYPE "DecisionOutcome" AS ENUM ('NOTIFIED', 'DEFERRED', 'SUPPRESSED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationStatus" ADD VALUE 'DEFERRED';
ALTER TYPE "NotificationStatus" ADD VALUE 'SUPPRESSED';
ALTER TYPE "NotificationStatus" ADD VALUE 'CANCELLED';

-- AlterTable
ALTER TABLE "notifications" ADD COLUMN     "cancelled_at" TIMESTAMP(3),
ADD COLUMN     "cancelled_by" TEXT,
ADD COLUMN     "deliver_after" TIMESTAMP(3),
ADD COLUMN     "event_id" UUID,
ADD COLUMN     "recipient_user_id" INTEGER,
ADD COLUMN     "request_hash" TEXT;

-- AlterTable
ALTER TABLE "user_notification_preferences" ADD COLUMN     "critical_bypasses_quiet_hours" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "dnd_until" TIMESTAMP(3),
ADD COLUMN     "quiet_hours_days" INTEGER[] DEFAULT ARRAY[1, 2, 3, 4, 5, 6, 7]::INTEGER[],
ADD COLUMN     "subscriptions" JSONB NOT NULL DEFAULT '[]';

-- CreateTable
CREATE TABLE "events" (
    "id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "severity" "EventSeverity" NOT NULL,
    "source" TEXT,
    "title" TEXT NOT NULL,
    "message" TEXT,
    "job" JSONB,
    "labels" JSONB NOT NULL DEFAULT '{}',
    "data" JSONB NOT NULL DEFAULT '{}',
    "group_key" TEXT NOT NULL,
    "recipients" JSONB NOT NULL DEFAULT '[]',
    "occurred_at" TIMESTAMP(3) NOT NULL,
    "received_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" "EventStatus" NOT NULL DEFAULT 'RECEIVED',
    "routed_at" TIMESTAMP(3),
    "routing_error" TEXT,
    "api_key_id" INTEGER,
    "dedupe_key" TEXT,
    "request_hash" TEXT NOT NULL,

    CONSTRAINT "events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "routing_decisions" (
    "id" SERIAL NOT NULL,
    "event_id" UUID,
    "notification_id" INTEGER,
    "user_id" INTEGER,
    "recipient" TEXT NOT NULL,
    "channel" "Channel",
    "outcome" "DecisionOutcome" NOT NULL,
    "reason" TEXT NOT NULL,
    "rule_id" INTEGER,
    "deliver_after" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "routing_decisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "routing_rules" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "position" INTEGER NOT NULL,
    "match" JSONB NOT NULL,
    "actions" JSONB NOT NULL,
    "created_by_id" INTEGER,
    "updated_by_id" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "routing_rules_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "events_dedupe_key_key" ON "events"("dedupe_key");

-- CreateIndex
CREATE INDEX "events_type_id_idx" ON "events"("type", "id");

-- CreateIndex
CREATE INDEX "events_occurred_at_idx" ON "events"("occurred_at");

-- CreateIndex
CREATE INDEX "routing_decisions_event_id_idx" ON "routing_decisions"("event_id");

-- CreateIndex
CREATE INDEX "routing_decisions_notification_id_idx" ON "routing_decisions"("notification_id");

-- CreateIndex
CREATE UNIQUE INDEX "routing_rules_name_key" ON "routing_rules"("name");

-- CreateIndex
CREATE INDEX "routing_rules_position_idx" ON "routing_rules"("position");

-- CreateIndex
CREATE INDEX "notifications_event_id_idx" ON "notifications"("event_id");

-- CreateIndex
CREATE INDEX "notifications_recipient_user_id_created_at_idx" ON "notifications"("recipient_user_id", "created_at");

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_recipient_user_id_fkey" FOREIGN KEY ("recipient_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "events" ADD CONSTRAINT "events_api_key_id_fkey" FOREIGN KEY ("api_key_id") REFERENCES "api_keys"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "routing_decisions" ADD CONSTRAINT "routing_decisions_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "routing_decisions" ADD CONSTRAINT "routing_decisions_notification_id_fkey" FOREIGN KEY ("notification_id") REFERENCES "notifications"("id") ON DELETE CASCADE ON UPDATE CASCADE;
