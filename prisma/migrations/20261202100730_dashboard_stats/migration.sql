-- CreateTable
CREATE TABLE "delivery_rollups" (
    "period" TIMESTAMP(3) NOT NULL,
    "channel" "Channel" NOT NULL,
    "notification_type" TEXT NOT NULL,
    "latency_bucket" SMALLINT NOT NULL,
    "sends" INTEGER NOT NULL,

    CONSTRAINT "delivery_rollups_pkey" PRIMARY KEY ("period","channel","notification_type","latency_bucket")
);

-- CreateIndex
CREATE INDEX "events_received_at_type_idx" ON "events"("received_at", "type");

-- CreateIndex
CREATE INDEX "notifications_created_at_status_channel_notification_type_idx" ON "notifications"("created_at", "status", "channel", "notification_type");

-- CreateIndex
CREATE INDEX "notifications_sent_at_channel_notification_type_created_at_idx" ON "notifications"("sent_at", "channel", "notification_type", "created_at");

-- CreateIndex
CREATE INDEX "routing_decisions_created_at_outcome_idx" ON "routing_decisions"("created_at", "outcome");
