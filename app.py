"""The web app: thin wiring from Gradio to the interviewer package.

Until the interview itself lands, the page searches the study guide, the same search that
`interviewer search` runs. Settings are the same flags and variables as the CLI's.
"""

from __future__ import annotations

import argparse
import html
import os
import sys
from collections.abc import Sequence

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # offline: no usage pings

import gradio as gr

from interviewer import settings as settings_module
from interviewer.embeddings import make_embeddings
from interviewer.indexing import open_ready_store
from interviewer.knowledge import load_knowledge
from interviewer.retrieval import Hit, Retriever
from interviewer.settings import Settings


def render_hits(hits: list[Hit]) -> str:
    """Hits as Markdown; note text is escaped, so HTML in a user's notes shows as text."""
    if not hits:
        return "No match in the guide."
    return "\n\n".join(
        f"**{rank}. {hit.question_id or 'your notes'}** · {hit.kind} · "
        f"{', '.join(hit.topics)} · score {hit.score:.3f}\n\n{html.escape(hit.text)}"
        for rank, hit in enumerate(hits, start=1)
    )


def build_app(settings: Settings) -> gr.Blocks:
    knowledge = load_knowledge(settings.knowledge_dir)
    embeddings = make_embeddings(settings)
    store, _ = open_ready_store(settings, embeddings, knowledge)
    retriever = Retriever(store, embeddings, settings.retrieval)

    def search(query: str, topic: str) -> str:
        if not query.strip():
            return "Type a question or a few keywords first."
        return render_hits(retriever.search(query, k=5, topic=topic or None))

    with gr.Blocks(title="AI/ML mock interviewer") as app:
        gr.Markdown(
            "# AI/ML mock interviewer\nSearch the study guide while the interview is built."
        )
        with gr.Row():
            query = gr.Textbox(label="Question or keywords", scale=4, elem_id="query")
            topic = gr.Dropdown(["", *knowledge.topic_ids], value="", label="Topic", scale=1)
        button = gr.Button("Search", variant="primary")
        results = gr.Markdown(elem_id="results")
        button.click(search, [query, topic], results)
        query.submit(search, [query, topic], results)
    return app


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Start the web app on its offline default.")
    settings_module.add_arguments(parser)
    settings = settings_module.load(parser.parse_args(argv))
    build_app(settings).launch(server_name=settings.host, server_port=settings.port)
    return 0


if __name__ == "__main__":
    sys.exit(main())
