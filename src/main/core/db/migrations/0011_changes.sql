CREATE TABLE `activity_changes` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`activity_id` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `activity_heat_tracks` (
	`activity_id` integer PRIMARY KEY NOT NULL,
	`track` blob NOT NULL,
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `derivation_progress` (
	`kind` text PRIMARY KEY NOT NULL,
	`version` integer NOT NULL,
	`fingerprint` text NOT NULL,
	`through_change` integer NOT NULL
);
--> statement-breakpoint
-- The map data is prepared again by the new version: emptying the table first makes dropping
-- the column instant instead of a rewrite of every row.
DELETE FROM `activity_maps`;--> statement-breakpoint
DELETE FROM `derivations` WHERE `kind` = 'maps';--> statement-breakpoint
ALTER TABLE `activity_maps` DROP COLUMN `heat_track`;--> statement-breakpoint
-- No trigger on inserting an activity: with one, every insert needs a statement journal, which
-- doubled the time of a first sync's pages. The code that adds activities logs them itself
-- (derived/activity-changes.ts logActivityChanges), a page in one statement.
CREATE TRIGGER `activity_changes_update` AFTER UPDATE ON `activities` BEGIN
  INSERT INTO `activity_changes` (`activity_id`) VALUES (new.`id`);
END;--> statement-breakpoint
CREATE TRIGGER `activity_changes_delete` AFTER DELETE ON `activities` BEGIN
  INSERT INTO `activity_changes` (`activity_id`) VALUES (old.`id`);
END;--> statement-breakpoint
CREATE TRIGGER `activity_changes_streams_insert` AFTER INSERT ON `activity_streams` BEGIN
  INSERT INTO `activity_changes` (`activity_id`) VALUES (new.`activity_id`);
END;--> statement-breakpoint
CREATE TRIGGER `activity_changes_streams_update` AFTER UPDATE ON `activity_streams` BEGIN
  INSERT INTO `activity_changes` (`activity_id`) VALUES (new.`activity_id`);
END;--> statement-breakpoint
CREATE TRIGGER `activity_changes_streams_delete` AFTER DELETE ON `activity_streams` BEGIN
  INSERT INTO `activity_changes` (`activity_id`) VALUES (old.`activity_id`);
END;
