-- An erasure that found no legal hold and began to delete (GDPR Art. 17(3)): from then on a hold
-- on what it deletes would hold nothing, so placing one is refused rather than silently ignored.
-- Ids only, like legal_hold, and kept for the same reason: the evidence of when the erasure went on.
create table erasure_past_holds (
  request_id   varchar(36)  primary key,
  account_id   varchar(36)  not null,
  profile_id   varchar(36),
  passed_at    timestamp with time zone not null
);
create index erasure_past_holds_account on erasure_past_holds (account_id);
