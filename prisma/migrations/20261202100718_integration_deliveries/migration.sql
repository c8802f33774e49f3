-- CreateEnum
CREATE TYPE "IntegrationDeliveryStatus" AS ENUM ('ACCEPTED', 'REJECTED');

-- CreateTable
CREATE TABLE "integration_deliveries" (
    "id" SERIAL NOT NULL,
    "receiver" TEXT NOT NULL,
    "received_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" "IntegrationDeliveryStatus" NOT NULL,
    "alert_count" INTEGER NOT NULL DEFAULT 0,
    "repeated_count" INTEGER NOT NULL DEFAULT 0,
    "event_ids" UUID[] DEFAULT ARRAY[]::UUID[],
    "error" TEXT,
    "warnings" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "sent_by" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "payload_cut" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "integration_deliveries_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "integration_deliveries_receiver_id_idx" ON "integration_deliveries"("receiver", "id");
