-- When each municipality row (a CKAN organization) was first loaded: organization_show/list's `created`, also for
-- an organization that publishes nothing yet. Rows already loaded get the time of this migration, or their first
-- version's if that is older, so that no organization is younger than its datasets.
alter table municipalities add column created_at timestamptz not null default now();
update municipalities m set created_at = least(m.created_at, (select min(v.created_at) from versions v where v.municipality_code = m.code));
