-- An erasure's Art. 19 notice to one partner, captured when the erasure revokes the link: the
-- purge then deletes the link (partner_grant), and the notice goes on from this row alone.
-- Opaque ids and dates only; it stays as the record of the notice (sent, or given up and why).
create table erasure_notice (
  id                   varchar(36) primary key,
  request_id           varchar(36) not null,
  grant_id             varchar(36) not null,
  partner_id           varchar(40) not null,
  linked_at            timestamp with time zone not null,
  revoked_at           timestamp with time zone not null,
  status               varchar(10) not null,
  process_instance_id  varchar(64),
  created_at           timestamp with time zone not null,
  ended_at             timestamp with time zone,
  decision             varchar(10),
  decided_by           varchar(100),
  decided_at           timestamp with time zone,
  reason               varchar(2000),
  constraint erasure_notice_once unique (request_id, grant_id)
);
create index erasure_notice_process on erasure_notice (process_instance_id);

-- The address an account erasure's final mail goes to, kept only from the removal of the account
-- row until that mail has been sent: the mail may fail for days, the account row does not wait.
create table farewell_mail (
  request_id  varchar(36) primary key,
  email       varchar(320) not null,
  created_at  timestamp with time zone not null
);
