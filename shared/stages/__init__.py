"""The pipeline's stages: each a function of (message, *, the ports it uses) -> its output.

The ports a stage takes are the only outside things it touches: consolidation takes none (pure); intent and
extraction read the canonical mail from the blob store and write the PDF-text cache there
(shared.stages.documents); matching reads the client directory; report writes the report row. The table of
stages is shared.chain; the runner that delivers messages to them is shared.runtime; entry points live in
functions/.
"""
