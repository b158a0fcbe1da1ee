create table account (
  id             varchar(36)  primary key,
  email          varchar(320) not null,
  password_hash  varchar(100) not null,
  weight_unit    varchar(2)   not null,
  distance_unit  varchar(2)   not null,
  height_unit    varchar(5)   not null,
  status         varchar(20)  not null,
  created_at     timestamp with time zone not null,
  constraint account_email_unique unique (email)
);

create table profile (
  id          varchar(36)  primary key,
  account_id  varchar(36)  not null references account (id),
  name        varchar(100) not null,
  main        boolean      not null,
  status      varchar(20)  not null,
  created_at  timestamp with time zone not null
);
create index profile_account on profile (account_id);

create table staff_user (
  username       varchar(64)  primary key,
  password_hash  varchar(100) not null,
  role           varchar(16)  not null,
  created_at     timestamp with time zone not null
);
