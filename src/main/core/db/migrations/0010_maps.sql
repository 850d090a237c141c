CREATE TABLE `activity_maps` (
	`activity_id` integer PRIMARY KEY NOT NULL,
	`heat_track` blob,
	`heat_coarse` blob,
	`tiles14` blob,
	`tiles17` blob,
	`start_lat` real,
	`start_lon` real,
	`end_lat` real,
	`end_lon` real,
	`south` real,
	`north` real,
	`west` real,
	`east` real,
	`distance` real NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `activity_maps_start_idx` ON `activity_maps` (`start_lat`,`start_lon`);--> statement-breakpoint
CREATE INDEX `activity_maps_updated_idx` ON `activity_maps` (`updated_at`);--> statement-breakpoint
CREATE TABLE `map_settings` (
	`id` integer PRIMARY KEY NOT NULL,
	`base_map_path` text,
	`online_tiles` integer DEFAULT false NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `privacy_zones` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`lat` real NOT NULL,
	`lon` real NOT NULL,
	`radius` real NOT NULL,
	`created_at` integer NOT NULL
);
