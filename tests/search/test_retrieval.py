"""Retrieval over the ingested bundled corpus: dense, BM25, hybrid, MMR and the LangChain face."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from langchain_core.documents import Document as LCDocument
from langchain_core.embeddings import Embeddings

from tests.support.fixtures import CorpusStore
from tests.support.helpers import make_settings, paragraph, write_markdown

from assistant.core.errors import EmptyStoreError, InputError
from assistant.core.schema import Chunk
from assistant.library.ingest import embedding_text, ingest
from assistant.library.store import Store
from assistant.search.retrieval import HybridRetriever, mmr, rrf
from assistant.settings import MODES, Settings

FUND = "What is the most a DPULO could get from the Facilitation Fund, and what was the average?"


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("k", [1, 4, 7])
def test_each_mode_returns_k_ranked_passages(corpus: CorpusStore, mode: str, k: int) -> None:
    passages = corpus.retriever.search("disabled people's organisations running services", k, mode)
    assert [p.rank for p in passages] == list(range(1, k + 1))
    assert len({p.id for p in passages}) == k
    scores = [p.score for p in passages]
    assert scores == sorted(scores, reverse=True)
    for p in passages:
        assert p.text and p.doc_id and p.title and p.section
        assert p.metadata["char_end"] > p.metadata["char_start"]
        assert (p.dense_score is not None) == (mode != "bm25")
        assert (p.bm25_score is not None) == (mode != "dense")


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("question", "doc_id", "quote"),
    [
        (FUND, "strengthening-dpulos-programme", "up to £30,000 to each organisation"),
        (
            "How many pages did the evaluation of outsourcing children's services run to?",
            "dfe-commissioning-decision",
            "ran to 224 pages",
        ),
        ("What do dictionaries say ideology means?", "ideology-column", "Dictionary definitions"),
    ],
)
def test_the_passage_holding_the_answer_is_in_the_top_3(
    corpus: CorpusStore, mode: str, question: str, doc_id: str, quote: str
) -> None:
    top = corpus.retriever.search(question, k=3, mode=mode)
    assert any(p.doc_id == doc_id and quote in p.text for p in top), [p.id for p in top]


def test_dense_scores_are_cosine_similarities(corpus: CorpusStore) -> None:
    question = "Who can get help from Access to Work?"
    top = corpus.retriever.search(question, k=3, mode="dense")
    query = np.asarray(corpus.store.embeddings.embed_query(question))
    for p in top:
        chunk = Chunk(p.id, p.doc_id, p.text, p.section, 0, 0, 0, 0, p.metadata)
        vector = np.asarray(corpus.store.embeddings.embed_query(embedding_text(chunk)))
        assert p.score == pytest.approx(p.dense_score)
        assert p.score == pytest.approx(float(query @ vector), abs=1e-4)


def test_hybrid_fuses_dense_and_bm25_by_reciprocal_rank(corpus: CorpusStore) -> None:
    question = "commissioning social value in public service contracts"
    pool = corpus.settings.candidates
    dense = [p.id for p in corpus.retriever.search(question, pool, "dense")]
    lexical = [p.id for p in corpus.retriever.search(question, pool, "bm25")]
    weights = corpus.settings.dense_weight, corpus.settings.bm25_weight
    fused = rrf([(dense, weights[0]), (lexical, weights[1])], corpus.settings.rrf_k)
    hybrid = corpus.retriever.search(question, 5, "hybrid")
    # Weighted ranks can tie; ties are broken by meaning, so compare the scores in order.
    assert [p.score for p in hybrid] == pytest.approx(sorted(fused.values(), reverse=True)[:5])
    assert [p.score for p in hybrid] == pytest.approx([fused[p.id] for p in hybrid])


def test_consultation_framing_is_stripped_before_searching(corpus: CorpusStore) -> None:
    framed = "Do you agree that councils should consider social value? Please give reasons."
    plain = "councils should consider social value?"
    assert corpus.settings.query_rewrite
    asked = corpus.retriever.search(framed, k=5)
    assert [p.id for p in asked] == [p.id for p in corpus.retriever.search(plain, k=5)]
    as_asked = HybridRetriever(
        store=corpus.store, settings=corpus.settings.model_copy(update={"query_rewrite": False})
    ).search(framed, k=5, mode="dense")
    assert [p.dense_score for p in as_asked] != [p.dense_score for p in asked[:5]]


def test_rrf_adds_weighted_reciprocal_ranks() -> None:
    scores = rrf([(["a", "b"], 1.0), (["b", "c"], 2.0)], k=10)
    assert scores == pytest.approx({"a": 1 / 11, "b": 1 / 12 + 2 / 11, "c": 2 / 12})


def redundancy(vectors: np.ndarray) -> float:
    """Mean cosine similarity between every pair of (unit-length) vectors."""
    similarity = vectors @ vectors.T
    return float(similarity[np.triu_indices(len(vectors), 1)].mean())


def test_mmr_skips_near_duplicates_that_plain_ranking_keeps() -> None:
    """Three near-copies lead on relevance; two different passages follow. Built so that any
    correct MMR (lambda 0.5) picks one copy then the two others, and plain top-3 the copies."""
    rng = np.random.default_rng(0)
    base = rng.normal(size=16)
    copies = [base + rng.normal(scale=0.01, size=16) for _ in range(3)]
    others = [rng.normal(size=16) for _ in range(2)]
    vectors = np.asarray(copies + others)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    relevance = np.asarray([1.0, 0.98, 0.96, 0.8, 0.7])

    picked = mmr(vectors, relevance, k=3, lam=0.5)
    plain = [0, 1, 2]
    assert picked == [0, 3, 4]
    assert redundancy(vectors[picked]) < redundancy(vectors[plain])
    # With lambda 1 there is no penalty for repeating: MMR is the plain ranking.
    assert mmr(vectors, relevance, k=5, lam=1.0) == [0, 1, 2, 3, 4]


def test_mmr_retriever_is_less_redundant_when_near_duplicates_exist(
    tmp_path: Path, fake_embeddings: Embeddings
) -> None:
    """Through the whole retriever: three copies of one grant notice outrank two other pages
    on the query (and two pages on other things trail), so plain top-3 is all copies and MMR
    must swap two of them out."""
    docs = tmp_path / "docs"
    notice = (
        "Stairlift grants for adapted homes are paid by the council within twelve weeks. "
        "Apply for stairlift grants through the adaptations team at the town hall. "
    )
    for n, town in enumerate(["Leeds", "Hull", "York"], start=1):
        write_markdown(
            docs / f"copy{n}.md",
            f"copy{n}",
            "Stairlift grants",
            {"Grants": [notice * 3 + f"This notice was printed in {town}."]},
        )
    write_markdown(
        docs / "buses.md",
        "buses",
        "Buses",
        {"Travel": [paragraph("transport", 60) + " Some riders also wait for stairlift grants."]},
    )
    write_markdown(
        docs / "jobs.md",
        "jobs",
        "Jobs",
        {"Work": [paragraph("employment", 60) + " Staff asked about adapted homes and grants."]},
    )
    for topic in ("transport", "employment"):  # not about grants at all
        write_markdown(
            docs / f"{topic}.md", topic, topic.title(), {"Notes": [paragraph(topic, 60)]}
        )
    settings = make_settings(tmp_path / "data")
    store = Store(settings, embeddings=fake_embeddings)
    ingest([docs], settings, store=store)
    diverse_settings = make_settings(tmp_path / "data", mmr=True, mmr_lambda=0.5)
    query = "stairlift grants for adapted homes"

    plain = HybridRetriever(store=store, settings=settings).search(query, k=3)
    picked = HybridRetriever(
        store=Store(diverse_settings, embeddings=fake_embeddings), settings=diverse_settings
    ).search(query, k=3)

    # User files get library-given ids: the file name plus a short hash of its path.
    assert {p.doc_id.rsplit("-", 1)[0] for p in plain} == {"copy1", "copy2", "copy3"}
    assert [p.rank for p in picked] == [1, 2, 3]
    assert picked[0].id == plain[0].id  # the most relevant passage always leads
    assert len({p.id for p in picked}) == 3
    assert len({p.doc_id for p in picked} & {p.doc_id for p in plain}) == 1

    def vectors(passages) -> np.ndarray:
        return np.asarray(fake_embeddings.embed_documents([p.text for p in passages]))

    assert redundancy(vectors(picked)) < redundancy(vectors(plain))


def test_mmr_over_the_corpus_returns_k_distinct_passages_led_by_the_best(
    corpus: CorpusStore,
) -> None:
    """With the real model and corpus, MMR only re-orders the fused candidates: what it must
    do here is structural (which passages are "redundant" depends on the corpus)."""
    settings = make_settings(corpus.settings.data_dir, mmr=True, mmr_lambda=0.5)
    diverse = HybridRetriever(
        store=Store(settings, embeddings=corpus.store.embeddings), settings=settings
    )
    plain = corpus.retriever.search(FUND, k=15)
    picked = diverse.search(FUND, k=5)
    assert [p.rank for p in picked] == [1, 2, 3, 4, 5]
    assert len({p.id for p in picked}) == 5
    assert picked[0].id == plain[0].id  # the most relevant passage always leads
    assert {p.id for p in picked} <= {p.id for p in plain}  # chosen from the top 3k


@pytest.mark.parametrize("query", ["", "   ", "\n\t ", "x" * 10_001, " " + "y" * 10_001])
@pytest.mark.parametrize("mode", MODES)
def test_bad_queries_raise_input_error(fake_corpus: CorpusStore, query: str, mode: str) -> None:
    with pytest.raises(InputError) as info:
        fake_corpus.retriever.search(query, mode=mode)
    assert "\n" not in str(info.value)
    assert ("empty" in str(info.value)) == (len(query) < 10_000)


def test_a_query_of_exactly_the_limit_is_accepted(fake_corpus: CorpusStore) -> None:
    query = ("fund " * 2000).strip() + "s"
    assert len(query) == 10_000
    assert fake_corpus.retriever.search("  " + query + "  ", k=2, mode="bm25")


def test_unknown_mode_and_bad_k_are_input_errors(fake_corpus: CorpusStore) -> None:
    with pytest.raises(InputError, match="unknown mode"):
        fake_corpus.retriever.search("fund", mode="fuzzy")
    with pytest.raises(InputError, match="k must be"):
        fake_corpus.retriever.search("fund", k=-1)
    with pytest.raises(InputError, match="unknown mode"):
        HybridRetriever(store=fake_corpus.store, settings=fake_corpus.settings, mode="fuzzy")
    with pytest.raises(InputError, match="k must be"):
        HybridRetriever(store=fake_corpus.store, settings=fake_corpus.settings, k=0)


@pytest.mark.parametrize("mode", MODES)
def test_search_before_any_ingest_says_to_ingest(
    store: Store, settings: Settings, mode: str
) -> None:
    retriever = HybridRetriever(store=store, settings=settings)
    with pytest.raises(EmptyStoreError, match="assistant ingest"):
        retriever.search("anything at all", mode=mode)


def test_bm25_sees_documents_ingested_after_it_was_built(
    tmp_path: Path, settings: Settings, store: Store
) -> None:
    docs = tmp_path / "docs"
    write_markdown(docs / "base.md", "base", "Base", {"Homes": [paragraph("housing", 80)]})
    ingest([docs], settings, store=store)
    retriever = HybridRetriever(store=store, settings=settings, mode="bm25")
    # Another process's view of the same store: it must notice the ingest too.
    other = HybridRetriever(
        store=Store(settings, embeddings=store.embeddings), settings=settings, mode="bm25"
    )
    assert retriever.search("stairlifts") and other.search("stairlifts")
    assert retriever.search("glorptastic funding") == other.search("glorptastic funding") == []

    new_text = "The glorptastic grant pays for peer support groups run by disabled people. " * 8
    write_markdown(docs / "new.md", "new", "New grant", {"Grant": [new_text]})
    ingest([docs], settings, store=store)
    for r in (retriever, other):
        found = r.search("glorptastic funding")
        assert [p.title for p in found] == ["New grant"]
        assert "glorptastic" in found[0].text
    hybrid = HybridRetriever(store=store, settings=settings).search("glorptastic", k=1)
    assert hybrid[0].title == "New grant"

    (docs / "new.md").unlink()
    ingest([docs], settings, store=store)
    assert retriever.search("glorptastic funding") == []


def test_langchain_invoke_returns_documents_with_metadata(corpus: CorpusStore) -> None:
    retriever = HybridRetriever(store=corpus.store, settings=corpus.settings, k=3)
    docs = retriever.invoke(FUND)
    assert len(docs) == 3
    assert all(isinstance(d, LCDocument) for d in docs)
    assert [d.metadata["rank"] for d in docs] == [1, 2, 3]
    first = docs[0]
    assert first.page_content and first.id
    for key in ("doc_id", "title", "section", "para_start", "char_start", "score", "licence"):
        assert key in first.metadata
    assert first.metadata["doc_id"] == "strengthening-dpulos-programme"
    assert [d.id for d in docs] == [p.id for p in corpus.retriever.search(FUND, k=3)]


def test_passage_json_shape(corpus: CorpusStore) -> None:
    row = corpus.retriever.search(FUND, k=1)[0].as_dict()
    assert {"rank", "id", "text", "title", "doc_id", "section", "score"} <= set(row)
    assert row["rank"] == 1 and row["doc_id"] == "strengthening-dpulos-programme"
    assert row["paragraphs"][0] <= row["paragraphs"][1]
