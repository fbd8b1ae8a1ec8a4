"""The pipeline's stages as pure functions of (envelope, deps) -> envelope. Entry points live in functions/."""
