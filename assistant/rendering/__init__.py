"""One rendering of a result, for every face and every file.

An answer's text is a typed value (`assistant.core.written_text`); this package turns it into what
people read, so the terminal, the web page, and the Markdown, plain-text and Word files show the
same sections the same way, and word each check and notice once:

- `views`: the Markdown, plain-text and HTML views of the text, and the layout an exported
  document gives it (headings under the document's own, lists kept as lists);
- `word`: the same text written into a Word document (python-docx, imported only then);
- `inline`: the inline Markdown marks (bold, italic, links) each view writes out its own way;
- `checks`: the one wording of the checks to make before sending, the all-clear and the notices
  beside them, used by the CLI, the web app and every export.
"""
