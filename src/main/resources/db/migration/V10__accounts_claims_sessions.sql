-- Issue 20: a self-signed-up account speaks for no one until a desk links it; the NIK it typed proves nothing.
alter table account drop column signup_nik;
create unique index ux_account_worker on account (worker_id);

create table worker_claim_code (id varchar(36) not null, worker_id varchar(36) not null, code_hash varchar(64) not null unique, issued_by varchar(64) not null, issued_at timestamp(6) with time zone not null, expires_at timestamp(6) with time zone not null, used_at timestamp(6) with time zone, primary key (id));
create index ix_worker_claim_code_worker on worker_claim_code (worker_id);

-- Failed sign-ins and sign-ups per account or address, shared by every node; keys are SHA-256 digests
create table sign_in_throttle (throttle_key varchar(64) not null, attempts integer not null, window_started_at timestamp(6) with time zone not null, blocked_until timestamp(6) with time zone, primary key (throttle_key));

create table account_session (id varchar(36) not null, username varchar(64) not null, device varchar(100), created_at timestamp(6) with time zone not null, last_used_at timestamp(6) with time zone not null, expires_at timestamp(6) with time zone not null, revoked_at timestamp(6) with time zone, revoked_by varchar(64), primary key (id));
create index ix_account_session_username on account_session (username);
create table refresh_token (token_hash varchar(64) not null, session_id varchar(36) not null, issued_at timestamp(6) with time zone not null, used_at timestamp(6) with time zone, primary key (token_hash));
create index ix_refresh_token_session on refresh_token (session_id);
