"""The one conftest: it registers the shared fixtures plugin and holds nothing else.

The fixtures, the fakes they hand out and the hook that marks real-model tests `slow` live in
the `tests.support` package (tests/support/fixtures.py), which any test may import by name
(`from tests.support.helpers import make_settings`); no test imports from a conftest.
"""

pytest_plugins = ["tests.support.fixtures"]
