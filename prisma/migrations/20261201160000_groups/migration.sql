-- CreateTable
CREATE TABLE "notification_groups" (
    "id" SERIAL NOT NULL,
    "rule_id" INTEGER NOT NULL,
    "group_key" TEXT NOT NULL,
    "rule_name" TEXT NOT NULL,
    "opened_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_event_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_flushed_at" TIMESTAMP(3),
    "last_message_at" TIMESTAMP(3),
    "message_count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "notification_groups_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notification_group_members" (
    "id" SERIAL NOT NULL,
    "group_id" INTEGER NOT NULL,
    "event_id" UUID NOT NULL,
    "added_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "flushed_at" TIMESTAMP(3),

    CONSTRAINT "notification_group_members_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "notification_groups_rule_id_group_key_key" ON "notification_groups"("rule_id", "group_key");

-- CreateIndex
CREATE INDEX "notification_group_members_group_id_flushed_at_idx" ON "notification_group_members"("group_id", "flushed_at");

-- CreateIndex
CREATE UNIQUE INDEX "notification_group_members_group_id_event_id_key" ON "notification_group_members"("group_id", "event_id");

-- AddForeignKey
ALTER TABLE "notification_group_members" ADD CONSTRAINT "notification_group_members_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "notification_groups"("id") ON DELETE CASCADE ON UPDATE CASCADE;
