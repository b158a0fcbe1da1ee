-- Accounts: a new account is UNCONFIRMED until its owner follows the link mailed to its address
-- (account.status, varchar(20), takes the new value as it is). Every account that exists before
-- this version is ACTIVE or PENDING_DELETION, both of which count as confirmed: nothing to update.

-- A change of an account's address, waiting for the link mailed to the new address. Both addresses
-- are kept only until the change's link has expired (Task_ForgetAddressChange deletes the row), and
-- go with the account if it is erased. One change per account at a time: a new one replaces it.
create table address_change (
  id            varchar(36)  primary key,
  account_id    varchar(36)  not null references account (id),
  new_email     varchar(320) not null,
  old_email     varchar(320) not null,
  requested_at  timestamp with time zone not null,
  confirmed_at  timestamp with time zone,
  cancelled_at  timestamp with time zone,
  constraint address_change_account_unique unique (account_id)
);
