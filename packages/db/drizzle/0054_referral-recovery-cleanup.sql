-- Issue 9, decision 0030 addendum: a partner focal point's expired or used recovery challenges are
-- deleted when they start a new recovery. The existing policy referral_recovery_challenges_own
-- (FOR ALL: the actor's own rows, in organisations where they are a partner focal point) already
-- limits which rows a DELETE reaches; only the privilege was missing.
GRANT DELETE ON referral_recovery_challenges TO steward_app;
