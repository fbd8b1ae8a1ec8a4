"""The runner: delivers one Pub/Sub message to one consumer of the chain, at least once, with the error tree.

    entry.py               decode the CloudEvent once; Sentry scope and log context from that message
    consumers.py           which handler serves which consumer (the chain's stages and dead_letter)
    stage_handler.py       a transforming stage: run it, publish its output to the next topic
    report_handler.py      the end of the chain: write the report (and the `failed` report of a permanent failure)
    dead_letter_handler.py a dead-lettered message: a `failed` report naming the stage and its last error
    delivery.py            what every stage delivery does: decode, skip if completed, refuse if stale, run, record
    completions.py         completion records (idempotency under redelivery)
    failures.py            the error tree: permanent → a failure notice for the report; else remember and re-raise
    replay_inputs.py       a failed stage's input, kept for `dlq replay`
    replay.py              `dlq replay`: run failed emails again from their failed stage
    claim_check.py         large messages travel through the blob store
"""
