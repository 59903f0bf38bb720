"""Corpus runs: many documents or pairs through the pipeline, in batches, on all cores,
with an errors table instead of a stop at the first bad document."""
