-- The hash of a version's file as it is read (owner: HARVEST): of the file inside a gzip, else of the raw bytes (then
-- equal to raw_sha256). A portal that compresses the same CSV again every night gives other gzip bytes each time (the
-- header's mtime, the compressor's settings); the harvest compares this hash too, so identical data is no new version.
-- Versions stored before stay null: SQL cannot inflate their files, and a harvest compares raw_sha256 first, so a plain
-- file that did not change stays unchanged, and a gzip compressed again gives one last new version, which has the hash.
alter table versions add column content_sha256 text;
