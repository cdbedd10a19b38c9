"""consult-assistant: grounded, cited help for answering government consultations."""

__version__ = "0.1.0"
