"""`make bench`: the product measured against a baseline in the same run (see README, "Benchmarks")."""
