DROP INDEX `activities_live_start_date_idx`;--> statement-breakpoint
DROP INDEX `activities_sport_start_idx`;--> statement-breakpoint
CREATE INDEX `activities_live_library_idx` ON `activities` (`start_date`,`id`,`sport_type`,`distance`,`moving_time`,`total_elevation_gain`,`start_date_local`,`name`,`deleted_at`) WHERE "activities"."deleted_at" IS NULL;--> statement-breakpoint
CREATE INDEX `activities_sport_library_idx` ON `activities` (`sport_type`,`start_date`,`id`,`deleted_at`,`distance`,`moving_time`,`total_elevation_gain`,`start_date_local`);