CREATE TABLE `derivations` (
	`activity_id` integer NOT NULL,
	`kind` text NOT NULL,
	`version` integer NOT NULL,
	`inputs` text NOT NULL,
	`computed_at` integer NOT NULL,
	PRIMARY KEY(`activity_id`, `kind`),
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE cascade
);
