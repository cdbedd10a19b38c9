"""`python -m assistant` runs the CLI (useful where the console script is not on PATH)."""

from assistant.cli import main

main()
