"""What the tests share: builders and fakes (imported by name) and the fixtures plugin
(`fixtures.py`, registered by tests/conftest.py)."""
