-- An erasure's notices to partners become notices of any change (GDPR Art. 19): erasure,
-- restricted, restriction lifted, rectified. One request may send two kinds to one link
-- (a restriction, then its lifting); a change leaves the link active, so no revocation time.
alter table erasure_notice rename to notice_to_partner;
alter table notice_to_partner add column kind varchar(20) default 'ERASURE' not null;
alter table notice_to_partner alter column revoked_at drop not null;
alter table notice_to_partner drop constraint erasure_notice_once;
alter table notice_to_partner add constraint notice_to_partner_once unique (request_id, grant_id, kind);

-- A restriction request (GDPR Art. 18(1)(a)-(c)) restricts every purpose of its profile with rows
-- of its own, beside any objection's: each request lifts only the rows it placed.
alter table processing_restriction drop constraint processing_restriction_unique;
alter table processing_restriction add constraint processing_restriction_unique unique (profile_id, purpose, request_id);

-- What the person asked (ground, own words) and the desk's decision to lift it, with its reasons:
-- free text, kept here and not in the engine; erased with the profile.
create table restriction_request (
  request_id     varchar(36) primary key,
  profile_id     varchar(36) not null references profile (id),
  ground         varchar(30) not null,
  statement      varchar(2000),
  restricted_at  timestamp with time zone,
  decision       varchar(10),
  reasons        varchar(2000),
  decided_by     varchar(100),
  decided_at     timestamp with time zone,
  lifted_at      timestamp with time zone
);
create index restriction_request_profile on restriction_request (profile_id);
