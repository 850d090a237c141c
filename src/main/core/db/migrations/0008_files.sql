CREATE TABLE `imported_files` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`sha256` text NOT NULL,
	`size` integer NOT NULL,
	`path` text NOT NULL,
	`mtime_ms` integer NOT NULL,
	`activity_count` integer NOT NULL,
	`skip_reason` text,
	`imported_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `imported_files_content_idx` ON `imported_files` (`size`,`sha256`);--> statement-breakpoint
CREATE INDEX `imported_files_path_idx` ON `imported_files` (`path`);--> statement-breakpoint
CREATE TABLE `watched_folders` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`path` text NOT NULL,
	`added_at` integer NOT NULL,
	`last_scan_at` integer,
	`activities_added` integer DEFAULT 0 NOT NULL,
	`last_error` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `watched_folders_path_unique` ON `watched_folders` (`path`);--> statement-breakpoint
ALTER TABLE `activities` ADD `streams_source` text;--> statement-breakpoint
ALTER TABLE `activities` ADD `file_detail_json` text;