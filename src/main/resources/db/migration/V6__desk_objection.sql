-- GDPR Art. 12(3): a request's due date may be extended once, by up to two further months, with reasons.
alter table data_request add column extended_months integer;
alter table data_request add column extension_reason varchar(2000);

-- An objection (Art. 21): what it objects to, the person's statement, and the decision with its grounds.
create table objection (
  request_id   varchar(36) primary key,
  profile_id   varchar(36) not null references profile (id),
  purposes     varchar(200) not null,
  statement    varchar(2000),
  decision     varchar(10),
  grounds      varchar(2000),
  decided_by   varchar(80),
  decided_at   timestamp with time zone
);
create index objection_profile on objection (profile_id);

-- Processing of a profile that must not happen for a purpose: under review (Art. 18(1)(d)) or for good.
create table processing_restriction (
  id          varchar(36) primary key,
  profile_id  varchar(36) not null references profile (id),
  purpose     varchar(30) not null,
  status      varchar(20) not null,
  request_id  varchar(36) not null,
  created_at  timestamp with time zone not null,
  constraint processing_restriction_unique unique (profile_id, purpose)
);
