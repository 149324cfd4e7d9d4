-- Read paths of the API (owner: API). Records of one dataset in (municipality, source row) order: the keyset
-- pages of /api/v1/datasets/{id}/records and CKAN datastore_search read this index in order and stop at the limit.
create index records_by_dataset_order on records (dataset_id, municipality_code, row_number);

-- Upload log by municipality, newest first.
create index uploads_by_municipality on uploads (municipality_code, id desc);
