"""The library: documents read, cut into quotable passages, embedded and stored in Chroma.

Everything that happens to a file before anyone asks a question: a loader per format
(`loaders/`), the size and time limits every reader starts from (`documents.py`, with web
uploads read in a child process by `parse_worker.py`), passages cut at their structure
(`chunking.py`, `cutting.py`) and marked when they give orders to an AI (`injection.py`),
their vectors (`embeddings.py`, its ONNX copy in `onnx_embedder.py` and `onnx_export.py`,
`vector_cache.py`), and the store itself (`store.py`, `store_damage.py`, `store_probe.py`),
filled by `ingest.py` and kept as documents by `corpus.py` and `uploads.py`. `source_kinds.py`
names the kinds of source a document may be. The embedding model sits here rather than with
the search because the store embeds every passage it keeps; the search above reads it.
Nothing here knows about questions, writers or answers.
"""
