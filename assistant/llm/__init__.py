"""Language models: chat messages in, text out; a model knows nothing of what it is asked to write.

The `TextModel` protocol (`protocol.py`) is what every writer and judge needs; the local model,
its runtime and files, and the model servers implement it. The prompt files in `prompts/` are
loaded here too (`prompts.py`), since each is built into the chat messages these models read.
"""
