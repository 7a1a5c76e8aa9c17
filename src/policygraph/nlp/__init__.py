"""spaCy pipeline components of policygraph, one file each, registered as factories.

- ``pg_sentences`` (:mod:`.sentences`): line breaks end sentences (headlines, captions).
- ``pg_mentions`` (:mod:`.mentions`): gazetteer, shape and NER mentions of entities.
- ``pg_linker`` (:mod:`.linker`): short names, acronyms and surnames to full entities.
- ``pg_relations`` (:mod:`.relations`): facts, meetings and values with evidence.

A component that fails on one document records why in ``doc.user_data["pg_errors"]``
and leaves its outputs empty, so one odd article never stops a batch.
"""

from __future__ import annotations

from spacy.tokens import Doc


def record_failure(doc: Doc, component: str, exc: Exception) -> None:
    """Note that ``component`` failed on ``doc``; the build reports it as a warning."""
    doc.user_data.setdefault("pg_errors", []).append(
        f"{component} failed ({type(exc).__name__}: {exc}); the article's facts may be incomplete"
    )
