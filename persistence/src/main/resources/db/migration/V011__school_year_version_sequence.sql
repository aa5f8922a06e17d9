-- Versions of school-year rows come from one sequence, for new rows and for edits alike. Replacing a year by an import
-- deletes its rows and inserts new ones; with a per-row counter starting again at 1, an edit based on a version read
-- before the import could match the new row and overwrite the imported values unnoticed. A sequence never hands out
-- a number twice, so such an edit always meets a newer version and is refused as a conflict.
create sequence school_year_version;
select setval('school_year_version', coalesce((select max(version) from school_year), 0) + 1, false);
alter table school_year alter column version set default nextval('school_year_version');
alter sequence school_year_version owned by school_year.version;
