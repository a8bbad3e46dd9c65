-- AlterEnum
ALTER TYPE "NotificationEvent" ADD VALUE 'drill_scheduled';
