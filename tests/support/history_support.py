"""Small grounded results for history tests: real dataclasses, no model, no store."""

from __future__ import annotations

from assistant.core.schema import Evidence, Finding, GroundedText, SentenceCheck, Verification


def grounded(question: str, text: str, task: str = "ask", sources: int = 2) -> GroundedText:
    """A result with `sources` numbered passages, one sentence check and one finding."""
    evidence = tuple(
        Evidence(
            n=n,
            id=f"doc-{n}:{n}",
            doc_id=f"doc-{n}",
            title=f"Source number {n}",
            kind="article",
            section="Funding",
            paragraphs=str(n),
            quote=f"Quoted passage {n} about funding for user-led groups.",
            score=0.5,
        )
        for n in range(1, sources + 1)
    )
    check = SentenceCheck(text, (1,), True, 0.8, None, 0.8, True)
    finding = Finding(text, "The figure is not in the source.", "figure-not-in-source", (1,))
    return GroundedText(
        task=task,
        question=question,
        query=question,
        text=text,
        evidence=evidence,
        verification=Verification((check,), (finding,)),
        generator="extractive",
        relevance=0.61,
        notices=("quotes only",),
    )
