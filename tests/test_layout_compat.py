"""What users stored before the package was split into layers still works after it."""

from __future__ import annotations

from pathlib import Path

from crawler.runner.scheduler import make_scheduler, trigger_for
from crawler.storage import open_database


def test_a_schedule_stored_under_the_old_module_path_still_loads(cli, tmp_path: Path) -> None:
    """APScheduler stores a job's function by module path and drops a job it cannot import;
    schedules added by earlier versions name crawler.scheduler, which is now crawler.runner.scheduler."""
    db_url = f"sqlite:///{tmp_path / 'audit.sqlite'}"
    db = open_database(db_url)
    sched = make_scheduler(db)
    sched.start(paused=True)
    try:
        sched.add_job(
            "crawler.scheduler:scheduled_audit",
            trigger_for("0 2 1 */3 *", None),
            kwargs={"db_url": db_url},
            id="oldpath1",
            name="quarterly",
        )
        assert sched.get_job("oldpath1").func_ref == "crawler.scheduler:scheduled_audit"
    finally:
        sched.shutdown(wait=False)
    db.dispose()

    proc = cli("schedule", "list", "--db", db_url)  # a fresh process, as after an upgrade
    assert proc.returncode == 0, proc.stderr
    assert "oldpath1  quarterly" in proc.stdout, proc.stdout + proc.stderr
