CREATE TABLE `activities` (
	`id` integer PRIMARY KEY NOT NULL,
	`athlete_id` integer NOT NULL,
	`name` text NOT NULL,
	`sport_type` text NOT NULL,
	`start_date` integer NOT NULL,
	`start_date_local` text NOT NULL,
	`timezone` text,
	`distance` real NOT NULL,
	`moving_time` integer NOT NULL,
	`elapsed_time` integer NOT NULL,
	`total_elevation_gain` real NOT NULL,
	`is_private` integer DEFAULT false NOT NULL,
	`is_manual` integer DEFAULT false NOT NULL,
	`summary_polyline` text,
	`summary_json` text NOT NULL,
	`detail_json` text,
	`first_seen_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer
);
--> statement-breakpoint
CREATE INDEX `activities_start_date_idx` ON `activities` (`start_date`);--> statement-breakpoint
CREATE INDEX `activities_live_start_date_idx` ON `activities` (`start_date`) WHERE "activities"."deleted_at" IS NULL;--> statement-breakpoint
CREATE INDEX `activities_sport_start_idx` ON `activities` (`sport_type`,`start_date`);--> statement-breakpoint
CREATE TABLE `connection` (
	`id` integer PRIMARY KEY NOT NULL,
	`state` text NOT NULL,
	`reconnect_reason` text,
	`athlete_id` integer NOT NULL,
	`athlete_json` text NOT NULL,
	`granted_scope` text NOT NULL,
	`cipher_kind` text,
	`access_token_ciphertext` blob,
	`refresh_token_ciphertext` blob,
	`access_token_expires_at` integer,
	`token_generation` integer DEFAULT 0 NOT NULL,
	`refresh_lease_owner` text,
	`refresh_lease_until` integer,
	`connected_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `credentials` (
	`id` integer PRIMARY KEY NOT NULL,
	`client_id` text NOT NULL,
	`client_secret_ciphertext` blob,
	`cipher_kind` text,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
