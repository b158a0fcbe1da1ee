-- Staff users get a fifth role, compliance-officer (places and lifts legal holds): 18 characters,
-- more than the 16 the role column had.
alter table staff_user alter column role set data type varchar(32);
