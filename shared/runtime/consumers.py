"""Which handler serves which consumer: one per stage of the chain (shared.chain) and one for the dead-letter
topics. The entry points (functions/stages.py) and the local bus (shared.local.runtime) both look them up here."""

from __future__ import annotations

from functools import partial
from typing import Callable

from shared import chain
from shared.pubsub_event import PubSubMessage
from shared.runtime import dead_letter_handler, report_handler, stage_handler

Handler = Callable[[PubSubMessage, object], None]  # (message, deps); returns to ack, raises to nack

HANDLERS: dict[str, Handler] = {
    chain.INTENT.name: partial(stage_handler.handle, chain.INTENT),
    chain.EXTRACTION.name: partial(stage_handler.handle, chain.EXTRACTION),
    chain.CONSOLIDATION.name: partial(stage_handler.handle, chain.CONSOLIDATION),
    chain.MATCHING.name: partial(stage_handler.handle, chain.MATCHING),
    chain.REPORT.name: partial(report_handler.handle, chain.REPORT),
    chain.DEAD_LETTER: dead_letter_handler.handle,
}
