-- Export archives live in the database that every node of a cluster shares, in chunks of at most
-- 1 MiB, written and read one chunk at a time. The build writes its chunks in its own transaction,
-- so a build that fails or crashes leaves none behind.
-- archive_chunk_type (application.properties): bytea on PostgreSQL; a BLOB on H2, which keeps it
-- out of the table's pages (as inline VARBINARY, deleting a large archive copies all of it into
-- the heap at once, and a 60 MiB archive ran a 256 MiB heap out of memory).
create table export_archive_chunk (
  request_id  varchar(36) not null,
  seq         integer not null,
  data        ${archive_chunk_type} not null,
  primary key (request_id, seq)
);

-- How many chunks the archive has; an archive built before this version (a file on one node's
-- disk) has none, is no longer served, and its file can be removed (README, "Portability export").
alter table export_archive add column chunks integer default 0 not null;
alter table export_archive drop column file_name;
