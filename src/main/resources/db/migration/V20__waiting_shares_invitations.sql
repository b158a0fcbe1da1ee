-- A dashboard share or a challenge invitation to an address without a confirmed account waits
-- for one (issue 17, 2.2): the caller is told 201 either way. It is found by the address's keyed
-- hash (HMAC-SHA256 of the normalised address) when an account proves the address. A waiting share
-- also keeps the address its owner typed, because the owner's list of shares shows every share
-- alike (a share listed without its address would tell that no account uses it); it goes with the
-- share or the profile. A waiting invitation is never listed, so it keeps only the hash.
create table waiting_share (
  id            varchar(36) primary key,
  profile_id    varchar(36) not null references profile (id),
  address_hash  varchar(64) not null,
  address       varchar(320) not null,
  created_at    timestamp with time zone not null,
  constraint waiting_share_once unique (profile_id, address_hash)
);
create index waiting_share_address on waiting_share (address_hash);

create table waiting_challenge_invitation (
  challenge_id  varchar(36) not null references challenge (id),
  address_hash  varchar(64) not null,
  invited_at    timestamp with time zone not null,
  constraint waiting_challenge_invitation_once primary key (challenge_id, address_hash)
);
create index waiting_challenge_invitation_address on waiting_challenge_invitation (address_hash);

-- One share per profile and viewer, decided by the database (two shares at once leave one).
-- Duplicates that a race may have left before are folded into the oldest first.
delete from dashboard_share where exists (select 1 from dashboard_share older
  where older.profile_id = dashboard_share.profile_id and older.viewer_account_id = dashboard_share.viewer_account_id
    and (older.created_at < dashboard_share.created_at
         or (older.created_at = dashboard_share.created_at and older.id < dashboard_share.id)));
create unique index dashboard_share_once on dashboard_share (profile_id, viewer_account_id);

-- The daily count of an organiser's invitations reads invitations by time.
create index challenge_invitation_time on challenge_invitation (invited_at);
