CREATE TABLE `activity_streams` (
	`activity_id` integer PRIMARY KEY NOT NULL,
	`keys` text NOT NULL,
	`sample_count` integer NOT NULL,
	`data` blob NOT NULL,
	`fetched_at` integer NOT NULL,
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `fetch_queue` (
	`activity_id` integer NOT NULL,
	`kind` text NOT NULL,
	`start_date` integer NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`not_before` integer DEFAULT 0 NOT NULL,
	`last_error` text,
	PRIMARY KEY(`activity_id`, `kind`),
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `fetch_queue_order_idx` ON `fetch_queue` (`kind`,`start_date`);--> statement-breakpoint
CREATE TABLE `listing_seen` (
	`activity_id` integer PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sync_warnings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer NOT NULL,
	`activity_id` integer,
	`kind` text NOT NULL,
	`message` text NOT NULL
);
--> statement-breakpoint
ALTER TABLE `activities` ADD `has_heartrate` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `activities` ADD `average_speed` real;--> statement-breakpoint
ALTER TABLE `activities` ADD `detail_fetched_at` integer;--> statement-breakpoint
ALTER TABLE `activities` ADD `streams_state` text DEFAULT 'pending' NOT NULL;--> statement-breakpoint
CREATE INDEX `activities_distance_idx` ON `activities` (`distance`);--> statement-breakpoint
CREATE INDEX `activities_moving_time_idx` ON `activities` (`moving_time`);