-- An account deletion that customer service cancelled (PRODUCT.md 3.2): who, when, and why in
-- their words. Free text, so it lives here, out of the engine, and goes if the account is erased.
create table deletion_cancellation (
  request_id    varchar(36) primary key,
  account_id    varchar(36) not null,
  cancelled_by  varchar(80) not null,
  reason        varchar(2000) not null,
  cancelled_at  timestamp with time zone not null
);
create index deletion_cancellation_account on deletion_cancellation (account_id);
