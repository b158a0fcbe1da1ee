-- A disabled staff user cannot log in; an admin disables and enables them again.
alter table staff_user add column enabled boolean default true not null;
-- The bcrypt hash of the rightsflow.bootstrap.admin-password last applied to this user, so that a
-- changed setting is noticed (and applied) at the next start, while an unchanged one leaves a
-- password reset through the API alone. Null for every user but the bootstrap admin.
alter table staff_user add column bootstrap_password_hash varchar(100);

-- Failed logins counted per username and per client address, shared by every node of a cluster.
-- The key is a SHA-256 of "username:<name>" or "address:<ip>" (no email address in this table);
-- a row is stale once its window has passed and is then reused or swept.
create table login_throttle (
  throttle_key       varchar(64) primary key,
  failures           integer     not null,
  window_started_at  timestamp with time zone not null
);
