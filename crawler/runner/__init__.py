"""Running audits: starting a crawl, resuming it, locking, progress, schedules, change alerts,
and turning a stored run into the findings document."""
