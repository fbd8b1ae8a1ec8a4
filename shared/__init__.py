"""Product code shared by every function: domain, ports, adapters, stages and the local runtime."""
