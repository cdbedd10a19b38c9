"""Search: the passages for a query, from the store (dense and keyword results fused).

It sits just above the library and knows nothing of questions' answers: the relevance gate
and the answering tasks' search stage (`answering/evidence_search.py`) are above it.
"""
