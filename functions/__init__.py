"""Thin Cloud Functions entry points: decode the trigger, call the shared code, encode the answer."""
