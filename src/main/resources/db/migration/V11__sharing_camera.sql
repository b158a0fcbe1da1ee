-- A home camera's privacy switches (PRODUCT.md 2.6); no row means both on, as the camera ships.
create table camera_privacy (
  device_id    varchar(36) primary key references device (id),
  live_stream  boolean not null,
  recording    boolean not null,
  updated_at   timestamp with time zone not null
);

-- Which optional mails an account wants (PRODUCT.md 2.6); no row means on. Data-rights mails are
-- not listed here: they are always sent.
create table notification_preference (
  account_id  varchar(36) not null references account (id),
  kind        varchar(30) not null,
  enabled     boolean     not null,
  primary key (account_id, kind)
);

-- What the app's timeline shows of optional notifications; removed when their kind is turned off.
create table timeline_item (
  id          varchar(36) primary key,
  account_id  varchar(36) not null references account (id),
  kind        varchar(30) not null,
  title       varchar(200) not null,
  text        varchar(2000) not null,
  created_at  timestamp with time zone not null
);
create index timeline_item_account on timeline_item (account_id, kind);

-- A profile's dashboard shared with another account (PRODUCT.md 2.5): only weight, fat mass,
-- heart rate and blood pressure are ever shown through it.
create table dashboard_share (
  id                 varchar(36) primary key,
  profile_id         varchar(36) not null references profile (id),
  viewer_account_id  varchar(36) not null references account (id),
  created_at         timestamp with time zone not null
);
create index dashboard_share_profile on dashboard_share (profile_id);
create index dashboard_share_viewer on dashboard_share (viewer_account_id);

-- The record of a timeline item shared on its own: what, with whom, when.
create table item_share (
  id              varchar(36) primary key,
  profile_id      varchar(36) not null references profile (id),
  measurement_id  bigint not null,
  category_id     varchar(40) not null,
  taken_at        timestamp with time zone not null,
  shared_with     varchar(320) not null,
  shared_at       timestamp with time zone not null
);
create index item_share_profile on item_share (profile_id);

-- Challenges (PRODUCT.md 2.5): an organiser's profile, teams, invited accounts, member profiles.
create table challenge (
  id                    varchar(36) primary key,
  name                  varchar(100) not null,
  organiser_profile_id  varchar(36) not null references profile (id),
  starts_at             timestamp with time zone not null,
  created_at            timestamp with time zone not null
);
create table challenge_team (
  id            varchar(36) primary key,
  challenge_id  varchar(36) not null references challenge (id),
  name          varchar(100) not null
);
create table challenge_invitation (
  challenge_id  varchar(36) not null references challenge (id),
  account_id    varchar(36) not null references account (id),
  invited_at    timestamp with time zone not null,
  primary key (challenge_id, account_id)
);
create table challenge_member (
  challenge_id  varchar(36) not null references challenge (id),
  profile_id    varchar(36) not null references profile (id),
  team_id       varchar(36) references challenge_team (id),
  joined_at     timestamp with time zone not null,
  primary key (challenge_id, profile_id)
);
create index challenge_member_profile on challenge_member (profile_id);
