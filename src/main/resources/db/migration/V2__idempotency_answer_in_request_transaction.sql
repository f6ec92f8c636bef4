-- A key now commits together with its request's work and answer, so there is no "in progress" state to keep.
alter table idempotency_record drop column completed;
