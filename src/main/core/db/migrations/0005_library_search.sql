-- Sorting by distance or time reads the covering indexes; these two only led the planner to
-- look rows up one by one.
DROP INDEX `activities_distance_idx`;--> statement-breakpoint
DROP INDEX `activities_moving_time_idx`;--> statement-breakpoint
DROP INDEX `activities_live_library_idx`;--> statement-breakpoint
DROP INDEX `activities_sport_library_idx`;--> statement-breakpoint
ALTER TABLE `activities` ADD `search_name` text DEFAULT '' NOT NULL;--> statement-breakpoint
-- Search compares folded names in the covering indexes: the trigram index cost more to keep up
-- than it saved. trailkeep_fold is foldForSearch, registered on every connection before migrating.
UPDATE `activities` SET `search_name` = trailkeep_fold(`name`);--> statement-breakpoint
DROP TRIGGER `activities_search_insert`;--> statement-breakpoint
DROP TRIGGER `activities_search_delete`;--> statement-breakpoint
DROP TRIGGER `activities_search_update`;--> statement-breakpoint
DROP TABLE `activities_search`;--> statement-breakpoint
CREATE INDEX `activities_live_library_idx` ON `activities` (`start_date`,`id`,`sport_type`,`distance`,`moving_time`,`total_elevation_gain`,`start_date_local`,`search_name`,`deleted_at`) WHERE "activities"."deleted_at" IS NULL;--> statement-breakpoint
CREATE INDEX `activities_sport_library_idx` ON `activities` (`sport_type`,`start_date`,`id`,`deleted_at`,`distance`,`moving_time`,`total_elevation_gain`,`start_date_local`,`search_name`);