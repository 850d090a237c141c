CREATE TABLE `athlete_thresholds` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`from_day` text NOT NULL,
	`value` real,
	`sex` text,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `athlete_thresholds_kind_day_idx` ON `athlete_thresholds` (`kind`,`from_day`);--> statement-breakpoint
CREATE TABLE `gear_settings` (
	`gear_id` text PRIMARY KEY NOT NULL,
	`retire_distance` real,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `lab_activities` (
	`activity_id` integer PRIMARY KEY NOT NULL,
	`day` integer NOT NULL,
	`sport_type` text NOT NULL,
	`stress` real NOT NULL,
	`stress_method` text NOT NULL,
	`stress_json` text NOT NULL,
	`sustained_max_hr` real,
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `lab_activities_day_idx` ON `lab_activities` (`day`,`stress`,`stress_method`,`activity_id`);--> statement-breakpoint
CREATE INDEX `lab_activities_sport_day_idx` ON `lab_activities` (`sport_type`,`day`);--> statement-breakpoint
CREATE TABLE `lab_best_efforts` (
	`activity_id` integer NOT NULL,
	`sport_type` text NOT NULL,
	`day` integer NOT NULL,
	`distance` real NOT NULL,
	`seconds` real NOT NULL,
	`start_offset` real NOT NULL,
	`end_offset` real NOT NULL,
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `lab_best_efforts_fastest_idx` ON `lab_best_efforts` (`sport_type`,`distance`,`seconds`,`day`,`activity_id`);--> statement-breakpoint
CREATE INDEX `lab_best_efforts_activity_idx` ON `lab_best_efforts` (`activity_id`);--> statement-breakpoint
CREATE TABLE `lab_mean_max` (
	`activity_id` integer NOT NULL,
	`stream` text NOT NULL,
	`sport_type` text NOT NULL,
	`day` integer NOT NULL,
	`seconds` integer NOT NULL,
	`value` real NOT NULL,
	`start_offset` integer NOT NULL,
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `lab_mean_max_best_idx` ON `lab_mean_max` (`stream`,`sport_type`,`seconds`,"value" DESC,`day`,`activity_id`);--> statement-breakpoint
CREATE INDEX `lab_mean_max_activity_idx` ON `lab_mean_max` (`activity_id`);--> statement-breakpoint
CREATE TABLE `lab_zone_times` (
	`activity_id` integer NOT NULL,
	`basis` text NOT NULL,
	`model` text NOT NULL,
	`threshold` real NOT NULL,
	`zone` integer NOT NULL,
	`seconds` integer NOT NULL,
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `lab_zone_times_activity_idx` ON `lab_zone_times` (`activity_id`,`basis`);--> statement-breakpoint
CREATE TABLE `zone_models` (
	`slot` text PRIMARY KEY NOT NULL,
	`model_json` text NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `activity_streams_fetched_idx` ON `activity_streams` (`activity_id`,`fetched_at`,`keys`);