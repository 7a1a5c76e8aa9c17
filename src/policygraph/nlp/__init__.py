"""spaCy pipeline components of policygraph, one file each, registered as factories.

- ``pg_sentences`` (:mod:`.sentences`): line breaks end sentences (headlines, captions).
- ``pg_mentions`` (:mod:`.mentions`): gazetteer, shape and NER mentions of entities.
- ``pg_linker`` (:mod:`.linker`): short names, acronyms and surnames to full entities.
- ``pg_relations`` (:mod:`.relations`): facts, meetings and values with evidence.
"""
