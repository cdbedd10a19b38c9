"""The small shared pieces every stage uses: nothing here imports another stage, not even the
settings (`assistant/settings.py` sits just above, since it finds the shipped folders here).

`schema.py` and `result_facts.py` are the typed records passed between stages, `errors.py` the
named errors the faces show in one line, `text.py` and `wording.py` the text helpers,
`resources.py` where the shipped folders are, and the rest small file helpers (`datafiles.py`,
`display.py`, `file_hash.py`, `file_lock.py`, `models_folder.py`, `private_files.py`).
"""
