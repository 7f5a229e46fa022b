-- The audit trail page filters by actor and by state; invitation links are looked up by their token.
CREATE INDEX audit_entry_actor ON audit_entry(actor, occurred_at);
CREATE INDEX audit_entry_state ON audit_entry(state_code, occurred_at);
CREATE UNIQUE INDEX app_user_invitation_token ON app_user(invitation_token);
