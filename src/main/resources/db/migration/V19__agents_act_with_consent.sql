-- What an agent filing for a subject records: the ticket and how the subject's identity was checked.
alter table data_request add column ticket varchar(100);
alter table data_request add column identity_check varchar(60);
alter table data_request add column identity_note varchar(500);

-- An act an agent asked for that sends data or control away from the subject (a dashboard share,
-- a partner link, a camera switched on): it waits for the subject's answer to a mailed link.
-- open_key (kind and target) is set while it waits, unique: a double click files one act.
create table pending_act (
  id           varchar(36) primary key,
  kind         varchar(30) not null,
  account_id   varchar(36) not null,
  profile_id   varchar(36) not null,
  target       varchar(100) not null,
  arguments    varchar(400),
  asked_by     varchar(80) not null,
  ticket       varchar(100) not null,
  reason       varchar(500) not null,
  status       varchar(20) not null,
  created_at   timestamp with time zone not null,
  expires_at   timestamp with time zone not null,
  decided_at   timestamp with time zone,
  open_key     varchar(200),
  constraint pending_act_open_key_unique unique (open_key)
);
create index pending_act_profile on pending_act (profile_id);

-- An independence filed by an agent: when the holder approved it (the new owner's link runs from then).
alter table independence add column approved_at timestamp with time zone;
