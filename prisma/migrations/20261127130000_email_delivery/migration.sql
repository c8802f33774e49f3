-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationStatus" ADD VALUE 'RETRYING';
ALTER TYPE "NotificationStatus" ADD VALUE 'DEAD';

-- AlterTable
ALTER TABLE "delivery_attempts" ADD COLUMN     "error_type" TEXT;

-- AlterTable
ALTER TABLE "notifications" ADD COLUMN     "last_error_type" TEXT,
ADD COLUMN     "next_attempt_at" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "worker_heartbeats" ADD COLUMN     "graphile_worker_ids" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "notification_attachments" (
    "id" SERIAL NOT NULL,
    "notification_id" INTEGER NOT NULL,
    "filename" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "original_size_bytes" INTEGER NOT NULL,
    "transform" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notification_attachments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "dlq" (
    "id" SERIAL NOT NULL,
    "original_notification_id" INTEGER NOT NULL,
    "error_type" TEXT NOT NULL,
    "error_message" TEXT NOT NULL,
    "retry_count" INTEGER NOT NULL DEFAULT 0,
    "last_retry_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "dlq_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "smtp_settings" (
    "id" SERIAL NOT NULL,
    "smtp_server" TEXT NOT NULL,
    "smtp_port" INTEGER NOT NULL,
    "username" TEXT,
    "password_encrypted" TEXT,
    "use_tls" BOOLEAN NOT NULL DEFAULT true,
    "use_ssl" BOOLEAN NOT NULL DEFAULT false,
    "allow_self_signed" BOOLEAN NOT NULL DEFAULT false,
    "from_email" TEXT NOT NULL,
    "from_name" TEXT,
    "reply_to" TEXT,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "updated_by_id" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "smtp_settings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "worker_control" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "paused" BOOLEAN NOT NULL DEFAULT false,
    "changed_by" TEXT,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "worker_control_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "transport_circuits" (
    "transport_key" TEXT NOT NULL,
    "opened_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "next_probe_at" TIMESTAMP(3) NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 1,
    "last_error" TEXT NOT NULL,

    CONSTRAINT "transport_circuits_pkey" PRIMARY KEY ("transport_key")
);

-- CreateTable
CREATE TABLE "encryption_key_check" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "sealed" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "encryption_key_check_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "notification_attachments_notification_id_idx" ON "notification_attachments"("notification_id");

-- CreateIndex
CREATE UNIQUE INDEX "dlq_original_notification_id_key" ON "dlq"("original_notification_id");

-- CreateIndex
CREATE INDEX "dlq_created_at_idx" ON "dlq"("created_at");

-- AddForeignKey
ALTER TABLE "notification_attachments" ADD CONSTRAINT "notification_attachments_notification_id_fkey" FOREIGN KEY ("notification_id") REFERENCES "notifications"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dlq" ADD CONSTRAINT "dlq_original_notification_id_fkey" FOREIGN KEY ("original_notification_id") REFERENCES "notifications"("id") ON DELETE CASCADE ON UPDATE CASCADE;
