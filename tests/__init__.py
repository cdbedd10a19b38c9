"""The tests, one folder per stage of the package (see CONTRIBUTING.md, "Where a test goes").

Every folder is a package, so shared code is imported by name (`tests.support...`) and two
folders may hold test files of the same name.
"""
