-- One request's call to one downstream system (rightsflow.systems."<id>"), captured before the
-- erasure's purge or the access copy's build: the call goes on from this row alone, and stays
-- as the record of what the system did (outcome, time, count; for the desk, who decided and the
-- evidence). The subject's ids and, where a system is configured to take it, the address are kept
-- only until the system has answered or the desk has settled the call.
create table system_call (
  id                   varchar(36) primary key,
  request_id           varchar(36) not null,
  system_id            varchar(60) not null,
  kind                 varchar(10) not null,
  request_type         varchar(30) not null,
  account_id           varchar(36),
  profile_id           varchar(36),
  profile_ids          varchar(4000),
  address              varchar(320),
  status               varchar(12) not null,
  process_instance_id  varchar(64),
  created_at           timestamp with time zone not null,
  asked_at             timestamp with time zone,
  answered_at          timestamp with time zone,
  row_count            bigint,
  detail               varchar(2000),
  decision             varchar(20),
  decided_by           varchar(100),
  decided_at           timestamp with time zone,
  evidence             varchar(2000),
  evidence_reference   varchar(200),
  desk_rounds          integer default 0 not null,
  version              integer default 0 not null,
  constraint system_call_once unique (request_id, system_id)
);
create index system_call_process on system_call (process_instance_id);

-- What a system returned for an access request, kept until the copy is built from it.
create table system_call_data (
  call_id       varchar(36) primary key,
  file_name     varchar(200) not null,
  content_type  varchar(100) not null,
  data          ${archive_chunk_type} not null
);

-- Each callback's nonce, once: the primary key refuses a replay, on every node at once.
create table system_callback_nonce (
  system_id    varchar(60) not null,
  nonce        varchar(64) not null,
  received_at  timestamp with time zone not null,
  primary key (system_id, nonce)
);
