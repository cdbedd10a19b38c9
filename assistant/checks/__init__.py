"""Checks: what a sentence must pass, and how the evidence it rests on is numbered and cited.

They sit below the writers, so every writer and every face checks a sentence the same way.
"""
