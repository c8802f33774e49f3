-- CreateTable
CREATE TABLE "creation_rollups" (
    "period" TIMESTAMP(3) NOT NULL,
    "channel" "Channel" NOT NULL,
    "notification_type" TEXT NOT NULL,
    "created" INTEGER NOT NULL,

    CONSTRAINT "creation_rollups_pkey" PRIMARY KEY ("period","channel","notification_type")
);
