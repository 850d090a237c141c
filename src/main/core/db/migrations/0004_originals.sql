CREATE TABLE `originals` (
	`activity_id` integer PRIMARY KEY NOT NULL,
	`path` text NOT NULL,
	`format` text NOT NULL,
	`gzipped` integer NOT NULL,
	`archive_path` text NOT NULL,
	`byte_size` integer NOT NULL,
	`sha256` text NOT NULL,
	`imported_at` integer NOT NULL,
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `activities` ADD `source` text DEFAULT 'api' NOT NULL;