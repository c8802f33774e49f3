-- CreateEnum
CREATE TYPE "FoldKind" AS ENUM ('RATE_LIMIT', 'MAINTENANCE', 'DIGEST', 'FLOOD');

-- CreateEnum
CREATE TYPE "MaintenanceCriticalPolicy" AS ENUM ('DELIVER', 'HOLD');

-- AlterEnum
ALTER TYPE "DecisionOutcome" ADD VALUE 'FOLDED';

-- AlterEnum
ALTER TYPE "NotificationStatus" ADD VALUE 'FOLDED';

-- AlterTable
ALTER TABLE "job_states" ADD COLUMN     "flapping_since" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "notifications" ADD COLUMN     "fold_id" INTEGER;

-- CreateTable
CREATE TABLE "notification_folds" (
    "id" SERIAL NOT NULL,
    "fold_key" TEXT NOT NULL,
    "kind" "FoldKind" NOT NULL,
    "label" TEXT NOT NULL,
    "channel" "Channel" NOT NULL,
    "recipient_email" TEXT,
    "recipient_user_id" INTEGER,
    "channel_id" INTEGER,
    "destination_key" TEXT,
    "maintenance_window_id" INTEGER,
    "opened_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "release_at" TIMESTAMP(3) NOT NULL,
    "released_at" TIMESTAMP(3),
    "summary_notification_id" INTEGER,

    CONSTRAINT "notification_folds_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "delivery_budgets" (
    "budget_key" TEXT NOT NULL,
    "window_started_at" TIMESTAMP(3) NOT NULL,
    "used" INTEGER NOT NULL,

    CONSTRAINT "delivery_budgets_pkey" PRIMARY KEY ("budget_key")
);

-- CreateTable
CREATE TABLE "event_group_rates" (
    "group_key" TEXT NOT NULL,
    "minute" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "event_group_rates_pkey" PRIMARY KEY ("group_key","minute")
);

-- CreateTable
CREATE TABLE "maintenance_windows" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "source" TEXT,
    "job_glob" TEXT,
    "labels" JSONB NOT NULL DEFAULT '{}',
    "starts_at" TIMESTAMP(3),
    "ends_at" TIMESTAMP(3),
    "weekdays" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "start_time" TEXT,
    "end_time" TEXT,
    "timezone" TEXT NOT NULL DEFAULT 'UTC',
    "critical" "MaintenanceCriticalPolicy" NOT NULL DEFAULT 'DELIVER',
    "ended_until" TIMESTAMP(3),
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "deleted_at" TIMESTAMP(3),

    CONSTRAINT "maintenance_windows_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "maintenance_window_changes" (
    "id" SERIAL NOT NULL,
    "window_id" INTEGER NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "detail" TEXT NOT NULL,

    CONSTRAINT "maintenance_window_changes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "notification_folds_fold_key_key" ON "notification_folds"("fold_key");

-- CreateIndex
CREATE INDEX "notification_folds_maintenance_window_id_released_at_idx" ON "notification_folds"("maintenance_window_id", "released_at");

-- CreateIndex
CREATE INDEX "notification_folds_released_at_release_at_idx" ON "notification_folds"("released_at", "release_at");

-- CreateIndex
CREATE INDEX "maintenance_window_changes_window_id_at_idx" ON "maintenance_window_changes"("window_id", "at");

-- CreateIndex
CREATE INDEX "notifications_fold_id_idx" ON "notifications"("fold_id");

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_fold_id_fkey" FOREIGN KEY ("fold_id") REFERENCES "notification_folds"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "maintenance_window_changes" ADD CONSTRAINT "maintenance_window_changes_window_id_fkey" FOREIGN KEY ("window_id") REFERENCES "maintenance_windows"("id") ON DELETE CASCADE ON UPDATE CASCADE;
