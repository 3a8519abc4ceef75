"""Webhooks: every new milestone a subscriber asked for, signed, at least once.

How the parts fit (each module owns one of them):

- `subscriptions`: what a subscriber wants (URL, event types, `filters`), its `whsec_`
  secret and rotation, pause/resume/disable. A new subscription starts at the log's head;
  `replay` re-sends history from a position or a time.
- `fanout`: the outbox projector. It follows `EventStore.read_all` from its checkpoint,
  builds each body once (`payloads`, folded from the drug's stream, never from the
  projections) and writes one `webhook_deliveries` row per matching subscription in the
  same transaction as the checkpoint (compare-and-set, so concurrent workers write once).
- `claims`: due deliveries leased to one worker (`FOR UPDATE SKIP LOCKED` on PostgreSQL,
  `BEGIN IMMEDIATE` + compare-and-set on SQLite). An ordered subscription offers only its
  oldest pending delivery and the ones right after it, as one run; a run sent to its end
  goes on with what came due meanwhile, claimed in the commit of its last outcomes.
- `sender` + `transport` + `addresses`: sign (`signing`), resolve and check every address
  (the SSRF guard), connect to the checked address over kept-alive connections pinned to
  it (`connections`, TLS verified against the endpoint's name), one HTTP/1.1 exchange
  with bounded reads and time (`exchanges`), no redirects; URLs parsed once (`endpoints`).
- `outcomes`: each attempt logged once, the delivery moved on by the `retries` schedule,
  410 or five failing days disable the subscription.
- `dispatcher`: the loop `milestones serve` runs (`scheduling.register_jobs`), woken by
  `LISTEN milestone_events` on PostgreSQL and by 200 ms polls on SQLite.

`webhook-id` is stable per (event, subscription), so a receiver that drops repeats by it
sees each event once, in log order for an ordered subscription, crashes included.
"""
