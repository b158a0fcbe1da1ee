-- The audit trail's hash chain. Events are written with the action they record; the sealer then
-- links each committed event to the one before, in the order it seals them. Insert only: no
-- audit_event or audit_seal row is ever updated or deleted by the application.
create table audit_seal (
  seq        bigint primary key,
  event_id   bigint not null references audit_event (id),
  prev_hash  varchar(64) not null,
  hash       varchar(64) not null,
  constraint audit_seal_event_unique unique (event_id)
);

-- Where the chain ends; locked while sealing, so that one node seals at a time.
create table audit_chain_head (
  id         integer primary key,
  last_seq   bigint not null,
  last_hash  varchar(64) not null
);
insert into audit_chain_head (id, last_seq, last_hash)
  values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- What is left of an erased profile or account: no personal data, a keyed hash of its id.
create table erasure_certificate (
  request_id     varchar(36) primary key,
  scope          varchar(10) not null,
  subject_hash   varchar(64) not null,
  deleted        varchar(1000) not null,
  partners       varchar(500),
  requested_at   timestamp with time zone not null,
  completed_at   timestamp with time zone not null
);
create index erasure_certificate_subject on erasure_certificate (subject_hash);
