"""The parts of benchmarks/retrieval_benchmark.py, one concern each (see its docstring)."""
