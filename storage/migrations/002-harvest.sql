-- Harvest state (owner: HARVEST). See storage/versions.ts for how versions, staging and reports fit together.

-- Rows of an ingest in progress. They are written batch by batch while a file is harmonized and copied into
-- `records` (under a new version) only in the publish transaction; readers never see them. A crash leaves
-- rows here that nothing references: they are removed by the next ingest once older than a day.
create table staged_records (
  stage_id text not null,
  row_number integer not null,
  record_id text not null,
  name text,
  search_text text not null default '',
  latitude double precision,
  longitude double precision,
  data jsonb not null,
  extra jsonb not null default '{}'::jsonb,
  staged_at timestamptz not null default now(),
  primary key (stage_id, row_number)
);

-- Per source: validators for conditional GET, kept only once an ingest of the fetched bytes finished.
create table source_state (
  source_id text primary key,
  url text,
  etag text,
  last_modified text,
  sha256 text,
  updated_at timestamptz not null default now()
);

-- Per source: a lease, so one harvest of a source runs at a time across processes and each scheduled slot
-- runs once across workers. `slot` is the scheduled minute the lease was taken for (null for manual runs).
create table source_leases (
  source_id text primary key,
  owner text not null,
  expires_at timestamptz not null,
  slot timestamptz
);

create index versions_by_raw_sha256 on versions (raw_sha256);
create index records_by_pair_version on records (municipality_code, dataset_id, version_id);
