-- The 62 municipalities of Tokyo (and any other publisher met in uploads).
create table municipalities (
  code text primary key,
  name_ja text not null,
  name_kana text not null,
  name_en text not null,
  kind text not null,            -- 区 / 市 / 町 / 村
  area text not null,            -- 区部 / 多摩 / 島しょ
  sort_order integer not null
);

-- Raw source bytes, by content hash: any published version can be traced to the file it came from.
create table raw_files (
  sha256 text primary key,
  bytes bytea not null,
  size integer not null,
  media_type text,
  file_name text,
  stored_at timestamptz not null default now()
);

-- A harvest or upload run, and the outcome of each source in it.
create table runs (
  id bigserial primary key,
  trigger text not null,         -- start / schedule / cli / upload
  status text not null,          -- running / ok / partial / failed
  started_at timestamptz not null default now(),
  finished_at timestamptz,
  summary jsonb not null default '{}'::jsonb
);

-- One harmonized version of one (municipality, dataset). Only the version named in `published` is served.
create table versions (
  id bigserial primary key,
  municipality_code text not null,
  dataset_id text not null,
  source_id text not null,
  run_id bigint references runs(id),
  raw_sha256 text references raw_files(sha256),
  source_url text,
  license text,
  attribution text,
  sample boolean not null default false,
  rows integer not null default 0,
  valid integer not null default 0,
  invalid integer not null default 0,
  report jsonb not null,
  created_at timestamptz not null default now()
);
create index versions_by_pair on versions (municipality_code, dataset_id, id desc);

create table run_sources (
  run_id bigint not null references runs(id),
  source_id text not null,
  municipality_code text not null,
  dataset_id text not null,
  status text not null,          -- ok / unchanged / failed / invalid
  started_at timestamptz not null default now(),
  finished_at timestamptz,
  bytes integer,
  rows integer,
  valid integer,
  invalid integer,
  error text,
  version_id bigint references versions(id),
  primary key (run_id, source_id)
);

-- The published pointer: switching it is the atomic publish.
create table published (
  municipality_code text not null,
  dataset_id text not null,
  version_id bigint not null references versions(id),
  published_at timestamptz not null default now(),
  primary key (municipality_code, dataset_id)
);

-- Canonical records of every version; readers join through `published`.
create table records (
  version_id bigint not null references versions(id) on delete cascade,
  row_number integer not null,
  record_id text not null,       -- stable id: <municipality>-<dataset>-<source id or row>
  municipality_code text not null,
  dataset_id text not null,
  name text,
  search_text text not null default '',
  latitude double precision,
  longitude double precision,
  data jsonb not null,
  extra jsonb not null default '{}'::jsonb,
  primary key (version_id, row_number)
);
create index records_by_dataset on records (dataset_id, municipality_code);
create index records_by_id on records (record_id);

-- Upload tokens, bound to one municipality, stored hashed.
create table tokens (
  id bigserial primary key,
  municipality_code text not null,
  token_sha256 text not null unique,
  label text,
  created_at timestamptz not null default now(),
  revoked_at timestamptz
);

create table uploads (
  id bigserial primary key,
  token_id bigint references tokens(id),
  municipality_code text not null,
  dataset_id text not null,
  dry_run boolean not null,
  file_name text,
  size integer not null,
  status text not null,          -- valid / invalid / published / rejected
  version_id bigint references versions(id),
  report jsonb,
  created_at timestamptz not null default now()
);
