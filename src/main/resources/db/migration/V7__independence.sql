-- A profile being made independent (PRODUCT.md 3.5). The new address is kept only while the
-- request is pending; once confirmed it lives in the new account, once ended it is cleared.
create table independence (
  request_id      varchar(36) primary key,
  profile_id      varchar(36) not null references profile (id),
  new_email       varchar(320),
  new_account_id  varchar(36),
  confirmed_at    timestamp with time zone
);
create index independence_profile on independence (profile_id);
