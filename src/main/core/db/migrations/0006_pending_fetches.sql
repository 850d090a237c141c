CREATE TABLE `fetch_retries` (
	`activity_id` integer NOT NULL,
	`kind` text NOT NULL,
	`attempts` integer NOT NULL,
	`not_before` integer NOT NULL,
	`last_error` text NOT NULL,
	`gave_up_at` integer,
	PRIMARY KEY(`activity_id`, `kind`),
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
-- What is pending moves from the fetch queue onto the activity rows: a queued detail becomes
-- detail_pending, queued streams already are streams_state 'pending'.
ALTER TABLE `activities` ADD `detail_pending` integer DEFAULT true NOT NULL;--> statement-breakpoint
UPDATE `activities` SET `detail_pending` = `id` IN (SELECT `activity_id` FROM `fetch_queue` WHERE `kind` = 'detail');--> statement-breakpoint
INSERT INTO `fetch_retries` SELECT `activity_id`, `kind`, `attempts`, `not_before`, coalesce(`last_error`, 'failed'), NULL FROM `fetch_queue` WHERE `attempts` > 0;--> statement-breakpoint
-- Pending streams the queue had dropped are ones the sync gave up on: it still does not retry them.
INSERT INTO `fetch_retries` SELECT `id`, 'streams', 3, 0, 'gave up before the upgrade', CAST(strftime('%s', 'now') AS INTEGER) * 1000 FROM `activities` WHERE `streams_state` = 'pending' AND `id` NOT IN (SELECT `activity_id` FROM `fetch_queue` WHERE `kind` = 'streams');--> statement-breakpoint
DROP TABLE `fetch_queue`;--> statement-breakpoint
CREATE INDEX `activities_detail_pending_idx` ON `activities` (`start_date`) WHERE "activities"."deleted_at" IS NULL AND "activities"."detail_pending" = 1;--> statement-breakpoint
CREATE INDEX `activities_streams_pending_idx` ON `activities` (`start_date`) WHERE "activities"."deleted_at" IS NULL AND "activities"."streams_state" = 'pending';
