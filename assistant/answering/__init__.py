"""Answering: a question (or a consultation question to draft) in, a checked, cited text out.

`chains.py` is the `Assistant` with its tasks (`ask`, `draft`, `recheck`); before anything is
written, `asking.py` checks the question and a draft's inputs, `followup.py` makes a follow-up
stand alone and `evidence_search.py` searches and gates on relevance; the writers in
`writing/` plan, write (with a model, or by quoting through `extractive.py`), check each
sentence and repair, in the voice of the organisation's `profile.py`. `checking.py` checks a
response someone wrote themselves and `reading_view.py` shows a cited passage in its document.

Inside the package the order is enforced too (pyproject's `answering` contract): the tasks
above the question and the search stage, those above the writers, the writers above the
quotes, the follow-up and the profile. Our evidence (`assistant/evidence/`) sits below this
package: the tasks bring it into drafts.
"""
