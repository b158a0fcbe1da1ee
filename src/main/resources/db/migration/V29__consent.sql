-- A person's consent to one purpose of one profile's data (Art. 7(1): the controller must be able
-- to show it): every giving and every withdrawal is a row, never changed. The latest row (highest
-- seq) is the consent in force; the unique key lets only one change follow another, so two
-- changes at the same instant (a double click, two nodes) leave one.
create table consent_record (
  id              varchar(60) primary key,
  profile_id      varchar(36) not null references profile (id),
  purpose         varchar(30) not null,
  seq             integer not null,
  given           boolean not null,
  recorded_at     timestamp with time zone not null,
  channel         varchar(30) not null,
  notice_version  varchar(40) not null,
  on_behalf       boolean not null,
  constraint consent_record_in_turn unique (profile_id, purpose, seq)
);
create index consent_record_purpose on consent_record (purpose, profile_id);

-- The privacy notice (Art. 13) the account holder accepted, and when: a newer notice is asked for
-- at the next sign-in. Accounts from before notices were versioned have none.
alter table account add column notice_version varchar(40);
alter table account add column notice_accepted_at timestamp with time zone;

-- A secondary profile may say its year of birth: below the age of digital consent (Art. 8) its
-- consent-based purposes take the account holder's consent, given on its behalf.
alter table profile add column birth_year integer;

-- Links and dashboard shares made before consent was recorded were each the person's consent to
-- that sharing, unless the person objected to it since: an objection is no consent.
insert into consent_record (id, profile_id, purpose, seq, given, recorded_at, channel, notice_version, on_behalf)
select 'migrated-partner-' || profile_id, profile_id, 'PARTNER_SHARING', 1, true, min(linked_at), 'PARTNER_LINK',
       'unversioned', false
from partner_grant where status = 'ACTIVE' and profile_id not in (select profile_id from processing_restriction
      where purpose = 'PARTNER_SHARING' and status <> 'ON_REQUEST')
group by profile_id;
insert into consent_record (id, profile_id, purpose, seq, given, recorded_at, channel, notice_version, on_behalf)
select 'migrated-share-' || profile_id, profile_id, 'DASHBOARD_SHARING', 1, true, min(shared_at), 'DASHBOARD_SHARE',
       'unversioned', false
from (select profile_id, created_at as shared_at from dashboard_share
      union all select profile_id, created_at from waiting_share) shares
where profile_id not in (select profile_id from processing_restriction
      where purpose = 'DASHBOARD_SHARING' and status <> 'ON_REQUEST')
group by profile_id;

-- Two purposes are new: the service itself and challenges, which dashboard sharing covered until
-- now. A restriction request placed before restricted every purpose, so it restricts these too;
-- an objection to dashboard sharing kept a profile off the challenges' leaderboards, and goes on
-- doing so. The ids are new rows' own, derived from the row they follow.
alter table processing_restriction alter column id set data type varchar(60);
insert into processing_restriction (id, profile_id, purpose, status, request_id, created_at)
select 'service-' || id, profile_id, 'SERVICE', status, request_id, created_at
from processing_restriction where status = 'ON_REQUEST' and purpose = 'RESEARCH';
insert into processing_restriction (id, profile_id, purpose, status, request_id, created_at)
select 'challenges-' || id, profile_id, 'CHALLENGES', status, request_id, created_at
from processing_restriction where purpose = 'DASHBOARD_SHARING';
