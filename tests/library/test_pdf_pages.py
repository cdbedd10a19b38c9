"""A 22-page PDF, built with fpdf2, ingested into a real Chroma store with the real embedding
model: text found only on page 17 is cited "p. 17" by search, by an answer, by the CLI and in
the reading view (which shows the "Page 17" marker just before the highlighted passage)."""

from __future__ import annotations

import pytest

from tests.support.helpers import Run, make_settings
from tests.support.pdf_pages import FERRY, PAGES, QUESTION, TARGET, build_pdf

from assistant.answering.chains import Assistant
from assistant.answering.reading_view import build_view
from assistant.checks.citations import build_evidence
from assistant.library.embeddings import BundledEmbeddings
from assistant.library.ingest import ingest
from assistant.library.store import Store
from assistant.rendering.sources import describe
from assistant.search.retrieval import HybridRetriever
from assistant.settings import Settings


@pytest.fixture(scope="module")
def library(
    tmp_path_factory: pytest.TempPathFactory, embeddings: BundledEmbeddings
) -> tuple[Settings, Store]:
    folder = tmp_path_factory.mktemp("pdf-pages")
    settings = make_settings(folder / "data")
    store = Store(settings, embeddings=embeddings)
    report = ingest([build_pdf(folder / "survey.pdf")], settings, store=store)
    assert report.documents == 1 and not report.failed
    return settings, store


def test_every_passage_of_the_pdf_knows_its_page(library: tuple[Settings, Store]) -> None:
    _, store = library
    stored = [c for c in store.iter_all() if c.metadata.get("title") == "Accessible travel survey"]
    assert len(stored) >= PAGES
    pages = {int(c.metadata["page_start"]) for c in stored}
    assert pages == set(range(1, PAGES + 1))
    (ferry,) = [c for c in stored if "Isle of Wight" in c.text]
    assert (ferry.metadata["page_start"], ferry.metadata["page_end"]) == (TARGET, TARGET)


def test_search_and_answer_cite_the_page(library: tuple[Settings, Store]) -> None:
    settings, store = library
    top = HybridRetriever(store=store, settings=settings).search(QUESTION, k=3)[0]
    assert "Isle of Wight" in top.text
    (evidence,) = build_evidence([top])
    assert describe(evidence) == f"Accessible travel survey (user upload), p. {TARGET}"

    result = Assistant(settings, store=store).ask(QUESTION)
    ferry = [e for e in result.evidence if "Isle of Wight" in e.quote]
    assert ferry and describe(ferry[0]).endswith(f", p. {TARGET}")
    assert ferry[0].n in {n for s in result.verification.sentences for n in s.citations}


def test_the_reading_view_opens_at_the_page(library: tuple[Settings, Store]) -> None:
    settings, store = library
    top = HybridRetriever(store=store, settings=settings).search(QUESTION, k=1)[0]
    (evidence,) = build_evidence([top])
    view = build_view(store, evidence, [FERRY])
    kinds = [p.kind for p in view.parts]
    assert kinds.count("page") == PAGES
    cited = kinds.index("cited")
    assert view.parts[cited - 1].text == f"Page {TARGET}"
    assert view.parts[cited].mark == FERRY
    assert view.message.startswith(f"Opened “Accessible travel survey” at p. {TARGET};")


def test_the_cli_search_prints_the_page(
    library: tuple[Settings, Store], run_main: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings, _ = library
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(settings.data_dir))  # the module's library
    code, out, err = run_main("search", QUESTION, "--k", "1")
    assert code == 0, err
    assert out.startswith(f"1. Accessible travel survey (user upload), p. {TARGET}  [score")
