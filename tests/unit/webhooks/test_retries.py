import random
from datetime import timedelta

from service.webhooks.retries import SCHEDULE, RetryPolicy


def test_the_schedule_is_now_5s_5m_30m_2h_5h_10h_10h() -> None:
    assert (
        timedelta(seconds=5), timedelta(minutes=5), timedelta(minutes=30), timedelta(hours=2),
        timedelta(hours=5), timedelta(hours=10), timedelta(hours=10),
    ) == SCHEDULE  # fmt: skip
    exact = RetryPolicy(jitter=0.0)
    assert [exact.delay_after(n) for n in range(1, 8)] == list(SCHEDULE)
    assert exact.delay_after(8) is None
    assert exact.max_attempts == 8


def test_jitter_stays_within_ten_percent_and_varies() -> None:
    policy = RetryPolicy(rng=random.Random(7))
    delays = [policy.delay_after(2) for _ in range(200)]
    assert all(
        d is not None and timedelta(minutes=4.5) <= d <= timedelta(minutes=5.5) for d in delays
    )
    assert len(set(delays)) > 100
