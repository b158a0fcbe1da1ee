-- At most one open request of a kind per subject (two erasures of one profile, two exports of one
-- account being built...), enforced by the database whatever the interleaving. A partial unique
-- index would say it best, but H2 has none: the key is set while the request is open and set to
-- null when it ends, and a unique constraint ignores nulls on H2 and PostgreSQL alike.
alter table data_request add column exclusive_key varchar(200);
alter table data_request add constraint data_request_exclusive_key_unique unique (exclusive_key);

-- POST /api/requests with an Idempotency-Key header: the first answer, replayed for a retry with
-- the same key and body. Keys are the caller's own (two callers may pick the same key).
create table idempotent_request (
  caller           varchar(80)  not null,
  idempotency_key  varchar(255) not null,
  body_hash        varchar(64)  not null,
  request_id       varchar(36)  not null,
  answer           varchar(8000) not null,
  created_at       timestamp with time zone not null,
  constraint idempotent_request_pk primary key (caller, idempotency_key)
);
create index idempotent_request_created on idempotent_request (created_at);
