"""Resilience: the circuit breaker shared across function instances."""
