-- Substring search on activity names in any script (trigram), kept in step by triggers.
CREATE VIRTUAL TABLE `activities_search` USING fts5(name, content='activities', content_rowid='id', tokenize='trigram remove_diacritics 1');--> statement-breakpoint
INSERT INTO `activities_search`(rowid, name) SELECT id, name FROM `activities`;--> statement-breakpoint
CREATE TRIGGER `activities_search_insert` AFTER INSERT ON `activities` BEGIN
  INSERT INTO `activities_search`(rowid, name) VALUES (new.id, new.name);
END;--> statement-breakpoint
CREATE TRIGGER `activities_search_delete` AFTER DELETE ON `activities` BEGIN
  INSERT INTO `activities_search`(`activities_search`, rowid, name) VALUES ('delete', old.id, old.name);
END;--> statement-breakpoint
CREATE TRIGGER `activities_search_update` AFTER UPDATE OF name ON `activities` BEGIN
  INSERT INTO `activities_search`(`activities_search`, rowid, name) VALUES ('delete', old.id, old.name);
  INSERT INTO `activities_search`(rowid, name) VALUES (new.id, new.name);
END;
