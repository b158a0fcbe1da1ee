-- A legal hold (GDPR Art. 17(3)(b) and (e)): a compliance officer keeps a profile's or an account's
-- data from erasure for a legal obligation or for legal claims, until it is lifted or its end date
-- passes. Ids only: no reference to the account or profile row, since the hold outlives the erasure
-- it held back (it is the evidence of why the erasure waited); the staff note is for staff only.
create table legal_hold (
  id            varchar(36)  primary key,
  subject_type  varchar(10)  not null,
  subject_id    varchar(36)  not null,
  reason        varchar(30)  not null,
  note          varchar(500),
  placed_by     varchar(80)  not null,
  placed_at     timestamp with time zone not null,
  until_at      timestamp with time zone,
  lifted_by     varchar(80),
  lifted_at     timestamp with time zone,
  lift_reason   varchar(500)
);
create index legal_hold_subject on legal_hold (subject_type, subject_id);
